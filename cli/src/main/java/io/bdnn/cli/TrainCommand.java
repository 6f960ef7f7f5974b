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
        return new TrainingSession(new TrainingSession.Request(definition, options, startNetwork, report.report, save.save,
                plot.plot, bar),
                out, err).run();
    }
}
