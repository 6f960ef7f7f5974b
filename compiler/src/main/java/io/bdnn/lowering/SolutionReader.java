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
 * solver's values were). A continuous bias is then moved down by {@code eps / 2}: the solver
 * guarantees {@code a >= eps - tol M} for active and {@code a <= tol M} for inactive neurons,
 * and since {@code eps >= 10 tol M} the shift puts both strictly on their side of zero, so the
 * exact forward pass reproduces the MILP's activations even when binaries came back as
 * {@code 1e-6} instead of 0. The shift is skipped where it would leave a declared bias range.
 */
public final class SolutionReader {
    private SolutionReader() {
    }

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
                    }
                    weights[l][k][j] = value;
                }
            }
            biases[l] = new double[layer.width()];
            Refs b = lowered.biases(l);
            if (b == null) {
                continue;
            }
            boolean fixed = lowered.graph().find(IrNode.Biases.class, l).isFixed();
            double eps = lowered.bounds().layer(l).margin().value();
            for (int k = 0; k < layer.width(); k++) {
                double value = b.value(k, values);
                if (layer.bias().isInteger()) {
                    violation = Math.max(violation, Math.abs(value - Math.rint(value)));
                    value = Math.rint(value);
                } else if (!fixed && (!layer.bias().declaredRange() || value - eps / 2 >= layer.bias().lo())) {
                    value -= eps / 2;
                }
                biases[l][k] = value;
            }
        }
        return new Result(new Network(names, weights, biases, scaling, classLabels), violation);
    }

    /** The activations the MILP claims, {@code [layer][k][i]}, rounded to 0/1. */
    public static int[][][] claimedActivations(LoweredNetwork lowered, double[] values) {
        List<IrLayer> layers = lowered.graph().layers();
        int samples = lowered.graph().samples();
        int[][][] result = new int[layers.size()][][];
        for (IrLayer layer : layers) {
            Refs u = lowered.activations(layer.index());
            result[layer.index()] = new int[layer.width()][samples];
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < samples; i++) {
                    result[layer.index()][k][i] = (int) Math.rint(u.value(u.family().localIndex(k, i), values));
                }
            }
        }
        return result;
    }
}
