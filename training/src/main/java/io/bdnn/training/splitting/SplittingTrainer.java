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
import io.bdnn.training.TrainingResult;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.localsearch.InitialNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code method split}: the iterative data-splitting heuristic of Kurtz and Bah (2021).
 *
 * <p>The training points are partitioned into subsets that share one activation pattern: the
 * MILP has binaries per (subset, layer, neuron), layer-1 rows per point (each point must produce
 * its subset's pattern) and deeper rows per subset. Each round splits the subset (of at least two
 * distinct points) with the largest training loss under the current network in two by k-means,
 * solves the MILP (on a batch of points if asked, the current network as MIP start), checks the
 * result by forward pass and keeps the best network on the validation set. It stops after
 * {@code max_splits} splits, at training loss 0, when no subset can be split, when the time is
 * up, or when stopped. When every point has its own subset the MILP is the exact one, so enough
 * splits on all points reach the exact optimum.
 *
 * <p>The current network is always an admissible MIP start (without {@code robust}: a network
 * robust on its batch can break the robust rows of new points): the subsets are divided by its
 * activation patterns on all training points ({@link PatternRefinement}) whenever it changes, so
 * that the points of a subset in any batch share its pattern. (A MILP on a batch constrains its
 * network on that batch only; without the division a fresh batch holds points of one subset on
 * different patterns, and the start is lost.) The start is the network given with {@code --start}
 * or else, as for local search, the closed-form {@link InitialNetwork} (not with
 * {@code one_subset}, the paper's start from one subset and no network, nor with {@code robust}:
 * that network is not robust); the start is a candidate for the network kept. A MILP's network
 * becomes the current one only if its training objective on all training points (loss plus L1
 * penalty) is at most the current one's: on one batch the MILP can only improve on its start,
 * and this keeps that true on the training set. After a split, the batch takes up to half its
 * points from the two halves, so that the MILP sees the subset it may now divide.
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
    private final Consumer<Subproblem> observer;
    private final Random random;
    private int[][] lastHalves;

    private SplittingTrainer(ModelDefinition definition, MilpSolver solver, SolverOptions options,
                             TrainingListener listener, StopSignal stop, Consumer<Subproblem> observer) {
        this.definition = definition;
        this.observer = observer;
        this.settings = (MethodSettings.Split) definition.training().plan().method();
        this.solver = solver;
        this.options = options;
        this.listener = listener;
        this.stop = stop;
        this.random = new Random(settings.seed());
    }

    /**
     * Runs the heuristic.
     *
     * @param start the network of the first MIP start (from {@code --start}), or null
     */
    public static TrainingRun train(ModelDefinition definition, MilpSolver solver, SolverOptions options,
                                    Network start, TrainingListener listener, StopSignal stop) {
        return train(definition, solver, options, start, listener, stop, solved -> { });
    }

    /** As above, handing every MILP to {@code observer} once solved (tests audit the MIP starts). */
    static TrainingRun train(ModelDefinition definition, MilpSolver solver, SolverOptions options, Network start,
                             TrainingListener listener, StopSignal stop, Consumer<Subproblem> observer) {
        return new SplittingTrainer(definition, solver, options, listener, stop, observer).run(start);
    }

    private TrainingRun run(Network given) {
        var data = definition.data();
        double[][] x = data.train().x();
        int n = x.length;
        double lambda = definition.training().plan().l1();
        Budget budget = new Budget(options, definition.training().plan().perMipSeconds());
        KMeansSplitter splitter = new KMeansSplitter(settings.restarts(), settings.seed());
        BatchSampler sampler = new BatchSampler(n, settings.batch(), settings.sequential(), settings.seed());
        int[] all = new int[n];
        java.util.Arrays.setAll(all, i -> i);
        subsets.add(all);
        Network current = given;
        // Robust training starts as the paper does: the closed-form network is not robust.
        if (current == null && !settings.oneSubset() && !definition.training().plan().isRobust()) {
            current = InitialNetwork.of(definition.network(), x, data.train().y(), definition.scaling(),
                    data.classLabels(), settings.seed());
        }
        double currentObjective = Double.POSITIVE_INFINITY;
        // The network kept: the start (kept == null) or a step's, by validation accuracy.
        Network keptNetwork = current;
        Subproblem kept = null;
        double keptAccuracy = Double.NaN;
        double keptObjective = Double.NaN;
        if (current != null) {
            PatternRefinement.refine(subsets, current, x);
            currentObjective = Evaluations.train(current, data).loss() + SolutionCheck.penalty(current, lambda);
            keptAccuracy = Evaluations.validationAccuracy(current, data);
            keptObjective = currentObjective;
        }
        Subproblem last = null;
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
            String label = subsets.size() == 1 ? "start: one subset of " + n + " points"
                    : "start: " + subsets.size() + " subsets (the start network's patterns)";
            if (step > 0) {
                SubsetLosses losses = SubsetLosses.of(current, data.train(), subsets);
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
            if (step > 0) {
                batch = withHalves(batch, n);
            }
            Subproblem solved = Subproblem.solve(definition, batch, grouping(batch, n), null, null, current, solver,
                    budget.nextMilp());
            last = solved;
            observer.accept(solved);
            if (solved.startViolations() != null && !solved.startViolations().none()) {
                // Never expected (the subsets follow the current network's patterns); shown, not hidden.
                label += "; the MIP start violates " + solved.startViolations().rows() + " rows";
            }
            double loss = Double.NaN;
            double accuracy = Double.NaN;
            boolean accepted = false;
            boolean isBest = false;
            Network network = solved.network();
            if (network != null) {
                loss = Evaluations.train(network, data).loss();
                accuracy = Evaluations.validationAccuracy(network, data);
                double objective = loss + SolutionCheck.penalty(network, lambda);
                accepted = objective <= currentObjective;
                if (accepted) {
                    current = network;
                    currentObjective = objective;
                    int added = PatternRefinement.refine(subsets, current, x);
                    if (added > 0) {
                        label += "; its patterns divide the subsets into " + subsets.size();
                    }
                }
                if (Selection.better(accuracy, objective, keptAccuracy, keptObjective)) {
                    kept = solved;
                    keptNetwork = network;
                    keptAccuracy = accuracy;
                    keptObjective = objective;
                    isBest = true;
                }
            }
            RoundRecord record = new RoundRecord(step + 1, label, solved.solve().seconds(),
                    solved.solve().status().name(), solved.binaries(), batch.length, solved.lowered().graph().units(),
                    loss, accuracy, accepted, isBest,
                    solved.check() == null ? null : solved.check().matches());
            rounds.add(record);
            listener.step(record, keptNetwork, keptAccuracy);
            if (loss == 0) {
                reason = "training loss 0";
                break;
            }
        }
        if (stop.isStopped()) {
            interrupted = true;
            reason = "interrupted";
        }
        if (kept == null && keptNetwork != null) {
            return unimproved(keptNetwork, last, reason, interrupted);
        }
        Subproblem chosen = kept != null ? kept : last;
        return new TrainingRun(Evaluations.result(definition, options, chosen), Evaluations.problem(definition, chosen),
                rounds, interrupted, reason);
    }

    /**
     * When no MILP's network beat the start on validation, the start is the result; it comes
     * from no MILP, so there is no MILP claim to check (the last MILP's status is kept).
     */
    private TrainingRun unimproved(Network start, Subproblem last, String reason, boolean interrupted) {
        var data = definition.data();
        var result = new TrainingResult(definition.training().method(), options, last == null ? null : last.solve(),
                start, Evaluations.train(start, data), Evaluations.of(start, data.validation()),
                Evaluations.of(start, data.test()), null);
        return new TrainingRun(result, Evaluations.problem(definition, last), rounds, interrupted, reason);
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
            lastHalves = halves;
            return String.format("split %d: subset %d (%d points, loss %s) into %d + %d", step, candidate + 1,
                    members.length, number(losses.loss(candidate)), halves[0].length, halves[1].length);
        }
        return null;
    }

    /**
     * The batch with the points of the subset just split: up to half the batch from the two
     * halves (alternately, in random order), the rest of the batch's own points.
     */
    private int[] withHalves(int[] batch, int points) {
        if (batch.length == points) {
            return batch;
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        int quota = batch.length / 2;
        List<Integer> a = shuffled(lastHalves[0]);
        List<Integer> b = shuffled(lastHalves[1]);
        for (int i = 0; chosen.size() < quota && (i < a.size() || i < b.size()); i++) {
            if (i < a.size()) {
                chosen.add(a.get(i));
            }
            if (i < b.size() && chosen.size() < quota) {
                chosen.add(b.get(i));
            }
        }
        for (int point : batch) {
            if (chosen.size() >= batch.length) {
                break;
            }
            chosen.add(point);
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private List<Integer> shuffled(int[] members) {
        List<Integer> list = new ArrayList<>();
        for (int member : members) {
            list.add(member);
        }
        Collections.shuffle(list, random);
        return list;
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
