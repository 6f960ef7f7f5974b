package io.bdnn.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Where the time of a whole {@code bdnn compile} goes, printed on standard error when the
 * environment variable {@code BDNN_TIMINGS} is set: each phase's wall time and the CPU time the
 * whole process used meanwhile (all threads: the name map's, the garbage collector's, the JIT's),
 * starting with the JVM's start (from the process's start, as the system counts it to 10 ms, to
 * the main class; it includes the launcher script, which the JVM replaces) and reading the
 * command line (picocli). For finding what to speed up (docs/benchmarks.md), not a benchmark:
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
            Instant started = ProcessHandle.current().info().startInstant().orElse(null);
            long sinceStart = started == null ? 0 : Duration.between(started, Instant.now()).toNanos();
            long cpu = cpu();
            lap("jvm", sinceStart - (now - Main.LOADED), -1);
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
