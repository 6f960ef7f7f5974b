package io.bdnn.lowering;

import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a solution of a lowered model back as a network.
 *
 * <p>Integer weights and biases are rounded to the nearest integer (the report says how far the
 * solver's values were). A continuous bias is then moved down by the least amount that puts every
 * row the MILP claims inactive at {@code a <= 0}: {@code delta_k = max(0, max a[i, k])} over the
 * claimed-inactive rows (for a robust layer 1, over the box's maximum {@code a + sum_j r_j |W_j|}).
 * The solver guarantees {@code a >= eps - tol M} for active and {@code a <= tol M} for inactive
 * rows, so {@code delta <= tol M}, and since {@code eps >= 10 tol M} the active rows stay above
 * zero: the exact forward pass reproduces the MILP's activations even when binaries came back as
 * {@code 1e-6} instead of 0. A further {@code gamma = 1e-9 (|b| + sum_j |W_j| max_i |h_ij|)} keeps
 * inactive rows that the solver left exactly at {@code a = 0} clear of floating-point rounding
 * (which the forward pass tolerates up to 1e-12 of the same scale). Usually delta is 0, so the
 * network keeps the margin eps, less gamma (far inside the solvers' feasibility tolerance of
 * 1e-6), on the active side and is itself a solution of the next MILP of a heuristic (a feasible
 * MIP start). The shift is skipped where it would leave a declared bias range.
 */
public final class SolutionReader {
    /** Relative clearance below zero for the inactive rows, against floating-point rounding. */
    static final double GAMMA = 1e-9;

    private SolutionReader() {
    }

    /**
     * Continuous weights within this fraction of the domain's largest |bound| of 0 are read as 0.
     * Moving a weight by that much moves a pre-activation by at most {@code 1e-6 M}, far inside
     * the safe margin {@code eps >= 10 * 1e-6 * M}, so no activation changes.
     */
    static final double NOISE = io.bdnn.bounds.Margin.INTEGRALITY_TOLERANCE;

    /** The network, and the largest distance of an integer column from an integer. */
    public record Result(Network network, double integralityViolation) {
    }

    public static Result read(LoweredNetwork lowered, double[] values, Network.Scaling scaling,
                              List<String> classLabels) {
        List<IrLayer> layers = lowered.graph().layers();
        double[][][] weights = new double[layers.size()][][];
        double[][] biases = new double[layers.size()][];
        List<String> names = new ArrayList<>();
        double violation = 0;
        int[][][] claimed = claimedActivations(lowered, values);
        for (IrLayer layer : layers) {
            int l = layer.index();
            names.add(layer.name());
            Refs w = lowered.weights(l);
            weights[l] = new double[layer.width()][layer.fanIn()];
            for (int k = 0; k < layer.width(); k++) {
                for (int j = 0; j < layer.fanIn(); j++) {
                    double value = w.value(w.family().localIndex(k, j), values);
                    if (layer.weights().isInteger()) {
                        violation = Math.max(violation, Math.abs(value - Math.rint(value)));
                        value = Math.rint(value);
                    } else if (Math.abs(value) <= NOISE * Math.max(Math.abs(layer.weights().lo()),
                            Math.abs(layer.weights().hi()))) {
                        // Solver noise around 0 (an indicator z = 1e-6 allows |W| <= 1e-6 wmax): a
                        // weight counted as zero by nonzero(...) or active(...) is read back as 0.
                        value = 0;
                    }
                    weights[l][k][j] = value;
                }
            }
            biases[l] = new double[layer.width()];
            Refs b = lowered.biases(l);
            if (b == null) {
                continue;
            }
            IrNode.Biases node = lowered.graph().find(IrNode.Biases.class, l);
            for (int k = 0; k < layer.width(); k++) {
                boolean fixed = node.isFixed(k);
                double value = b.value(k, values);
                if (layer.bias().isInteger()) {
                    violation = Math.max(violation, Math.abs(value - Math.rint(value)));
                    value = Math.rint(value);
                } else if (!fixed) {
                    double delta = inactiveExcess(lowered, claimed, l, weights[l][k], value, k);
                    if (!layer.bias().declaredRange() || value - delta >= layer.bias().lo()) {
                        value -= delta;
                    }
                }
                biases[l][k] = value;
            }
        }
        return new Result(new Network(names, weights, biases, scaling, classLabels), violation);
    }

    /**
     * {@code max(0, max a)} over the rows of neuron k of layer l that the MILP claims inactive,
     * with {@code a = W h + b} on the claimed inputs (data in layer 1, claimed activations deeper),
     * plus the box's dual-norm term for a robust layer 1.
     */
    private static double inactiveExcess(LoweredNetwork lowered, int[][][] claimed, int l, double[] weights,
                                         double bias, int k) {
        IrNode.RobustStep robust = lowered.graph().find(IrNode.RobustStep.class, l);
        double spread = 0;
        if (robust != null && robust.isRobust(k)) {
            for (int j = 0; j < weights.length; j++) {
                spread += robust.radii()[j] * Math.abs(weights[j]);
            }
        }
        double excess = 0;
        double[][] x = lowered.graph().inputs();
        double scale = Math.abs(bias) + spread;
        for (int j = 0; j < weights.length; j++) {
            double largest = l == 0 ? 0 : 1;
            for (double[] sample : l == 0 ? x : new double[0][]) {
                largest = Math.max(largest, Math.abs(sample[j]));
            }
            scale += Math.abs(weights[j]) * largest;
        }
        for (int i = 0; i < x.length; i++) {
            if (claimed[l][k][i] != 0) {
                continue;
            }
            double a = bias + spread;
            for (int j = 0; j < weights.length; j++) {
                a += weights[j] * (l == 0 ? x[i][j] : claimed[l - 1][j][i]);
            }
            excess = Math.max(excess, a);
        }
        return excess + GAMMA * scale;
    }

    /**
     * The activations the MILP claims, {@code [layer][k][i]} per training sample i (a sample reads
     * its subset's activations when samples share patterns), rounded to 0/1. A layer lowered by its
     * pattern table claims the table's entry {@code t[p, k]} of the sample's claimed layer-(l-1)
     * pattern p (equal to its u at every solution, but t is what defines the network's step).
     */
    public static int[][][] claimedActivations(LoweredNetwork lowered, double[] values) {
        List<IrLayer> layers = lowered.graph().layers();
        int samples = lowered.graph().samples();
        int[][][] result = new int[layers.size()][][];
        for (IrLayer layer : layers) {
            Refs u = lowered.activations(layer.index());
            PatternTable table = lowered.tables().get(layer.index());
            result[layer.index()] = new int[layer.width()][samples];
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < samples; i++) {
                    int unit = lowered.graph().unitOfSample(i);
                    double value = u.value(u.family().localIndex(k, unit), values);
                    if (table != null) {
                        int pattern = 0;
                        for (int j = 0; j < layer.fanIn(); j++) {
                            pattern |= result[layer.index() - 1][j][i] << j;
                        }
                        value = table.table().value(table.table().family().localIndex(k, pattern), values);
                    }
                    result[layer.index()][k][i] = (int) Math.rint(value);
                }
            }
        }
        return result;
    }
}
