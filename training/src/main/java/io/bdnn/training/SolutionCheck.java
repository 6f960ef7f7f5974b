package io.bdnn.training;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Refs;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.network.Evaluation;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.user.UserCheck;

/**
 * Compares what a MILP claims with the exact forward pass of the network read from it, on the
 * MILP's own training points (all of them, or a method's batch): the loss part of the objective
 * (the objective minus any L1 penalty) against the forward-pass Hamming loss, and every claimed
 * activation against the forward pass's.
 */
public final class SolutionCheck {
    /** Loss values are integers; anything further apart than this is a real disagreement. */
    static final double LOSS_TOLERANCE = 1e-6;
    /**
     * How far a solver may leave a column from its row's value (SCIP's and CBC's default primal
     * feasibility tolerance): each L1 column {@code t >= |W|} may sit this much above {@code |W|}.
     */
    static final double FEASIBILITY = 1e-6;

    private SolutionCheck() {
    }

    /** The check on the MILP's own points, whose forward-pass evaluation is computed here. */
    public static ForwardCheck check(LoweredNetwork lowered, SolveResult solve, Network network,
                                     double integralityViolation) {
        Evaluation points = ForwardPass.evaluate(network, "milp", lowered.graph().inputs(), lowered.graph().labels());
        return check(lowered, solve, network, points, integralityViolation);
    }

    /** The check, given the forward-pass evaluation of the MILP's points. */
    static ForwardCheck check(LoweredNetwork lowered, SolveResult solve, Network network, Evaluation points,
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
        // A model's own objective and constraints (io.bdnn.user) are checked on the same network;
        // without them the objective minus any L1 penalty is the Hamming loss.
        UserCheck.Result user = UserCheck.check(lowered, solve.values(), network);
        double objective = user.hasObjective() ? user.milpObjective() : solve.objective() - penalty(lowered, solve.values());
        double forward = user.hasObjective() ? user.forwardObjective() : points.loss();
        double tolerance = user.hasObjective()
                ? LOSS_TOLERANCE * Math.max(1, Math.abs(objective)) + user.tolerance()
                : lossTolerance(objective, solve.objective(), penaltySlack(lowered));
        // A user objective's claim is an upper bound (an abs or hinge column may sit above its value
        // when a solver stops early), so a network that does better reproduces it.
        boolean lossMatches = (user.hasObjective() ? forward - objective <= tolerance
                : Math.abs(objective - forward) <= tolerance) && user.violations().isEmpty();
        String what = user.hasObjective() ? "objective" : "loss";
        String checked = user.note().isEmpty() ? "" : " (" + user.note() + ")";
        String message;
        if (lossMatches && mismatches == 0) {
            message = "the forward pass reproduces the MILP's " + what + " " + fmt(objective) + checked
                    + " and all its activations";
        } else if (lossMatches) {
            message = "the forward pass reproduces the MILP's " + what + " " + fmt(objective) + checked + ", but "
                    + mismatches + " activation(s) differ, first at " + first;
        } else if (!user.violations().isEmpty()) {
            message = "MISMATCH: " + String.join("; ", user.violations()) + "; " + mismatches
                    + " activation(s) differ" + (first == null ? "" : ", first at " + first)
                    + ". The forward pass is the truth; consider a larger epsilon.";
        } else {
            message = "MISMATCH: the MILP claims training " + what + " " + fmt(objective) + " but the exact forward pass "
                    + "gives " + fmt(forward) + checked + "; " + mismatches + " activation(s) differ"
                    + (first == null ? "" : ", first at " + first)
                    + ". The forward pass is the truth; consider a larger epsilon.";
        }
        return new ForwardCheck(lossMatches, objective, forward, mismatches, integralityViolation, message);
    }

    /**
     * The L1 penalty part of the objective at a solution, {@code sum_l lambda_l sum t}, read from
     * the columns (so a solution whose t exceeds |W| is accounted for exactly); 0 without one.
     */
    public static double penalty(LoweredNetwork lowered, double[] values) {
        double penalty = 0;
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof IrNode.L1Penalty l1) {
                Refs absolute = lowered.refs().get(l1.absolute());
                for (int local = 0; local < absolute.family().size(); local++) {
                    penalty += l1.lambda() * absolute.value(local, values);
                }
            }
        }
        return penalty;
    }

    /**
     * How far the claimed loss {@code objective - penalty} may stray from the integral forward-pass
     * loss without a real disagreement: relative {@code LOSS_TOLERANCE} of the larger of the two
     * (the subtraction loses the digits of the whole objective, not of the small loss), plus
     * {@code slack}, what the solver's tolerances may add to the penalty read from its columns.
     * A real disagreement of the Hamming loss is at least 1 - 2 * that, far above it.
     */
    static double lossTolerance(double claimedLoss, double objective, double slack) {
        return LOSS_TOLERANCE * Math.max(1, Math.max(Math.abs(claimedLoss), Math.abs(objective))) + slack;
    }

    /** {@code sum_l lambda_l * |t_l| * FEASIBILITY}: how far the L1 penalty read from its columns may be off. */
    static double penaltySlack(LoweredNetwork lowered) {
        double slack = 0;
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof IrNode.L1Penalty l1) {
                slack += l1.lambda() * lowered.refs().get(l1.absolute()).family().size() * FEASIBILITY;
            }
        }
        return slack;
    }

    /** {@code lambda * sum |W|} of a network over all its layers. */
    public static double penalty(Network network, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double sum = 0;
        for (double[][] layer : network.weights()) {
            for (double[] row : layer) {
                for (double weight : row) {
                    sum += Math.abs(weight);
                }
            }
        }
        return lambda * sum;
    }

    static String fmt(double value) {
        double rounded = Math.rint(value);
        return Math.abs(value - rounded) <= 1e-9 * Math.max(1, Math.abs(value)) ? Long.toString((long) rounded)
                : String.format("%.6g", value);
    }
}
