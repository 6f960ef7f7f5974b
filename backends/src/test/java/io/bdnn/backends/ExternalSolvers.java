package io.bdnn.backends;

import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.testing.SolverCommands;
import io.bdnn.testing.SolverCommands.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real solvers that {@code ./run-tests} installs from Debian (coinor-cbc, glpk-utils,
 * lp-solve) on model files, with the command lines of {@code docs/files.md}. A missing solver
 * skips the test with a message naming it and its package (fails it under CI):
 * {@link SolverCommands#require}. {@code -Dbdnn.skipExternalSolvers=true} skips these tests
 * explicitly instead.
 */
public final class ExternalSolvers {
    private ExternalSolvers() {
    }

    public static boolean skipped() {
        return Boolean.getBoolean("bdnn.skipExternalSolvers");
    }

    /** {@code cbc MODEL [extra] -solve -solu SOLUTION}; CBC picks the format by extension. */
    public static Run cbc(Path model, Path solution, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("cbc", model.toString()));
        command.addAll(List.of(extra));
        command.addAll(List.of("-solve", "-solu", solution.toString()));
        return SolverCommands.run(null, null, command);
    }

    /** {@code glpsol --freemps|--mps|--lp MODEL -w SOLUTION [extra]}. */
    public static Run glpk(Path model, ModelFileFormat format, Path solution, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("glpsol", glpkFormat(format), model.toString()));
        if (solution != null) {
            command.addAll(List.of("-w", solution.toString()));
        }
        command.addAll(List.of(extra));
        return SolverCommands.run(null, null, command);
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
        return SolverCommands.run(null, output,
                List.of("lp_solve", format == ModelFileFormat.FREE_MPS ? "-fmps" : "-mps", model.toString(), "-S3"));
    }
}
