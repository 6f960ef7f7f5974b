package io.bdnn.training.splitting;

import io.bdnn.compiler.MethodSettings;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.ir.Grouping;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.BatchSampler;
import io.bdnn.training.Budget;
import io.bdnn.training.Evaluations;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.Selection;
import io.bdnn.training.SolutionCheck;
import io.bdnn.training.StopSignal;
import io.bdnn.training.Subproblem;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingRun;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code method split}: the iterative data-splitting heuristic of Kurtz and Bah (2021).
 *
 * <p>The training points are partitioned into subsets that share one activation pattern: the
 * MILP has binaries per (subset, layer, neuron), layer-1 rows per point (each point must produce
 * its subset's pattern) and deeper rows per subset. It starts with one subset; each round splits
 * the subset (of at least two distinct points) with the largest training loss under the current
 * network in two by k-means, solves the MILP (on a batch of points if asked, the previous network
 * as MIP start), checks the result by forward pass and keeps the best network on the validation
 * set. It stops after {@code max_splits} splits, at training loss 0, when no subset can be
 * split, when the time is up, or when stopped. When every point has its own subset the MILP is
 * the exact one, so enough splits on all points reach the exact optimum.
 */
public final class SplittingTrainer {
    private final ModelDefinition definition;
    private final MethodSettings.Split settings;
    private final MilpSolver solver;
    private final SolverOptions options;
    private final TrainingListener listener;
    private final StopSignal stop;
    private final List<int[]> subsets = new ArrayList<>();
    private final List<RoundRecord> rounds = new ArrayList<>();

    private SplittingTrainer(ModelDefinition definition, MilpSolver solver, SolverOptions options,
                             TrainingListener listener, StopSignal stop) {
        this.definition = definition;
        this.settings = (MethodSettings.Split) definition.training().plan().method();
        this.solver = solver;
        this.options = options;
        this.listener = listener;
        this.stop = stop;
    }

    /**
     * Runs the heuristic.
     *
     * @param start the network of the first MIP start (from {@code --start}), or null
     */
    public static TrainingRun train(ModelDefinition definition, MilpSolver solver, SolverOptions options,
                                    Network start, TrainingListener listener, StopSignal stop) {
        return new SplittingTrainer(definition, solver, options, listener, stop).run(start);
    }

    private TrainingRun run(Network start) {
        double[][] x = definition.data().train().x();
        int n = x.length;
        double lambda = definition.training().plan().l1();
        Budget budget = new Budget(options, definition.training().plan().perMipSeconds());
        KMeansSplitter splitter = new KMeansSplitter(settings.restarts(), settings.seed());
        BatchSampler sampler = new BatchSampler(n, settings.batch(), settings.sequential(), settings.seed());
        int[] all = new int[n];
        java.util.Arrays.setAll(all, i -> i);
        subsets.add(all);
        Network current = start;
        Subproblem best = null;
        Subproblem last = null;
        double bestAccuracy = Double.NaN;
        double bestObjective = Double.NaN;
        String reason = "reached max_splits " + settings.maxSplits();
        boolean interrupted = false;
        listener.started("split", settings.maxSplits() + 1);
        for (int step = 0; step <= settings.maxSplits(); step++) {
            if (stop.isStopped()) {
                interrupted = true;
                reason = "interrupted";
                break;
            }
            if (budget.exhausted()) {
                reason = "time limit reached";
                break;
            }
            String label = "start: one subset of " + n + " points";
            if (step > 0) {
                SubsetLosses losses = SubsetLosses.of(current, definition.data().train(), subsets);
                if (current != null && losses.total() == 0) {
                    reason = "training loss 0";
                    break;
                }
                label = splitWorst(splitter, x, losses, step);
                if (label == null) {
                    reason = "no subset can be split";
                    break;
                }
            }
            int[] batch = sampler.batch(step);
            Subproblem solved = Subproblem.solve(definition, batch, grouping(batch, n), null, null, current, solver,
                    budget.nextMilp());
            last = solved;
            double loss = Double.NaN;
            double accuracy = Double.NaN;
            boolean isBest = false;
            if (solved.network() != null) {
                current = solved.network();
                loss = Evaluations.train(current, definition.data()).loss();
                accuracy = Evaluations.validationAccuracy(current, definition.data());
                double objective = loss + SolutionCheck.penalty(current, lambda);
                if (Selection.better(accuracy, objective, bestAccuracy, bestObjective)) {
                    best = solved;
                    bestAccuracy = accuracy;
                    bestObjective = objective;
                    isBest = true;
                }
            }
            RoundRecord record = new RoundRecord(step + 1, label, solved.solve().seconds(),
                    solved.solve().status().name(), solved.binaries(), batch.length, solved.lowered().graph().units(),
                    loss, accuracy, solved.network() != null, isBest,
                    solved.check() == null ? null : solved.check().matches());
            rounds.add(record);
            listener.step(record, best == null ? null : best.network(), bestAccuracy);
            if (loss == 0) {
                reason = "training loss 0";
                break;
            }
        }
        if (stop.isStopped()) {
            interrupted = true;
            reason = "interrupted";
        }
        Subproblem chosen = best != null ? best : last;
        return new TrainingRun(Evaluations.result(definition, options, chosen), Evaluations.problem(definition, chosen),
                rounds, interrupted, reason);
    }

    /**
     * Splits the subset with the largest loss among those k-means can split (ties: the larger
     * subset first), and describes the split; null when no subset can be split.
     */
    private String splitWorst(KMeansSplitter splitter, double[][] x, SubsetLosses losses, int step) {
        for (int candidate : losses.worstFirst()) {
            int[] members = subsets.get(candidate);
            int[][] halves = splitter.split(x, members);
            if (halves == null) {
                continue;
            }
            subsets.set(candidate, halves[0]);
            subsets.add(halves[1]);
            return String.format("split %d: subset %d (%d points, loss %s) into %d + %d", step, candidate + 1,
                    members.length, number(losses.loss(candidate)), halves[0].length, halves[1].length);
        }
        return null;
    }

    /** The grouping of a batch: each batch point in its subset, subsets without batch points left out. */
    private Grouping grouping(int[] batch, int points) {
        int[] subsetOf = new int[points];
        for (int s = 0; s < subsets.size(); s++) {
            for (int member : subsets.get(s)) {
                subsetOf[member] = s;
            }
        }
        int[] labels = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            labels[i] = subsetOf[batch[i]];
        }
        return Grouping.of(labels);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
