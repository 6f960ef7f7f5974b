package io.bdnn.backends.files;

import io.bdnn.files.AtomicFile;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a model file and its name map: what {@code bdnn compile} does once the model is
 * lowered. Both files are written atomically (a temporary file renamed into place), so an
 * interrupted compile leaves no half-written file behind. Compression is gzip with a zero
 * timestamp, so the same model gives the same bytes.
 */
public final class ModelFiles {
    private static final int GZIP_BUFFER = 1 << 16;

    private ModelFiles() {
    }

    /** How to write: format, name scheme and compression. */
    public record Options(ModelFileFormat format, NameScheme.Kind names, boolean gzip) {
    }

    /** The files written, what writing the model file did, and how long it all took. */
    public record Written(Path modelFile, Path mapFile, WriteStats stats, double seconds) {
    }

    /**
     * Writes {@code output} and the name map beside it.
     *
     * @throws IllegalArgumentException when the model's names do not fit the format (the message says what to do)
     */
    public static Written write(LinearModel model, Provenance provenance, Path output, Options options)
            throws IOException {
        long started = System.nanoTime();
        NameScheme names = NameScheme.of(options.names(), model, options.format().nameLimit());
        Path map = mapPath(output);
        ModelFileHeader header = ModelFileHeader.of(model, provenance, options.format(), options.names(),
                map.getFileName().toString());
        String modelFile = output.getFileName().toString();
        // The map needs only the model file's rounding, known beforehand for free MPS and LP: it is
        // written on a second thread meanwhile, and renamed into place only once the model file
        // is. Fixed MPS writes it after.
        // A free MPS file written in parallel makes every name once, into tables the map copies from.
        WriteStats expected = expectedRounding(model, options.format());
        MpsLayout layout = MpsLayout.of(model);
        NameTables tables = options.format() == ModelFileFormat.FREE_MPS && layout.threads() >= 2
                && MpsLayout.tablesFit(model, names) ? new NameTables(model, names, layout.nameShift()) : null;
        FutureTask<AtomicFile.Pending> mapTask = null;
        if (expected != null) {
            mapTask = new FutureTask<>(() -> AtomicFile.prepare(map, out -> NameMapWriter.write(model, names, tables,
                    header, modelFile, options.gzip(), expected, out)));
            Thread thread = new Thread(mapTask, "bdnn-name-map");
            thread.setDaemon(true);
            thread.start();
        }
        WriteStats[] stats = new WriteStats[1];
        try {
            AtomicFile.write(output, out -> {
                OutputStream target = options.gzip() ? new GZIPOutputStream(out, GZIP_BUFFER) : out;
                stats[0] = tables != null
                        ? MpsWriter.write(model, names, header, false, target, layout, tables)
                        : writeModel(model, names, header, options.format(), target);
                if (target instanceof GZIPOutputStream zipped) {
                    zipped.finish();
                }
            });
        } catch (IOException | RuntimeException | Error e) {
            if (tables != null) {
                tables.abandon();
            }
            discard(mapTask);
            throw e;
        }
        if (mapTask != null && expected.roundedValues() == stats[0].roundedValues()
                && Double.compare(expected.largestRelativeChange(), stats[0].largestRelativeChange()) == 0) {
            try (AtomicFile.Pending pending = await(mapTask)) {
                pending.commit();
            }
        } else {
            discard(mapTask);
            AtomicFile.write(map, out -> NameMapWriter.write(model, names, header, modelFile, options.gzip(), stats[0],
                    out));
        }
        return new Written(output, map, stats[0], (System.nanoTime() - started) / 1e9);
    }

    /** The rounding a model file of this format will report, when known before writing it (null for fixed MPS). */
    static WriteStats expectedRounding(LinearModel model, ModelFileFormat format) {
        return switch (format) {
            case LP -> new WriteStats(0, 0, 0);
            case FREE_MPS -> MpsWriter.freeRounding(model);
            case FIXED_MPS -> null;
        };
    }

    private static AtomicFile.Pending await(FutureTask<AtomicFile.Pending> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the name map");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for the map's thread and deletes what it wrote, if anything. */
    private static void discard(FutureTask<AtomicFile.Pending> task) throws IOException {
        if (task == null) {
            return;
        }
        AtomicFile.Pending pending;
        try {
            pending = await(task);
        } catch (IOException | RuntimeException | Error failed) {
            return;
        }
        pending.close();
    }

    /** Writes the model file alone, in the given format, to a stream. */
    public static WriteStats writeModel(LinearModel model, NameScheme names, ModelFileHeader header,
                                        ModelFileFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case FREE_MPS -> MpsWriter.writeFree(model, names, header, out);
            case FIXED_MPS -> MpsWriter.writeFixed(model, names, header, out);
            case LP -> CplexLpWriter.write(model, names, header, out);
        };
    }

    /** The output path without {@code .gz} and without {@code .mps} or {@code .lp}. */
    public static Path base(Path output) {
        String name = output.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String extension : new String[] {".mps", ".lp"}) {
            if (lower.endsWith(extension) && name.length() > extension.length()) {
                name = name.substring(0, name.length() - extension.length());
                break;
            }
        }
        return output.resolveSibling(name);
    }

    /** Where the name map of a model file goes: {@code out.mps.gz} gives {@code out.map.json}. */
    public static Path mapPath(Path output) {
        Path base = base(output);
        return base.resolveSibling(base.getFileName() + ".map.json");
    }
}
