package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.ast.BdnnException;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.MethodSettings;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.Subproblems;
import io.bdnn.files.AtomicFile;
import io.bdnn.ir.Grouping;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.Budget;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.StagedSolve;
import io.bdnn.training.StopSignal;
import io.bdnn.training.TrainingResult;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.localsearch.LocalSearchTrainer;
import io.bdnn.training.robust.Certifier;
import io.bdnn.training.splitting.SplittingTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code bdnn train} run after the model was checked: dispatches to the method, shows
 * progress, certifies robust networks, prints the summary and writes the report, the network and
 * the charts. Ctrl-C and SIGTERM ({@link SignalStop}) say at once that the run stops and what is
 * kept, stop it ({@link StopSignal}: the running MILPs are interrupted, or given up after a second
 * when their solver cannot be interrupted), and let the run print its summary and write its
 * outputs with the best network so far; if it cannot within {@link #GRACE_SECONDS}, they are
 * written from what is known ({@link StopGrace}). A second signal ends the process at once.
 */
final class TrainingSession {
    /** How long the run may take to write its outputs after a stop before they are written from what is known. */
    static final long GRACE_SECONDS = 10;

    /** What the user asked for on the command line. */
    record Request(ModelDefinition definition, SolverOptions options, Path start, Path report, Path save, Path plot,
                   boolean progressBar) {
    }

    private final Request request;
    private final PrintWriter out;
    private final PrintWriter err;

    TrainingSession(Request request, PrintWriter out, PrintWriter err) {
        this.request = request;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        long started = System.nanoTime();
        ModelDefinition definition = request.definition();
        Network start = null;
        if (request.start() != null) {
            start = NetworkJson.read(request.start());
            String problem = StartNetworks.problem(start, definition);
            if (problem != null) {
                err.println("bdnn: --start: " + problem);
                return picocli.CommandLine.ExitCode.USAGE;
            }
        }
        OrToolsSolver backend = new OrToolsSolver();
        StopSignal stop = new StopSignal();
        MilpSolver solver = stop.guard(backend);
        ProgressListener listener = new ProgressListener(request.progressBar(), err, request.save(), definition.name());
        StopGrace grace = new StopGrace(stop, () -> writeKnown(listener), out, err);
        try (SignalStop signals = SignalStop.install(err, name -> stopping(name, backend, listener),
                grace::onSignal)) {
            TrainingRun run;
            try {
                run = train(definition, request.options(), solver, start, listener, stop);
            } catch (BdnnException e) {
                ModelInput.printAll(e.diagnostics(), err);
                return Main.INVALID_MODEL;
            } finally {
                listener.finish();
            }
            grace.writing();
            int code = finish(run, (System.nanoTime() - started) / 1e9, listener);
            return signals.exitCode() != 0 ? signals.exitCode() : code;
        } finally {
            grace.finished();
        }
    }

    /** The line printed at once on the first Ctrl-C or SIGTERM: what stops, what is kept, how to quit. */
    private String stopping(String signal, MilpSolver backend, ProgressListener listener) {
        SolverOptions options = request.options();
        String solverName = options == null || options.solver() == null ? "scip" : options.solver();
        boolean exact = request.definition().training().plan().method() instanceof MethodSettings.Exact;
        StringBuilder line = new StringBuilder("bdnn: stopping (").append(signal).append("): ");
        line.append(backend.interruptible(options) ? "interrupting the running MILP"
                : solverName + (solverName.equals("scip") ? " with several threads" : "")
                        + " cannot be interrupted, so its running MILP is given up");
        line.append(exact ? "; the solver's best solution so far is kept"
                : listener.best() == null ? "; no network was found yet, the running MILP's best solution is kept if any"
                : "; the best network so far is kept");
        if (request.save() != null) {
            line.append(" in ").append(request.save());
        }
        if (request.report() != null) {
            line.append(", the report written to ").append(request.report()).append(" (interrupted: true)");
        }
        return line.append(". ").append(signal).append(" again quits at once (files already written stay whole).")
                .toString();
    }

    /** Trains one network by the model's method; ensemble members ({@link EnsembleSession}) come here too. */
    static TrainingRun train(ModelDefinition definition, SolverOptions options, MilpSolver backend, Network start,
                             io.bdnn.training.TrainingListener listener, StopSignal stop) {
        MethodSettings method = definition.training().plan().method();
        if (method instanceof MethodSettings.Exact) {
            CompiledModel compiled = Compiler.lower(definition);
            String unsupported = backend.unsupported(compiled.model(), options);
            if (unsupported != null) {
                throw new BdnnException(definition.training().solverSpan(), unsupported);
            }
            SolverOptions limited = new Budget(options, definition.training().plan().perMipSeconds()).nextMilp();
            double[] hint = start == null ? null : StartBuilder.fromNetwork(compiled.lowered(), start).values();
            // One solve, or one per stage of a lexicographic loss (io.bdnn.user).
            SolveResult solve = StagedSolve.solve(compiled.lowered(), backend, limited, hint);
            TrainingResult result = ExactTrainer.evaluate(compiled, limited, solve);
            return new TrainingRun(result, compiled, List.of(), stop.isStopped(),
                    stop.isStopped() ? "interrupted" : "one MILP over all training points");
        }
        // A probe on two points tells whether the solver accepts this kind of model at all.
        int probe = Math.min(2, definition.data().train().size());
        var model = Subproblems.lower(definition, java.util.Arrays.copyOf(definition.data().train().x(), probe),
                java.util.Arrays.copyOf(definition.data().train().y(), probe), null, null, Grouping.identity(probe))
                .model();
        String unsupported = backend.unsupported(model, options);
        if (unsupported != null) {
            throw new BdnnException(definition.training().solverSpan(), unsupported);
        }
        return method instanceof MethodSettings.Split
                ? SplittingTrainer.train(definition, backend, options, start, listener, stop)
                : LocalSearchTrainer.train(definition, backend, options, start, listener, stop);
    }

    private int finish(TrainingRun run, double total, ProgressListener listener) throws IOException {
        ModelDefinition definition = request.definition();
        TrainingResult result = run.result();
        Certifier.Certificate certifiedTrain = null;
        Certifier.Certificate certifiedTest = null;
        var plan = definition.training().plan();
        if (plan.isRobust() && result.hasNetwork()) {
            double[] radii = plan.robust().radii(definition.data());
            certifiedTrain = Certifier.certify(result.network(), definition.data().train().x(), radii);
            if (!definition.data().test().isEmpty()) {
                certifiedTest = Certifier.certify(result.network(), definition.data().test().x(), radii);
            }
        }
        if (result.solve() != null && run.problem() != null) {
            Summary.print(run.problem(), result, total, out);
        } else {
            out.printf("model        %s (%s)%n", definition.name(), definition.file());
            out.printf("method       %s, no MILP finished%n", result.method());
        }
        Summaries.rounds(run, out);
        if (certifiedTrain != null) {
            Summaries.certification(plan.robust().describe(), certifiedTrain, certifiedTest, out);
        }
        if (request.report() != null) {
            ObjectNode json = result.solve() != null && run.problem() != null
                    ? TrainingReport.toJson(run.problem(), result, total)
                    : RunReport.partial(definition, run.rounds(), result.network());
            RunReport.extend(json, definition, run, certifiedTrain, certifiedTest);
            AtomicFile.write(request.report(), stream -> NetworkJson.MAPPER.writeValue(stream, json));
            out.println("report       " + request.report());
        }
        if (request.save() != null && result.hasNetwork()) {
            NetworkJson.write(request.save(), result.network(), definition.name());
            out.println("network      " + request.save());
        }
        if (request.plot() != null) {
            for (Path chart : Charts.training(run.rounds(), definition.training().method(), request.plot())) {
                out.println("chart        " + chart);
            }
        }
        if (listener.saveProblem() != null) {
            err.println("bdnn: could not save the best network during the run: " + listener.saveProblem());
        }
        out.flush();
        if (!result.hasNetwork()) {
            String status = result.solve() == null ? "no MILP finished" : result.solve().status().name();
            String message = result.solve() == null || result.solve().message().isEmpty() ? ""
                    : ": " + result.solve().message();
            err.println("bdnn: the solver found no network (" + status + ")" + message);
            return Main.NO_SOLUTION;
        }
        if (result.check() != null && !result.check().matches()) {
            err.println("bdnn: WARNING: " + result.check().message());
            return Main.FORWARD_MISMATCH;
        }
        return 0;
    }

    /** Writes the best network so far and a partial report ({@link StopGrace} calls it at most once). */
    private void writeKnown(ProgressListener listener) {
        ModelDefinition definition = request.definition();
        Network best = listener.best();
        try {
            if (request.save() != null && best != null) {
                NetworkJson.write(request.save(), best, definition.name());
            }
            if (request.report() != null) {
                ObjectNode json = RunReport.partial(definition, listener.records(), best);
                AtomicFile.write(request.report(), stream -> NetworkJson.MAPPER.writeValue(stream, json));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("bdnn: could not write the outputs after the interrupt: " + e.getMessage());
        }
    }
}
