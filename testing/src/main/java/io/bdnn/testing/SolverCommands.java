package io.bdnn.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The external solvers some tests run (CBC, GLPK, lp_solve from Debian), the one place that
 * checks they are installed. A missing solver skips the test with a message that names it and
 * its package, e.g. {@code cbc is not installed (apt-get install coinor-cbc, or run ./run-tests)};
 * under CI it fails the test ({@link Missing}).
 */
public final class SolverCommands {
    /** The Debian package of each solver command; {@code ./run-tests} installs them. */
    public static final Map<String, String> PACKAGES = Map.of(
            "cbc", "coinor-cbc",
            "glpsol", "glpk-utils",
            "lp_solve", "lp-solve");
    private static final long TIMEOUT_SECONDS = 120;

    private SolverCommands() {
    }

    /** Exit code and output (standard output with standard error) of one run. */
    public record Run(int exitCode, String output) {
    }

    /** Returns when {@code command} is on the PATH; otherwise skips the test (fails it under CI). */
    public static void require(String command) {
        if (!installed(command)) {
            Missing.requirement(command + " is not installed (apt-get install "
                    + PACKAGES.getOrDefault(command, command) + ", or run ./run-tests)");
        }
    }

    /** Whether {@code command} is an executable on the PATH. */
    public static boolean installed(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code command} (after {@link #require}) in {@code directory} (null: the current one),
     * its output going to {@code output} (null: a temporary file, deleted after reading), and
     * fails the test when it does not finish in two minutes.
     */
    public static Run run(Path directory, Path output, List<String> command) throws IOException {
        require(command.get(0));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Path log = output != null ? output : Files.createTempFile("bdnn-solver-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        if (output == null) {
            Files.deleteIfExists(log);
        }
        return new Run(process.exitValue(), text);
    }
}
