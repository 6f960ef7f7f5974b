package io.bdnn.cli;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolverOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bdnn train FILE}: compile, solve, read the network back and check it by forward pass. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the network a model file declares and check it by an exact forward pass.",
                "Exit code 0 when a network was found and the forward pass matches the MILP's loss,",
                "1 when the solver found no network, 3 when the forward pass disagrees, 65 for an invalid model."})
final class TrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the .bdnn model file")
    Path file;

    @Option(names = "--report", paramLabel = "R.json", description = "write a JSON report of the run")
    Path report;

    @Option(names = "--save", paramLabel = "NET.json", description = "write the trained network as JSON")
    Path save;

    @Option(names = "--solver", paramLabel = "S", description = "override the model's solver: scip, cbc, cp-sat, highs")
    String solver;

    @Option(names = "--time-limit", paramLabel = "T", converter = Durations.class,
            description = "override the model's time limit, e.g. 30s, 2m, 500ms")
    Double timeLimit;

    @Option(names = "--start", paramLabel = "NET.json",
            description = "start from this network: the MIP start of exact training and data splitting, the first"
                    + " network of local search")
    Path startNetwork;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "write PNG charts of the run (validation accuracy and MILP time per step) into DIR")
    Path plot;

    @Option(names = "--member", paramLabel = "N",
            description = "train only member N (1-based, in the report's order) of an ensemble model, as 'bdnn plan'"
                    + " jobs do; --save adds the member's provenance for 'bdnn merge'")
    Integer member;

    @Option(names = "--no-progress", description = "no progress bar, even on a terminal")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelDefinition definition = ModelInput.check(file, err);
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        SolverOptions options = definition.training().solver();
        if (solver != null) {
            if (!new OrToolsSolver().names().contains(solver)) {
                err.println("bdnn: --solver: unknown solver '" + solver + "'; expected one of "
                        + String.join(", ", new OrToolsSolver().names()));
                return CommandLine.ExitCode.USAGE;
            }
            options = options.withSolver(solver);
        }
        if (timeLimit != null) {
            options = options.withTimeLimit(timeLimit);
        }
        boolean bar = !noProgress && System.console() != null;
        if (member != null) {
            return trainMember(definition, options, bar, err);
        }
        TrainingSession.Request request = new TrainingSession.Request(definition, options, startNetwork, report, save,
                plot, bar);
        if (definition.training().plan().isEnsemble()) {
            return new EnsembleSession(request, out, err).run();
        }
        return new TrainingSession(request, out, err).run();
    }

    /** {@code --member N}: one member of an ensemble model, trained with its in-process share of time and threads. */
    private int trainMember(ModelDefinition whole, SolverOptions options, boolean bar, PrintWriter err)
            throws IOException {
        MemberSelection.Selected selected = MemberSelection.select(whole, member, options, false, err);
        if (selected == null) {
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = selected.definition();
        int code = new TrainingSession(new TrainingSession.Request(definition, definition.training().solver(),
                startNetwork, report, save, plot, bar), spec.commandLine().getOut(), err).run();
        if (save != null) {
            MemberProvenance.stamp(save, selected.provenance());
        }
        return code;
    }
}
