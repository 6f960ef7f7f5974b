package io.bdnn.cli;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Classifier;
import io.bdnn.solve.SolverOptions;
import java.io.IOException;
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
                description = "the saved network or ensemble (train --save, import --save, merge -o)")
        Path network;

        /**
         * The network or ensemble, read and checked against the model's data and layers, or null
         * after printing why it does not fit (then the command exits with a usage error).
         */
        Classifier readFor(ModelDefinition definition, PrintWriter err) throws IOException {
            Classifier net = EnsembleJson.read(network);
            String problem = StartNetworks.shapeProblem(net, definition);
            if (problem != null) {
                err.println("bdnn: --network: " + problem);
                return null;
            }
            return net;
        }
    }

    /** {@code --report R.json}: where a command writes its results as JSON. */
    static final class ReportFile {
        @Option(names = "--report", paramLabel = "R.json", description = "write a JSON report of the results"
                + " (verify: every point's verdict; merge: as train does)")
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
                + " accuracy and MILP time per step; evaluate: accuracy under attack; verify, with --radius-search:"
                + " certified radii)")
        Path plot;
    }

    /**
     * {@code --solver S --time-limit T}: overrides of a command's solver settings. They have no default
     * here: each command applies them to its own base, the model's solver settings (train) or a fixed
     * one ({@code verify}: scip, 60 s per point), so that an absent option keeps the base.
     */
    static final class SolverOverrides {
        @Option(names = "--solver", paramLabel = "S", description = "the solver instead of the model's (verify:"
                + " instead of scip): scip, cbc, cp-sat, highs")
        String solver;

        @Option(names = "--time-limit", paramLabel = "T", converter = Durations.class,
                description = "the time limit instead of the model's (verify: of each point's MILP, instead"
                        + " of 60s), e.g. 30s, 2m, 500ms")
        Double timeLimit;

        /** The base options with these overrides, or null after printing why a solver name is unknown. */
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

    /** {@code --member N}: one member of an ensemble model, for the commands that handle one MILP (compile, import). */
    static final class EnsembleMember {
        @Option(names = "--member", paramLabel = "N",
                description = "one member (1-based) of an ensemble model, as 'bdnn train --member N'")
        Integer member;

        /** The model of the chosen member (or the whole model), or null after printing why not. */
        MemberSelection.Selected select(ModelDefinition whole, PrintWriter err) {
            return MemberSelection.select(whole, member, whole.training().solver(), false, err);
        }
    }
}
