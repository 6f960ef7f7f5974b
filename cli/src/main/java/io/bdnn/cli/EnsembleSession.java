package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.ast.BdnnException;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Evaluation;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.training.StopSignal;
import io.bdnn.training.ensemble.EnsembleTrainer;
import io.bdnn.training.ensemble.MemberRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One {@code bdnn train} run of an ensemble model: trains the members ({@code jobs} side by side)
 * by the model's method, shows members done of total, saves the ensemble so far whenever a member
 * finishes, then prints and writes the report and the ensemble. Ctrl-C stops every running
 * member (each keeps its best network so far) and starts no new one; the ensemble of what was
 * trained is saved and marked partial. If the run cannot end within the grace period, the
 * shutdown hook saves the finished members and the best networks so far of the running ones.
 */
final class EnsembleSession implements EnsembleTrainer.Listener {
    private final TrainingSession.Request request;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The finished members, and the best network so far of every member; guarded by this. */
    private MemberRun[] runs;
    private Network[] bestSoFar;
    private List<EnsembleMembers.Member> members;
    private ProgressBar progress;
    private String saveProblem;

    EnsembleSession(TrainingSession.Request request, PrintWriter out, PrintWriter err) {
        this.request = request;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        long started = System.nanoTime();
        ModelDefinition definition = request.definition();
        if (request.start() != null) {
            err.println("bdnn: --start: an ensemble model trains one network per member; --start takes one network");
            return picocli.CommandLine.ExitCode.USAGE;
        }
        try {
            members = EnsembleTrainer.members(definition, request.options());
        } catch (BdnnException e) {
            ModelInput.printAll(e.diagnostics(), err);
            return Main.INVALID_MODEL;
        }
        synchronized (this) {
            runs = new MemberRun[members.size()];
            bestSoFar = new Network[members.size()];
        }
        OrToolsSolver backend = new OrToolsSolver();
        StopSignal stop = new StopSignal();
        MilpSolver solver = stop.guard(backend);
        if (request.progressBar()) {
            progress = new ProgressBarBuilder().setTaskName("members").setInitialMax(members.size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
        StopGrace grace = new StopGrace(stop, this::saveSnapshot, out, err);
        try (SignalStop signals = SignalStop.install(err, this::stopping, grace::onSignal)) {
            List<MemberRun> done;
            try {
                done = EnsembleTrainer.train(definition, members, (member, listener, signal) ->
                        TrainingSession.train(member, member.training().solver(), solver, null, listener, signal),
                        this, stop);
            } finally {
                synchronized (this) {
                    if (progress != null) {
                        progress.close();
                        progress = null;
                    }
                }
            }
            grace.writing();
            int code = finish(definition, done, (System.nanoTime() - started) / 1e9);
            return signals.exitCode() != 0 ? signals.exitCode() : code;
        } finally {
            grace.finished();
        }
    }

    private int finish(ModelDefinition definition, List<MemberRun> done, double seconds) throws IOException {
        boolean any = done.stream().anyMatch(run -> run.network() != null);
        Ensemble ensemble = any ? EnsembleTrainer.ensemble(definition, done) : null;
        List<Evaluation> splits = EnsembleReport.evaluations(ensemble, definition);
        EnsembleReport.print(definition, done, ensemble, splits, seconds, out);
        if (request.report() != null) {
            ObjectNode json = EnsembleReport.toJson(definition, done, ensemble, splits, seconds);
            AtomicFile.write(request.report(), stream -> NetworkJson.MAPPER.writeValue(stream, json));
            out.println("report       " + request.report());
        }
        if (request.save() != null && ensemble != null) {
            EnsembleJson.write(request.save(), ensemble, definition.name());
            out.println("network      " + request.save() + (ensemble.complete() ? "" : " (partial ensemble)"));
        }
        synchronized (this) {
            if (saveProblem != null) {
                err.println("bdnn: could not save the ensemble during the run: " + saveProblem);
            }
        }
        out.flush();
        for (MemberRun run : done) {
            if (run.error() != null) {
                err.println("bdnn: member " + run.member().describe(definition.data().classLabels()) + ": "
                        + run.error());
            }
        }
        if (ensemble == null) {
            err.println("bdnn: no member of the ensemble found a network");
            return Main.NO_SOLUTION;
        }
        if (done.stream().anyMatch(run -> !run.forwardMatches())) {
            err.println("bdnn: WARNING: the forward pass disagrees with a member's MILP (see the member table)");
            return Main.FORWARD_MISMATCH;
        }
        return done.stream().anyMatch(run -> run.error() != null || (run.network() == null && run.run() != null))
                ? Main.NO_SOLUTION : 0;
    }

    @Override
    public synchronized void memberImproved(EnsembleMembers.Member member, Network best) {
        bestSoFar[member.index()] = best;
    }

    @Override
    public synchronized void memberFinished(MemberRun run, int done, int total) {
        runs[run.member().index()] = run;
        if (progress != null) {
            progress.stepTo(done);
        } else if (run.run() != null || run.error() != null) {
            err.printf(Locale.ROOT, "bdnn: member %d of %d (%s) %s in %.1f s%n", done, total,
                    run.member().describe(request.definition().data().classLabels()), run.status(), run.seconds());
            err.flush();
        }
        if (request.save() != null) {
            try {
                Ensemble sofar = snapshot();
                if (sofar != null) {
                    EnsembleJson.write(request.save(), sofar, request.definition().name());
                }
            } catch (IOException e) {
                saveProblem = e.getMessage();
            }
        }
    }

    /** The finished members with the best networks so far of the others; null when there is none. */
    private synchronized Ensemble snapshot() {
        List<MemberRun> sofar = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            if (runs[m] != null) {
                sofar.add(runs[m]);
            } else {
                sofar.add(new MemberRun(members.get(m), null, bestSoFar[m], 0, null));
            }
        }
        return sofar.stream().anyMatch(run -> run.network() != null)
                ? EnsembleTrainer.ensemble(request.definition(), sofar) : null;
    }

    /** The line printed at once on the first Ctrl-C or SIGTERM: what stops, what is kept, how to quit. */
    private String stopping(String signal) {
        StringBuilder line = new StringBuilder("bdnn: stopping (").append(signal)
                .append("): interrupting the running members' MILPs and starting no new member; the finished members"
                        + " and the running ones' best networks so far are kept");
        if (request.save() != null) {
            line.append(" in ").append(request.save()).append(" (a partial ensemble)");
        }
        if (request.report() != null) {
            line.append(", the report written to ").append(request.report());
        }
        return line.append(". ").append(signal).append(" again quits at once (files already written stay whole).")
                .toString();
    }

    /** Saves the finished members and the running ones' best so far ({@link StopGrace} calls it at most once). */
    private void saveSnapshot() {
        try {
            Ensemble sofar = snapshot();
            if (request.save() != null && sofar != null) {
                EnsembleJson.write(request.save(), sofar, request.definition().name());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("bdnn: could not write the ensemble after the interrupt: " + e.getMessage());
        }
    }
}
