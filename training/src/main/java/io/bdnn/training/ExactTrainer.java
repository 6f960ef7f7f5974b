package io.bdnn.training;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.network.Evaluation;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;

/**
 * {@code method exact}: solves the whole training MILP once, reads the network back and
 * re-checks it by the exact forward pass on every split.
 */
public final class ExactTrainer {
    /** Loss values are integers; anything further apart than this is a real disagreement. */
    static final double LOSS_TOLERANCE = 1e-6;

    private ExactTrainer() {
    }

    public static TrainingResult train(CompiledModel compiled, MilpSolver solver, SolverOptions options) {
        String unsupported = solver.unsupported(compiled.model(), options);
        if (unsupported != null) {
            throw new io.bdnn.ast.BdnnException(compiled.definition().training().solverSpan(), unsupported);
        }
        SolveResult solve = solver.solve(compiled.model(), options, null);
        return evaluate(compiled, options, solve);
    }

    /** Reads a solver's result back and checks it by forward pass: shared by every method and by import. */
    public static TrainingResult evaluate(CompiledModel compiled, SolverOptions options, SolveResult solve) {
        String method = compiled.definition().training().method();
        if (!solve.status().hasSolution() || solve.values() == null) {
            return new TrainingResult(method, options, solve, null, null, null, null, null);
        }
        PreparedData data = compiled.definition().data();
        LoweredNetwork lowered = compiled.lowered();
        SolutionReader.Result read = SolutionReader.read(lowered, solve.values(), compiled.definition().scaling(),
                data.classLabels());
        Network network = read.network();
        Evaluation train = ForwardPass.evaluate(network, "train", data.train().x(), data.train().y());
        Evaluation validation = evaluateSplit(network, data.validation());
        Evaluation test = evaluateSplit(network, data.test());
        ForwardCheck check = check(lowered, solve, network, train, read.integralityViolation());
        return new TrainingResult(method, options, solve, network, train, validation, test, check);
    }

    private static Evaluation evaluateSplit(Network network, Split split) {
        return split == null || split.isEmpty() ? null : ForwardPass.evaluate(network, split.name(), split.x(), split.y());
    }

    static ForwardCheck check(LoweredNetwork lowered, SolveResult solve, Network network, Evaluation train,
                              double integralityViolation) {
        int[][][] claimed = SolutionReader.claimedActivations(lowered, solve.values());
        double[][] x = lowered.graph().inputs();
        long mismatches = 0;
        String first = null;
        for (int i = 0; i < x.length; i++) {
            int[][] actual = ForwardPass.activations(network, x[i]);
            for (int l = 0; l < actual.length; l++) {
                for (int k = 0; k < actual[l].length; k++) {
                    if (actual[l][k] != claimed[l][k][i]) {
                        mismatches++;
                        if (first == null) {
                            first = String.format("%s neuron %d, training sample %d: the MILP says %d, the forward pass %d",
                                    network.layerNames().get(l), k + 1, i + 1, claimed[l][k][i], actual[l][k]);
                        }
                    }
                }
            }
        }
        double objective = solve.objective();
        boolean lossMatches = Math.abs(objective - train.loss()) <= LOSS_TOLERANCE * Math.max(1, Math.abs(objective));
        String message;
        if (lossMatches && mismatches == 0) {
            message = "the forward pass reproduces the MILP's loss " + fmt(objective) + " and all its activations";
        } else if (lossMatches) {
            message = "the forward pass reproduces the MILP's loss " + fmt(objective) + ", but " + mismatches
                    + " activation(s) differ, first at " + first;
        } else {
            message = "MISMATCH: the MILP claims training loss " + fmt(objective) + " but the exact forward pass gives "
                    + fmt(train.loss()) + "; " + mismatches + " activation(s) differ"
                    + (first == null ? "" : ", first at " + first)
                    + ". The forward pass is the truth; consider a larger epsilon.";
        }
        return new ForwardCheck(lossMatches, objective, train.loss(), mismatches, integralityViolation, message);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.6g", value);
    }
}
