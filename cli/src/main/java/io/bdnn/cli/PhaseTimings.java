package io.bdnn.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the time of a whole {@code bdnn compile} goes, printed on standard error when the
 * environment variable {@code BDNN_TIMINGS} is set: each phase's wall time and the CPU time the
 * whole process used meanwhile (all threads: the name map's, the garbage collector's, the JIT's),
 * starting with reading the command line (picocli, from the main class on) and the CPU time of
 * the JVM's start until then. For finding what to speed up (docs/benchmarks.md), not a benchmark:
 * whole processes are measured from outside by {@code bench/whole-process/run}.
 */
final class PhaseTimings {
    private final StringBuilder text = new StringBuilder();
    private final boolean enabled;
    private long lastWall;
    private long lastCpu;

    private PhaseTimings(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            long now = System.nanoTime();
            long cpu = cpu();
            lap("command line", now - Main.LOADED, -1);
            text.append(" (").append(seconds(cpu)).append(" CPU so far)");
            lastWall = now;
            lastCpu = cpu;
        }
    }

    /** Timings that record phases only when {@code BDNN_TIMINGS} is set. */
    static PhaseTimings fromEnvironment() {
        return new PhaseTimings(System.getenv("BDNN_TIMINGS") != null);
    }

    /** Ends a phase: the time since the last one ended. */
    void end(String phase) {
        if (enabled) {
            long now = System.nanoTime();
            long cpu = cpu();
            lap(phase, now - lastWall, cpu - lastCpu);
            lastWall = now;
            lastCpu = cpu;
        }
    }

    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void lap(String phase, long wall, long cpu) {
        text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append(seconds(wall));
        if (cpu >= 0) {
            text.append(" (").append(seconds(cpu)).append(" CPU)");
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** Prints the phases on one line, if enabled. */
    void print(PrintWriter err) {
        if (enabled) {
            err.println("bdnn: timings, wall s: " + text);
            err.flush();
        }
    }
}
