package io.bdnn.cli;

import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolverOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bdnn train FILE}: compile, solve, read the network back and check it by forward pass. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train a model's network and check it by an exact forward pass.",
        description = "Exit code 0 when a network was found and the forward pass matches the MILP's loss, 1 when"
                + " the solver found no network, 3 when the forward pass disagrees, 65 for an invalid model.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    Options.ModelFile modelFile;

    @Mixin
    Options.ReportFile report;

    @Mixin
    Options.SaveNetwork save;

    @Mixin
    Options.SolverOverrides solver;

    @Option(names = "--start", paramLabel = "NET.json",
            description = "start from this network: the MIP start of exact training and data splitting, the first"
                    + " network of local search")
    Path startNetwork;

    @Mixin
    Options.PlotFolder plot;

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
        ModelDefinition definition = modelFile.check(err);
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        SolverOptions options = solver.apply(definition.training().solver(), err);
        if (options == null) {
            return CommandLine.ExitCode.USAGE;
        }
        boolean bar = !noProgress && System.console() != null;
        if (member != null) {
            return trainMember(definition, options, bar, err);
        }
        TrainingSession.Request request = new TrainingSession.Request(definition, options, startNetwork, report.report,
                save.save, plot.plot, bar);
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
                startNetwork, report.report, save.save, plot.plot, bar), spec.commandLine().getOut(), err).run();
        if (save.save != null) {
            MemberProvenance.stamp(save.save, selected.provenance());
        }
        return code;
    }
}
