package io.bdnn.cli;

import io.bdnn.ast.BdnnException;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.files.AtomicFile;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.TrainingResult;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
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
        CompiledModel compiled = Compiler.lower(definition);
        MilpSolver backend = new OrToolsSolver();
        TrainingResult result;
        try {
            result = ExactTrainer.train(compiled, backend, options);
        } catch (BdnnException e) {
            ModelInput.printAll(e.diagnostics(), err);
            return Main.INVALID_MODEL;
        }
        double total = (System.nanoTime() - start) / 1e9;
        Summary.print(compiled, result, total, out);
        if (report != null) {
            AtomicFile.write(report, stream -> NetworkJson.MAPPER.writeValue(stream,
                    TrainingReport.toJson(compiled, result, total)));
            out.println("report       " + report);
        }
        if (save != null && result.hasNetwork()) {
            NetworkJson.write(save, result.network(), definition.name());
            out.println("network      " + save);
        }
        out.flush();
        if (!result.hasNetwork()) {
            err.println("bdnn: the solver found no network (" + result.solve().status() + ")"
                    + (result.solve().message().isEmpty() ? "" : ": " + result.solve().message()));
            return Main.NO_SOLUTION;
        }
        if (!result.check().matches()) {
            err.println("bdnn: WARNING: " + result.check().message());
            return Main.FORWARD_MISMATCH;
        }
        return 0;
    }
}
