import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFileHeader;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.files.Provenance;
import io.bdnn.backends.ortools.OrToolsNatives;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The model file benchmark (not a test): compiles a model once, then writes it as free MPS and
 * CPLEX LP with bdnn's streaming writers and exports it with OR-Tools' own MPS writer
 * ({@code MPSolver.writeModelToMpsFile} after the same translation as the OR-Tools backend), REPEATS
 * times each, printing the median time, the size, nonzeros per second and the largest heap in
 * use after a garbage collection during each phase. With --dump it also writes the lowered
 * model's arrays for pulp_bench.py, so that PuLP builds the same formulation. Run it with
 * {@code bench/model-files/run}, which compiles this file and prints the machine.
 *
 * Usage: java -cp 'cli/target/bdnn.jar:cli/target/lib/*:CLASSES' ModelFileBench MODEL OUT REPEATS
 * [--dump] [--only-bdnn] (only bdnn's two writers, for the heap-limit runs) [--or-tools-once] (OR-Tools
 * needs about 400 bytes of memory per nonzero, so on the largest model it runs once).
 */
public final class ModelFileBench {
    private static volatile long liveAfterGc;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int repeats = Integer.parseInt(args[2]);
        List<String> flags = Arrays.asList(args).subList(3, args.length);
        boolean dump = flags.contains("--dump");
        boolean onlyBdnn = flags.contains("--only-bdnn");
        int orToolsRepeats = flags.contains("--or-tools-once") ? 1 : repeats;
        // --warmup=N: N unmeasured writes per format first, so that the medians are of a warm JIT
        // (as JMH would measure) and not of the JVM's first, interpreted passes over the writer.
        int warmup = flags.stream().filter(flag -> flag.startsWith("--warmup=")).findFirst()
                .map(flag -> Integer.parseInt(flag.substring("--warmup=".length()))).orElse(0);
        Files.createDirectories(out);
        watchGarbageCollections();

        long started = System.nanoTime();
        ModelDefinition definition = io.bdnn.compiler.Compiler.check(file);
        double check = seconds(started);
        started = System.nanoTime();
        CompiledModel compiled = io.bdnn.compiler.Compiler.lower(definition);
        double lower = seconds(started);
        LinearModel model = compiled.model();
        long nonzeros = model.numNonzeros();
        System.out.printf(Locale.ROOT, "model %s: %d columns, %d rows, %d nonzeros; check %.2f s, lower %.2f s,"
                        + " heap after GC %s%n", definition.name(), model.numColumns(), model.numRows(), nonzeros,
                check, lower, perNonzero(liveAfterGc, nonzeros));
        Provenance provenance = Provenance.of(compiled);
        String name = definition.name();

        for (ModelFileFormat format : List.of(ModelFileFormat.FREE_MPS, ModelFileFormat.LP)) {
            Path target = out.resolve(name + (format == ModelFileFormat.LP ? ".lp" : ".mps"));
            double[] times = new double[repeats];
            double[] cpu = new double[repeats];
            long bytes = 0;
            resetLive();
            for (int r = -warmup; r < repeats; r++) {
                long begin = System.nanoTime();
                long cpuBegin = THREADS.getCurrentThreadCpuTime();
                NameScheme names = NameScheme.of(NameScheme.Kind.READABLE, model, format.nameLimit());
                ModelFileHeader header = ModelFileHeader.of(model, provenance, format, names.kind(), name + ".map.json");
                try (OutputStream stream = Files.newOutputStream(target)) {
                    bytes = ModelFiles.writeModel(model, names, header, format, stream).bytes();
                }
                if (r >= 0) {
                    times[r] = seconds(begin);
                    cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
                }
            }
            report("bdnn " + format.label(), times, bytes, nonzeros);
            report("  (CPU time of the writing thread)", cpu, 0, nonzeros);
        }
        System.out.printf(Locale.ROOT, "process peak resident memory (VmHWM) after bdnn's writers: %s%n", peakResident());
        if (onlyBdnn) {
            return;
        }
        double[] maps = new double[repeats];
        resetLive();
        for (int r = 0; r < repeats; r++) {
            long begin = System.nanoTime();
            ModelFiles.write(model, provenance, out.resolve(name + "-with-map.mps"),
                    new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
            maps[r] = seconds(begin);
        }
        report("bdnn free-mps + name map", maps, Files.size(out.resolve(name + "-with-map.mps"))
                + Files.size(out.resolve(name + "-with-map.map.json")), nonzeros);

        OrToolsNatives.load();
        double[] build = new double[orToolsRepeats];
        double[] export = new double[orToolsRepeats];
        double[] exportCpu = new double[orToolsRepeats];
        long bytes = 0;
        resetLive();
        for (int r = 0; r < orToolsRepeats; r++) {
            long begin = System.nanoTime();
            MPSolver solver = MPSolver.createSolver("SCIP");
            translate(model, solver);
            build[r] = seconds(begin);
            begin = System.nanoTime();
            long cpuBegin = THREADS.getCurrentThreadCpuTime();
            // Written by OR-Tools' C++ code (its Java String export cannot hold more than 2^31 characters).
            Path target = out.resolve(name + ".or-tools.mps");
            if (!solver.writeModelToMpsFile(target.toString(), false, false)) {
                throw new IllegalStateException("OR-Tools could not write " + target);
            }
            export[r] = seconds(begin);
            exportCpu[r] = (THREADS.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
            bytes = Files.size(target);
            solver.delete();
        }
        report("OR-Tools build MPSolver (names)", build, 0, nonzeros);
        report("OR-Tools writeModelToMpsFile", export, bytes, nonzeros);
        report("  (CPU time of the exporting thread)", exportCpu, 0, nonzeros);
        System.out.printf(Locale.ROOT, "process peak resident memory (VmHWM, heap and native): %s%n", peakResident());

        if (dump) {
            Path arrays = out.resolve(name + ".arrays");
            dump(model, arrays);
            System.out.println("arrays " + arrays);
        }
    }

    /** The same translation as the OR-Tools backend's MpModelTranslator: one variable per column, one ranged row per row. */
    private static void translate(LinearModel model, MPSolver solver) {
        double infinity = MPSolver.infinity();
        MPVariable[] variables = new MPVariable[model.numColumns()];
        for (int col = 0; col < model.numColumns(); col++) {
            variables[col] = solver.makeVar(clip(model.colLo(col), infinity), clip(model.colHi(col), infinity),
                    model.colType(col).isIntegral(), model.columnName(col));
        }
        int[] columns = model.rowColumns();
        double[] coefficients = model.rowCoefficients();
        for (int row = 0; row < model.numRows(); row++) {
            MPConstraint constraint = solver.makeConstraint(clip(model.rowLo(row), infinity),
                    clip(model.rowHi(row), infinity), model.rowName(row));
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                constraint.setCoefficient(variables[columns[nz]], coefficients[nz]);
            }
        }
        MPObjective objective = solver.objective();
        for (int col = 0; col < model.numColumns(); col++) {
            if (model.objective(col) != 0) {
                objective.setCoefficient(variables[col], model.objective(col));
            }
        }
        objective.setMinimization();
    }

    private static double clip(double value, double infinity) {
        return Math.max(-infinity, Math.min(infinity, value));
    }

    /**
     * Little-endian arrays for pulp_bench.py: int32 columns, int32 rows, int64 nonzeros; per column
     * lo, hi, cost (float64) and type (int8: 0 continuous, 1 integer, 2 binary); per row lo, hi;
     * row starts (int32, rows + 1), column indices (int32), coefficients (float64). Infinities are
     * written as +-1e30.
     */
    private static void dump(LinearModel model, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            Sink sink = new Sink(channel, buffer);
            sink.putInt(model.numColumns());
            sink.putInt(model.numRows());
            sink.putLong(model.numNonzeros());
            for (int col = 0; col < model.numColumns(); col++) {
                sink.putDouble(finite(model.colLo(col)));
            }
            for (int col = 0; col < model.numColumns(); col++) {
                sink.putDouble(finite(model.colHi(col)));
            }
            for (int col = 0; col < model.numColumns(); col++) {
                sink.putDouble(model.objective(col));
            }
            for (int col = 0; col < model.numColumns(); col++) {
                sink.put((byte) model.colType(col).ordinal());
            }
            for (int row = 0; row < model.numRows(); row++) {
                sink.putDouble(finite(model.rowLo(row)));
            }
            for (int row = 0; row < model.numRows(); row++) {
                sink.putDouble(finite(model.rowHi(row)));
            }
            for (int row = 0; row <= model.numRows(); row++) {
                sink.putInt(row == model.numRows() ? (int) model.numNonzeros() : model.rowStart(row));
            }
            for (int column : model.rowColumns()) {
                sink.putInt(column);
            }
            for (double coefficient : model.rowCoefficients()) {
                sink.putDouble(coefficient);
            }
            sink.flush();
        }
    }

    private static double finite(double value) {
        return Math.max(-1e30, Math.min(1e30, value));
    }

    /** A little-endian buffered channel writer. */
    private record Sink(FileChannel channel, ByteBuffer buffer) {
        void ensure(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        void putInt(int value) throws IOException {
            ensure(4);
            buffer.putInt(value);
        }

        void putLong(long value) throws IOException {
            ensure(8);
            buffer.putLong(value);
        }

        void putDouble(double value) throws IOException {
            ensure(8);
            buffer.putDouble(value);
        }

        void put(byte value) throws IOException {
            ensure(1);
            buffer.put(value);
        }
    }

    private static void report(String what, double[] times, long bytes, long nonzeros) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%-34s median %7.2f s (min %.2f, max %.2f, n=%d)  %s  %6.1f M nonzeros/s"
                        + "  heap after GC %s%n", what, median, sorted[0], sorted[sorted.length - 1], times.length,
                bytes > 0 ? String.format(Locale.ROOT, "%8.1f MB", bytes / 1e6) : "           ",
                nonzeros / median / 1e6, perNonzero(liveAfterGc, nonzeros));
    }

    private static String perNonzero(long bytes, long nonzeros) {
        return String.format(Locale.ROOT, "%.0f MB = %.1f B/nonzero", bytes / 1e6, (double) bytes / nonzeros);
    }

    /** The process's peak resident set (Linux {@code VmHWM}), or "unknown". */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void resetLive() {
        System.gc();
        liveAfterGc = usedHeap();
    }

    private static long usedHeap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** Records the largest heap in use right after each garbage collection: the live data's peak. */
    private static void watchGarbageCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    liveAfterGc = Math.max(liveAfterGc, used);
                }
            }, null, null);
        }
    }
}
