package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bdnn run in a JVM of its own (the test's class path), so that a test can send it signals:
 * its standard output goes to a file, its standard error is read line by line on a thread of its
 * own. Closing it kills the process if it still runs.
 */
final class BdnnProcess implements AutoCloseable {
    /** Put on the queue when standard error ends (compared by identity). */
    private static final String END = new String("end of standard error");

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder seen = new StringBuilder();

    private BdnnProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    lines.put(line);
                }
            } catch (IOException | InterruptedException e) {
                // The process ended or the test is over.
            } finally {
                lines.add(END);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code bdnn ARGS} with its standard output written to {@code out}. */
    static BdnnProcess start(Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.bdnn.cli.Main"));
        command.addAll(List.of(args));
        return new BdnnProcess(new ProcessBuilder(command).redirectOutput(out.toFile()).start());
    }

    /**
     * The first line starting with {@code prefix} within {@code seconds}, or null when standard
     * error ends or the time runs out first; the lines passed over are in {@link #seen()}.
     */
    String firstLine(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == END) {
                lines.add(END);
                return null;
            }
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line != null) {
                seen.append(line).append('\n');
            }
        }
        return null;
    }

    /** As {@link #firstLine}, but fails with what was seen when no such line comes. */
    String awaitLine(String prefix, long seconds) throws InterruptedException {
        String line = firstLine(prefix, seconds);
        if (line == null) {
            throw new AssertionError("no line '" + prefix + "...' within " + seconds + " s; seen:\n" + seen);
        }
        return line;
    }

    /** The lines of standard error passed over so far. */
    String seen() {
        return seen.toString();
    }

    /** Sends the signal {@code name} (INT, TERM) with kill. */
    void signal(String name) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor()).isZero();
    }

    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
