package io.bdnn.backends.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every row's (or every column's) name written once into byte blocks, so that a writer naming
 * the same row many times copies its bytes instead of decoding (family, local index) again:
 * MPS's COLUMNS section names a row once per nonzero, 1.3 million times for 352,296 rows on the
 * breast cancer benchmark, and decoding names was the largest share of writing it
 * (docs/benchmarks.md). Blocks of 2^14 names are built in parallel on the writer's
 * pool. Memory: the names' bytes plus 4 bytes per name; built only for models written in parallel.
 */
final class NameTable {
    private static final int SHIFT = 14;
    private final int shift;
    private final int mask;
    private final int count;
    private final byte[][] blocks;
    /** Where name i starts in block {@code i >>> shift}; it ends where name i + 1 starts, or at the block's end. */
    private final int[] start;

    /** What writes name i. */
    interface Namer {
        void write(AsciiSink sink, int index) throws IOException;
    }

    private NameTable(int count, int shift) {
        this.count = count;
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        this.blocks = new byte[(int) ((count + (long) mask) >>> shift)][];
        this.start = new int[count];
    }

    /** Submits the blocks of a table of {@code count} names to the pool; {@link Pending#get} waits for them. */
    static Pending build(int count, Namer namer, ExecutorService pool) {
        return build(count, namer, pool, SHIFT);
    }

    /** The same with blocks of {@code 2^shift} names (tests use small ones). */
    static Pending build(int count, Namer namer, ExecutorService pool, int shift) {
        NameTable table = new NameTable(count, shift);
        List<Future<?>> blocks = new ArrayList<>();
        for (int block = 0; block < table.blocks.length; block++) {
            int first = block << shift;
            int b = block;
            blocks.add(pool.submit(() -> {
                table.fill(b, first, Math.min(count, first + (1 << shift)), namer);
                return null;
            }));
        }
        return new Pending(table, blocks);
    }

    /** Names {@code first} to {@code end - 1} into one block; blocks touch disjoint parts of {@link #start}. */
    private void fill(int block, int first, int end, Namer namer) throws IOException {
        Chunks bytes = new Chunks();
        AsciiSink sink = new AsciiSink(bytes, 1 << 16);
        for (int i = first; i < end; i++) {
            start[i] = (int) sink.bytesWritten();
            namer.write(sink, i);
        }
        sink.flush();
        blocks[block] = bytes.toArray();
    }

    /** Writes name {@code i}. */
    void write(AsciiSink sink, int i) throws IOException {
        byte[] block = blocks[i >>> shift];
        int end = (i & mask) == mask || i + 1 == count ? block.length : start[i + 1];
        sink.write(block, start[i], end - start[i]);
    }

    /** A table whose blocks may still be in the making. */
    static final class Pending {
        private final NameTable table;
        private final List<Future<?>> blocks;

        private Pending(NameTable table, List<Future<?>> blocks) {
            this.table = table;
            this.blocks = blocks;
        }

        /** The table, once every block is built (the futures also make the blocks visible to this thread). */
        NameTable get() throws IOException {
            for (Future<?> block : blocks) {
                OrderedParts.await(block);
            }
            return table;
        }
    }
}
