package io.bdnn.training.localsearch;

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
import io.bdnn.training.SolutionCheck;
import io.bdnn.training.StopSignal;
import io.bdnn.training.Subproblem;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingResult;
import io.bdnn.training.robust.Certifier;
import io.bdnn.training.TrainingRun;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code method local_search}: block-coordinate descent over layers. Each step fixes the weights
 * and biases of every layer but one and solves the MILP in that layer's weights and the
 * activations (the products of fixed weights and binaries are linear, so only the free layer's
 * products need McCormick rows), from the current network as MIP start. The candidate is checked
 * by forward pass and accepted only if its training objective (Hamming loss on all training
 * points, plus the L1 penalty if any) is strictly lower: the objective never increases, which the
 * trainer asserts. A round visits the layers from the output to the first; the search stops after
 * {@code rounds} rounds, after a round without improvement (a local optimum with respect to
 * single layers), at objective 0, when the time is up, or when stopped.
 *
 * <p>With {@code robust}, only a free layer 1 gets the robust rows (a fixed one is robust or not
 * already), and networks are compared by {@link Score}: robustness of every training point
 * first, then the objective. The objective never increases once the network is robust.
 */
public final class LocalSearchTrainer {
    private final ModelDefinition definition;
    private final MethodSettings.LocalSearch settings;
    private final List<RoundRecord> rounds = new ArrayList<>();

    private LocalSearchTrainer(ModelDefinition definition) {
        this.definition = definition;
        this.settings = (MethodSettings.LocalSearch) definition.training().plan().method();
    }

    /**
     * Runs local search from {@code start}, or from {@link InitialNetwork} when it is null.
     */
    public static TrainingRun train(ModelDefinition definition, MilpSolver solver, SolverOptions options,
                                    Network start, TrainingListener listener, StopSignal stop) {
        return new LocalSearchTrainer(definition).run(solver, options, start, listener, stop);
    }

    private TrainingRun run(MilpSolver solver, SolverOptions options, Network start, TrainingListener listener,
                            StopSignal stop) {
        var data = definition.data();
        double lambda = definition.training().plan().l1();
        Budget budget = new Budget(options, definition.training().plan().perMipSeconds());
        BatchSampler sampler = new BatchSampler(data.train().size(), settings.batch(), settings.sequential(),
                settings.seed());
        Network current = start != null ? start : InitialNetwork.of(definition.network(), data.train().x(),
                data.train().y(), definition.scaling(), data.classLabels(), settings.seed());
        Score objective = score(current, lambda);
        Subproblem best = null;
        Subproblem last = null;
        int depth = definition.network().depth();
        String reason = "reached " + settings.rounds() + " rounds";
        listener.started("local_search", settings.rounds() * depth);
        int step = 0;
        search:
        for (int round = 1; round <= settings.rounds(); round++) {
            boolean improved = false;
            for (int layer = depth - 1; layer >= 0; layer--) {
                if (stop.isStopped()) {
                    reason = "interrupted";
                    break search;
                }
                if (budget.exhausted()) {
                    reason = "time limit reached";
                    break search;
                }
                if (objective.isPerfect()) {
                    reason = "training objective 0";
                    break search;
                }
                Score before = objective;
                int[] batch = sampler.batch(step);
                Subproblem solved = Subproblem.solve(definition, batch, Grouping.identity(batch.length),
                        fixedWeights(current, layer), fixedBiases(current, layer), current, solver, budget.nextMilp());
                last = solved;
                Score candidate = solved.network() == null ? null : score(solved.network(), lambda);
                boolean accepted = candidate != null && candidate.isBetterThan(objective);
                if (accepted) {
                    current = solved.network();
                    objective = candidate;
                    best = solved;
                    improved = true;
                }
                // The invariant, recomputed from the network itself: the objective never increases.
                Score now = score(current, lambda);
                if (now.isWorseThan(before) || !now.equals(objective)) {
                    throw new IllegalStateException("local search would increase the training objective from "
                            + before + " to " + now);
                }
                step++;
                RoundRecord record = new RoundRecord(step, "round " + round + ": layer "
                        + definition.network().layer(layer).name(), solved.solve().seconds(),
                        solved.solve().status().name(), solved.binaries(), batch.length, batch.length,
                        solved.network() == null ? Double.NaN : Evaluations.train(solved.network(), data).loss(),
                        solved.network() == null ? Double.NaN
                                : Evaluations.validationAccuracy(solved.network(), data),
                        accepted, accepted, solved.check() == null ? null : solved.check().matches());
                rounds.add(record);
                listener.step(record, current, Evaluations.validationAccuracy(current, data));
            }
            if (!improved) {
                reason = "a round without improvement (local optimum)";
                break;
            }
        }
        if (stop.isStopped()) {
            reason = "interrupted";
        }
        if (best != null) {
            return new TrainingRun(Evaluations.result(definition, options, best), Evaluations.problem(definition, best),
                    rounds, stop.isStopped(), reason);
        }
        return unimproved(current, options, last, reason, stop.isStopped());
    }

    /**
     * The score of a network: whether every training point is certified robust (when the model
     * asks for robustness), and the forward-pass loss on all training points plus the penalty.
     */
    private Score score(Network network, double lambda) {
        var data = definition.data();
        var plan = definition.training().plan();
        boolean robust = !plan.isRobust() || Certifier.certify(network, data.train().x(), plan.robust().radii(data))
                .certified() == data.train().size();
        return new Score(robust, Evaluations.train(network, data).loss() + SolutionCheck.penalty(network, lambda));
    }

    private static double[][][] fixedWeights(Network network, int free) {
        double[][][] fixed = network.weights().clone();
        fixed[free] = null;
        return fixed;
    }

    private static double[][] fixedBiases(Network network, int free) {
        double[][] fixed = network.biases().clone();
        fixed[free] = null;
        return fixed;
    }

    /**
     * When no step improved on the start (given or initial), the start itself is the result; it
     * comes from no MILP, so there is no MILP claim to check (the last MILP's status is kept).
     */
    private TrainingRun unimproved(Network start, SolverOptions options, Subproblem last, String reason,
                                   boolean interrupted) {
        var data = definition.data();
        var kept = new TrainingResult(definition.training().method(), options, last == null ? null : last.solve(),
                start, Evaluations.train(start, data), Evaluations.of(start, data.validation()),
                Evaluations.of(start, data.test()), null);
        return new TrainingRun(kept, Evaluations.problem(definition, last), rounds, interrupted, reason);
    }
}
