package io.bdnn.backends;

import io.bdnn.backends.files.ModelFileFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real solvers that {@code .ci/run} installs from Debian (coinor-cbc, glpk-utils,
 * lp-solve) on model files, with the command lines of {@code docs/files.md}. A missing solver
 * fails the test with the command to install it; {@code -Dbdnn.skipExternalSolvers=true} skips
 * these tests explicitly instead.
 */
public final class ExternalSolvers {
    private static final long TIMEOUT_SECONDS = 120;

    private ExternalSolvers() {
    }

    /** Exit code and standard output (with standard error) of one run. */
    public record Run(int exitCode, String output) {
    }

    public static boolean skipped() {
        return Boolean.getBoolean("bdnn.skipExternalSolvers");
    }

    /** Fails unless the command is on the PATH. */
    public static void require(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return;
            }
        }
        throw new AssertionError(command + " is not installed: apt-get install coinor-cbc glpk-utils lp-solve"
                + " (as .ci/run does), or run with -Dbdnn.skipExternalSolvers=true");
    }

    /** {@code cbc MODEL [extra] -solve -solu SOLUTION}; CBC picks the format by extension. */
    public static Run cbc(Path model, Path solution, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("cbc", model.toString()));
        command.addAll(List.of(extra));
        command.addAll(List.of("-solve", "-solu", solution.toString()));
        return run(command, null);
    }

    /** {@code glpsol --freemps|--mps|--lp MODEL -w SOLUTION [extra]}. */
    public static Run glpk(Path model, ModelFileFormat format, Path solution, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("glpsol", glpkFormat(format), model.toString()));
        if (solution != null) {
            command.addAll(List.of("-w", solution.toString()));
        }
        command.addAll(List.of(extra));
        return run(command, null);
    }

    public static String glpkFormat(ModelFileFormat format) {
        return switch (format) {
            case FREE_MPS -> "--freemps";
            case FIXED_MPS -> "--mps";
            case LP -> "--lp";
        };
    }

    /** {@code lp_solve -fmps|-mps MODEL -S3 > OUTPUT}: lp_solve prints its solution. */
    public static Run lpSolve(Path model, ModelFileFormat format, Path output) throws IOException {
        if (format == ModelFileFormat.LP) {
            throw new IllegalArgumentException("lp_solve reads no CPLEX LP");
        }
        return run(List.of("lp_solve", format == ModelFileFormat.FREE_MPS ? "-fmps" : "-mps", model.toString(), "-S3"),
                output);
    }

    private static Run run(List<String> command, Path output) throws IOException {
        require(command.get(0));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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
