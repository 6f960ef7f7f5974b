package io.bdnn.backends.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Bytes kept in memory, for one part of a file formatted on another thread
 * ({@link OrderedParts}) or one block of names ({@link NameTable}). An {@link AsciiSink} made on
 * it hands over its full buffers whole and gets empty ones back, from a pool that the buffers
 * return to once written ({@link #writeTo}): formatting a file in parts neither copies its bytes
 * nor allocates much.
 */
final class Chunks {
    private static final int BUFFER = 1 << 17;
    private final Queue<byte[]> pool;
    private final List<byte[]> pieces = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private long size;

    /** Chunks whose buffers come from, and go back to, a pool shared by the parts of one file. */
    Chunks(Queue<byte[]> pool) {
        this.pool = pool;
    }

    /** Chunks with buffers of their own. */
    Chunks() {
        this(new ConcurrentLinkedQueue<>());
    }

    /** An empty buffer, from the pool if it has one. */
    byte[] emptyBuffer() {
        byte[] buffer = pool.poll();
        return buffer != null ? buffer : new byte[BUFFER];
    }

    /** Keeps the first {@code length} bytes of a sink's buffer; returns an empty buffer when {@code more}. */
    byte[] keep(byte[] buffer, int length, boolean more) {
        if (length > 0) {
            pieces.add(buffer);
            lengths.add(length);
            size += length;
        } else if (buffer != null && buffer.length == BUFFER) {
            pool.add(buffer);
        }
        return more ? emptyBuffer() : null;
    }

    long size() {
        return size;
    }

    /** Writes everything held, in order, to the stream, and gives the buffers back to the pool. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < pieces.size(); i++) {
            byte[] piece = pieces.get(i);
            out.write(piece, 0, lengths.get(i));
            if (piece.length == BUFFER) {
                pool.add(piece);
            }
        }
        pieces.clear();
        lengths.clear();
    }

    /** Everything held as one array. */
    byte[] toArray() {
        byte[] all = new byte[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            System.arraycopy(pieces.get(i), 0, all, at, lengths.get(i));
            at += lengths.get(i);
        }
        return all;
    }
}
