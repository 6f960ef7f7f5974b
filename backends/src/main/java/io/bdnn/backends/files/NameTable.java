package io.bdnn.backends.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * Every row's (or every column's) name written once into byte blocks, so that a writer naming
 * the same row many times copies its bytes instead of decoding (family, local index) again:
 * MPS's COLUMNS section names a row once per nonzero, 1.3 million times for 352,296 rows on the
 * breast cancer benchmark, and decoding names was the largest share of writing it
 * (docs/benchmarks.md). Blocks of 2^14 names are filled on the writer's threads, each by one
 * thread ({@link #fill}), in any order; {@link #awaitAll} waits until all are. Memory: the
 * names' bytes plus 4 bytes per name; built only for models written in parallel.
 */
final class NameTable {
    private static final int SHIFT = 14;
    private final int shift;
    private final int mask;
    private final int count;
    private final Namer namer;
    private final byte[][] blocks;
    /** Where name i starts in block {@code i >>> shift}; it ends where name i + 1 starts, or at the block's end. */
    private final int[] start;
    private final CountDownLatch unfilled;
    private volatile Throwable failure;

    /** What writes name i. */
    interface Namer {
        void write(AsciiSink sink, int index) throws IOException;
    }

    NameTable(int count, Namer namer) {
        this(count, namer, SHIFT);
    }

    /** A table in blocks of {@code 2^shift} names (tests use small ones). */
    NameTable(int count, Namer namer, int shift) {
        this.count = count;
        this.namer = namer;
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        this.blocks = new byte[(int) ((count + (long) mask) >>> shift)][];
        this.start = new int[count];
        this.unfilled = new CountDownLatch(blocks.length);
    }

    int blocks() {
        return blocks.length;
    }

    /** The first name of a block. */
    int first(int block) {
        return block << shift;
    }

    /** One past the last name of a block. */
    int end(int block) {
        return (int) Math.min(count, ((long) block + 1) << shift);
    }

    /**
     * Names the block's members; blocks touch disjoint parts of {@link #start}, so threads may
     * fill different blocks at once.
     */
    void fill(int block) throws IOException {
        try {
            Chunks bytes = new Chunks();
            AsciiSink sink = new AsciiSink(bytes);
            for (int i = first(block); i < end(block); i++) {
                start[i] = (int) sink.bytesWritten();
                namer.write(sink, i);
            }
            sink.flush();
            blocks[block] = bytes.toArray();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            unfilled.countDown();
        }
    }

    /** Makes {@link #awaitAll} fail from now on, at once (the blocks will not all be filled). */
    void abandon() {
        if (failure == null) {
            failure = new IOException("the model file's writing stopped");
        }
        while (unfilled.getCount() > 0) {
            unfilled.countDown();
        }
    }

    /** Waits until every block is filled (which also makes them visible to this thread). */
    void awaitAll() throws IOException {
        try {
            unfilled.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while naming a model file's rows");
        }
        Throwable failed = failure;
        if (failed != null) {
            throw failed instanceof IOException io ? io : new IOException("a block of names failed", failed);
        }
    }

    /** Writes name {@code i}, whose block is filled. */
    void write(AsciiSink sink, int i) throws IOException {
        byte[] block = blocks[i >>> shift];
        int end = (i & mask) == mask || i + 1 == count ? block.length : start[i + 1];
        sink.write(block, start[i], end - start[i]);
    }
}
