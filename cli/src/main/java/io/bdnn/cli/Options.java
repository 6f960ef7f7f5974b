package io.bdnn.cli;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolverOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The parameters and options several commands share, declared once as picocli mixins
 * ({@code @Mixin Options.ModelFile model;}), so that their names, labels and help read the same
 * in every command.
 */
final class Options {
    private Options() {
    }

    /** {@code FILE}: the model file a command reads. */
    static final class ModelFile {
        @Parameters(paramLabel = "FILE", description = "the .bdnn model file")
        Path file;

        /** The checked model, or null after printing its errors (then the command exits with 65). */
        ModelDefinition check(PrintWriter err) {
            return ModelInput.check(file, err);
        }
    }

    /** {@code --network NET.json}: a network saved by train or import. */
    static final class NetworkFile {
        @Option(names = "--network", required = true, paramLabel = "NET.json",
                description = "the saved network (train --save, import --save)")
        Path network;
    }

    /** {@code --report R.json}: where a command writes its results as JSON. */
    static final class ReportFile {
        @Option(names = "--report", paramLabel = "R.json", description = "write a JSON report of the results")
        Path report;
    }

    /** {@code --save NET.json}: where a command writes the network it found. */
    static final class SaveNetwork {
        @Option(names = "--save", paramLabel = "NET.json", description = "write the network as JSON")
        Path save;
    }

    /** {@code --plot DIR}: where a command writes its PNG charts. */
    static final class PlotFolder {
        @Option(names = "--plot", paramLabel = "DIR", description = "write PNG charts into DIR (train: validation"
                + " accuracy and MILP time per step; evaluate: accuracy under attack)")
        Path plot;
    }

    /** {@code --solver S --time-limit T}: overrides of the model's solver settings. */
    static final class SolverOverrides {
        @Option(names = "--solver", paramLabel = "S", description = "override the model's solver: scip, cbc, cp-sat, highs")
        String solver;

        @Option(names = "--time-limit", paramLabel = "T", converter = Durations.class,
                description = "override the model's time limit, e.g. 30s, 2m, 500ms")
        Double timeLimit;

        /** The model's options with these overrides, or null after printing why a solver name is unknown. */
        SolverOptions apply(SolverOptions options, PrintWriter err) {
            SolverOptions result = options;
            if (solver != null) {
                if (!new OrToolsSolver().names().contains(solver)) {
                    err.println("bdnn: --solver: unknown solver '" + solver + "'; expected one of "
                            + String.join(", ", new OrToolsSolver().names()));
                    return null;
                }
                result = result.withSolver(solver);
            }
            return timeLimit != null ? result.withTimeLimit(timeLimit) : result;
        }
    }
}
