package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;

/**
 * How {@link MpsWriter} cuts a file into parts: formatting threads (below 2: one part after the
 * other in the calling thread), rows or columns per part, nonzeros per part of the COLUMNS
 * section, and whether a parallel write makes the names' tables (when they fit,
 * {@link #tablesFit}).
 */
record MpsLayout(int threads, int linesPerPart, int nonzerosPerPart, boolean tables) {
    MpsLayout(int threads, int linesPerPart, int nonzerosPerPart) {
        this(threads, linesPerPart, nonzerosPerPart, true);
    }

    /**
     * Models below this many nonzeros are written in the calling thread: a pool would cost
     * more than it saves. The system property {@code bdnn.parallelWriteFrom} changes it (the
     * launcher sets 0 when it lists the classes of a compile for its class data archive, so
     * that the archive holds the parallel path's classes too).
     */
    static final long PARALLEL_FROM = Long.getLong("bdnn.parallelWriteFrom", 100_000);

    static MpsLayout of(LinearModel model) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new MpsLayout(model.numNonzeros() < PARALLEL_FROM ? 1 : cores, 1 << 15, 1 << 15);
    }

    /**
     * Whether the names' tables fit beside the model: they hold each name's bytes and 4 more
     * (an estimate from a sample of names), and are made only when the model's arrays (about 17
     * bytes per nonzero), the column-major copy (12) and the tables together stay within 3/4
     * of the largest heap. Otherwise names are decoded where they are written, as by the
     * sequential writer: credit-card's 190 MB of tables would not fit in its documented
     * 40 bytes per nonzero.
     */
    static boolean tablesFit(LinearModel model, NameScheme names) {
        long tables = estimatedTableBytes(model.numRows(), names::writeRowName)
                + estimatedTableBytes(model.numColumns(), names::writeColumnName);
        long arrays = 29 * model.numNonzeros() + 48L * model.numRows() + 48L * model.numColumns();
        return arrays + tables <= Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    /** The bytes of a table of {@code count} names, from about 1,000 of them spread evenly. */
    private static long estimatedTableBytes(int count, NameTable.Namer namer) {
        if (count == 0) {
            return 0;
        }
        AsciiSink sink = new AsciiSink(java.io.OutputStream.nullOutputStream(), 1 << 12);
        int step = Math.max(1, count / 1000);
        long sampled = 0;
        try {
            for (int i = 0; i < count; i += step) {
                namer.write(sink, i);
                sampled++;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (long) ((double) sink.bytesWritten() / sampled * count) + 4L * count;
    }

    /** Blocks of the names' tables hold 2^nameShift names: a power of two up to linesPerPart, at most 2^14. */
    int nameShift() {
        return Math.min(14, 31 - Integer.numberOfLeadingZeros(Math.max(1, linesPerPart)));
    }
}
