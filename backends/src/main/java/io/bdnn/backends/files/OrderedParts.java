package io.bdnn.backends.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A file written in parts that are formatted on a pool of threads and written to the stream in
 * the order they were added, so that the bytes are those of formatting them one after the other.
 * At most {@code limit} parts are in memory at a time, formatted or not: memory stays bounded
 * (parts are of about a megabyte) whatever the file's size. Without a pool, each part is
 * formatted straight into the stream when it is added (small models; the same bytes).
 *
 * <p>Each part starts at the beginning of a line and gets a sink of its own; it returns a result
 * (what it rounded, say) that is handed to {@code done} on the calling thread, in the parts' order.
 *
 * @param <R> what formatting a part returns
 */
final class OrderedParts<R> {
    /** Formats one part into its sink. */
    interface Part<R> {
        R writeTo(AsciiSink sink) throws IOException;
    }

    private final OutputStream out;
    private final ExecutorService pool;
    private final int limit;
    private final Consumer<R> done;
    private final AsciiSink direct;
    private final Deque<Future<Formatted<R>>> pending = new ArrayDeque<>();
    /** The parts' buffers, reused once written. */
    private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
    private long bytes;

    private record Formatted<R>(Chunks chunks, R result) {
    }

    /** Parts formatted on {@code pool} (or, when it is null, in the calling thread straight into {@code out}). */
    OrderedParts(OutputStream out, ExecutorService pool, int limit, Consumer<R> done) {
        this.out = out;
        this.pool = pool;
        this.limit = Math.max(1, limit);
        this.done = done;
        this.direct = pool == null ? new AsciiSink(out) : null;
    }

    /** Adds the next part; may first write the oldest parts, waiting for them, to keep at most {@code limit}. */
    void add(Part<R> part) throws IOException {
        if (direct != null) {
            done.accept(part.writeTo(direct));
            return;
        }
        while (pending.size() >= limit) {
            writeOldest();
        }
        pending.add(pool.submit(() -> {
            Chunks chunks = new Chunks(buffers);
            AsciiSink sink = new AsciiSink(chunks);
            R result = part.writeTo(sink);
            sink.flush();
            return new Formatted<>(chunks, result);
        }));
    }

    /** Writes every part added and flushes; returns the number of bytes written. */
    long finish() throws IOException {
        if (direct != null) {
            direct.flush();
            return direct.bytesWritten();
        }
        while (!pending.isEmpty()) {
            writeOldest();
        }
        out.flush();
        return bytes;
    }

    /** Cancels the parts not yet written (after a failure). */
    void abandon() {
        for (Future<Formatted<R>> part : pending) {
            part.cancel(true);
        }
        pending.clear();
    }

    private void writeOldest() throws IOException {
        Formatted<R> part = await(pending.peekFirst());
        pending.removeFirst();
        part.chunks().writeTo(out);
        bytes += part.chunks().size();
        done.accept(part.result());
    }

    /** The task's value, with its failure rethrown as it was thrown. */
    static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a model file");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
