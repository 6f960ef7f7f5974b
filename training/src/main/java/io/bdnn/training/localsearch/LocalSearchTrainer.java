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
import io.bdnn.training.Selection;
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
 * its blocks), at objective 0, when the time is up, or when stopped.
 *
 * <p>The search moves by training objective, but the network it returns is the one with the best
 * validation accuracy among the start and every accepted step (ties: the lower objective; without
 * a validation split, the last), as data splitting keeps its best split and a classical network
 * its best epoch: a search that drives the training loss down overfits. With {@code robust}, a
 * network robust at every training point is preferred to any other.
 *
 * <p>With {@code neurons} a block is one neuron: its weights and bias are free, every other
 * neuron is fixed. The layers before it are then constants on the data, so the bounds analysis
 * decides their activations and the MILP keeps one binary per point for the free neuron, plus
 * the deeper activations it can flip: small enough to take every training point, where a layer
 * block needs a batch.
 *
 * <p>With {@code robust}, only free layer-1 neurons get the robust rows (a fixed one is robust or
 * not already), and networks are compared by {@link Score}: how many layer-1 activations at the
 * training points are constant on their boxes first, then the objective. The objective never
 * increases once the network is robust.
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
        Score objective = score(current, Evaluations.train(current, data).loss(), lambda);
        // The network kept: the start (kept == null) or an accepted step, by validation accuracy.
        Subproblem kept = null;
        Network keptNetwork = current;
        Score keptScore = objective;
        double keptAccuracy = Evaluations.validationAccuracy(current, data);
        Subproblem last = null;
        List<int[]> blocks = blocks();
        String reason = "reached " + settings.rounds() + " rounds";
        listener.started("local_search", settings.rounds() * blocks.size());
        int step = 0;
        search:
        for (int round = 1; round <= settings.rounds(); round++) {
            boolean improved = false;
            for (int[] block : blocks) {
                int layer = block[0];
                int neuron = block[1];
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
                Grouping grouping = Grouping.identity(batch.length);
                if (neuron >= 0) {
                    NeuronBlock reduced = NeuronBlock.of(current, data.train().x(), data.train().y(), batch, layer,
                            neuron, definition.training().plan().isRobust());
                    if (reduced.points().length == 0) {
                        continue; // no point's loss depends on this neuron: nothing to gain
                    }
                    batch = reduced.points();
                    grouping = reduced.grouping();
                }
                Subproblem solved = Subproblem.solve(definition, batch, grouping,
                        fixedWeights(current, layer, neuron), fixedBiases(current, layer, neuron), current, solver,
                        budget.nextMilp());
                last = solved;
                // The candidate's forward passes, once: its loss on the training points and its
                // validation accuracy serve the acceptance, the choice of the kept network and the record.
                Network network = solved.network();
                double loss = network == null ? Double.NaN : Evaluations.train(network, data).loss();
                double accuracy = network == null ? Double.NaN : Evaluations.validationAccuracy(network, data);
                Score candidate = network == null ? null : score(network, loss, lambda);
                boolean accepted = candidate != null && candidate.isBetterThan(objective);
                boolean isKept = false;
                if (accepted) {
                    current = network;
                    objective = candidate;
                    improved = true;
                    // The invariant, recomputed from the network now current: the objective never increases.
                    Score now = score(current, Evaluations.train(current, data).loss(), lambda);
                    if (now.isWorseThan(before) || !now.equals(objective)) {
                        throw new IllegalStateException("local search would increase the training objective from "
                                + before + " to " + now);
                    }
                    if (candidate.robust() != keptScore.robust() ? candidate.robust()
                            : Selection.better(accuracy, candidate.objective(), keptAccuracy, keptScore.objective())) {
                        kept = solved;
                        keptNetwork = current;
                        keptScore = candidate;
                        keptAccuracy = accuracy;
                        isKept = true;
                    }
                }
                step++;
                RoundRecord record = new RoundRecord(step, "round " + round + ": layer "
                        + definition.network().layer(layer).name() + (neuron < 0 ? "" : " neuron " + (neuron + 1)),
                        solved.solve().seconds(),
                        solved.solve().status().name(), solved.binaries(), batch.length, grouping.subsets(), loss,
                        accuracy, accepted, isKept, solved.check() == null ? null : solved.check().matches());
                rounds.add(record);
                listener.step(record, keptNetwork, keptAccuracy);
            }
            if (!improved) {
                reason = "a round without improvement (local optimum)";
                break;
            }
        }
        if (stop.isStopped()) {
            reason = "interrupted";
        }
        if (kept != null) {
            return new TrainingRun(Evaluations.result(definition, options, kept), Evaluations.problem(definition, kept),
                    rounds, stop.isStopped(), reason);
        }
        return unimproved(keptNetwork, options, last, reason, stop.isStopped());
    }

    /**
     * The score of a network: how many of its layer-1 activations at the training points are
     * constant on their boxes (when the model asks for robustness), and its forward-pass loss on
     * all training points ({@code trainLoss}) plus the penalty.
     */
    private Score score(Network network, double trainLoss, double lambda) {
        var data = definition.data();
        var plan = definition.training().plan();
        double objective = trainLoss + SolutionCheck.penalty(network, lambda);
        if (!plan.isRobust()) {
            return new Score(0, 0, objective);
        }
        long all = (long) data.train().size() * network.width(0);
        return new Score(Certifier.constantActivations(network, data.train().x(), plan.robust().radii(data)), all,
                objective);
    }

    /** The blocks of a round, output layer first: {layer, neuron}, neuron -1 for a whole layer. */
    private List<int[]> blocks() {
        List<int[]> blocks = new ArrayList<>();
        for (int layer = definition.network().depth() - 1; layer >= 0; layer--) {
            if (!settings.neurons()) {
                blocks.add(new int[] {layer, -1});
                continue;
            }
            for (int k = 0; k < definition.network().layer(layer).width(); k++) {
                blocks.add(new int[] {layer, k});
            }
        }
        return blocks;
    }

    /** The network's weights as constants except the free layer's (neuron -1) or that neuron's row. */
    static double[][][] fixedWeights(Network network, int layer, int neuron) {
        double[][][] fixed = network.weights().clone();
        if (neuron < 0) {
            fixed[layer] = null;
        } else {
            fixed[layer] = fixed[layer].clone();
            fixed[layer][neuron] = null;
        }
        return fixed;
    }

    /** The network's biases as constants except the free layer's or neuron's (NaN marks a free bias). */
    static double[][] fixedBiases(Network network, int layer, int neuron) {
        double[][] fixed = network.biases().clone();
        if (neuron < 0) {
            fixed[layer] = null;
        } else {
            fixed[layer] = fixed[layer].clone();
            fixed[layer][neuron] = Double.NaN;
        }
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
