package io.bdnn.lowering;

import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete assignment of a lowered model's columns computed from a network by forward pass:
 * weights and biases as given, every activation as the forward pass computes it, every product
 * as {@code W u}, every absolute value as {@code |W|}. It serves as a MIP start, and in tests as
 * the witness that the rows admit exactly the forward pass's activations. When samples share
 * activation patterns, a subset takes the activations of its first sample; samples of the subset
 * whose pattern differs are reported as conflicts (the start then violates their rows). Continuous
 * biases are first moved by {@link BiasRepair} where the network's activations need it, so every
 * user of a start (MIP start files, hints of {@code train --start}, the heuristics' subproblems)
 * gets the same admissible start.
 */
public final class StartBuilder {
    private StartBuilder() {
    }

    /**
     * The assignment, and the members whose value the lowering fixed to a constant that differs
     * from the network's (a weight of a fixed layer, or an activation the bounds decided): such a
     * start is not a solution of the model; and how many continuous biases {@link BiasRepair}
     * moved so that the step rows admit the network's activations.
     */
    public record Start(double[] values, List<String> conflicts, int repairedBiases) {
    }

    public static Start fromNetwork(LoweredNetwork lowered, Network given) {
        BiasRepair.Result repair = BiasRepair.repair(lowered, given);
        Network network = repair.network();
        double[] values = new double[lowered.model().numColumns()];
        List<String> conflicts = new ArrayList<>();
        double[][] x = lowered.graph().inputs();
        int units = lowered.graph().units();
        int[][][] activations = new int[units][][];
        for (int i = 0; i < x.length; i++) {
            int unit = lowered.graph().unitOfSample(i);
            int[][] pattern = ForwardPass.activations(network, x[i]);
            if (activations[unit] == null) {
                activations[unit] = pattern;
            } else if (!java.util.Arrays.deepEquals(activations[unit], pattern)) {
                conflicts.add("sample " + (i + 1) + " has another activation pattern than the first sample of its "
                        + "subset " + (unit + 1));
            }
        }
        for (IrLayer layer : lowered.graph().layers()) {
            int l = layer.index();
            Refs weights = lowered.weights(l);
            for (int k = 0; k < layer.width(); k++) {
                for (int j = 0; j < layer.fanIn(); j++) {
                    put(values, weights, weights.family().localIndex(k, j), network.weights()[l][k][j], conflicts);
                }
            }
            Refs biases = lowered.biases(l);
            if (biases != null) {
                for (int k = 0; k < layer.width(); k++) {
                    put(values, biases, k, network.biases()[l][k], conflicts);
                }
            }
            IrNode.AbsoluteWeights absolute = lowered.graph().find(IrNode.AbsoluteWeights.class, l);
            if (absolute != null) {
                Refs abs = lowered.refs().get(absolute);
                for (int k = 0; k < layer.width(); k++) {
                    for (int j = 0; j < layer.fanIn(); j++) {
                        put(values, abs, abs.family().localIndex(k, j), Math.abs(network.weights()[l][k][j]), conflicts);
                    }
                }
            }
            Refs u = lowered.activations(l);
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < units; i++) {
                    put(values, u, u.family().localIndex(k, i), activations[i][l][k], conflicts);
                }
            }
            PatternTable table = lowered.tables().get(l);
            if (table != null) {
                table(values, table, network, activations, layer, conflicts);
            }
            Refs products = layer.isFirst() ? null : lowered.refs().get(lowered.graph().find(IrNode.Products.class, l));
            if (products != null) {
                for (int k = 0; k < layer.width(); k++) {
                    for (int j = 0; j < layer.fanIn(); j++) {
                        for (int i = 0; i < units; i++) {
                            double product = network.weights()[l][k][j] * activations[i][l - 1][j];
                            put(values, products, products.family().localIndex(k, j, i), product, conflicts);
                        }
                    }
                }
            }
        }
        // The columns of user constraints and objectives, by forward pass (nothing without them).
        UserStart.complete(lowered, network, values);
        return new Start(values, conflicts, repair.repaired());
    }

    /**
     * The pattern table of layer l by forward pass: {@code t[p, k] = step(W[k] . p + b[k])} and
     * {@code z[p] = 1} iff no unit takes pattern p in layer l-1.
     */
    private static void table(double[] values, PatternTable table, Network network, int[][][] activations,
                              IrLayer layer, List<String> conflicts) {
        int l = layer.index();
        int d = layer.fanIn();
        boolean[] used = new boolean[1 << d];
        for (int[][] unit : activations) {
            int p = 0;
            for (int j = 0; j < d; j++) {
                p |= unit[l - 1][j] << j;
            }
            used[p] = true;
        }
        for (int p = 0; p < 1 << d; p++) {
            double[] pattern = new double[d];
            for (int j = 0; j < d; j++) {
                pattern[j] = p >> j & 1;
            }
            for (int k = 0; k < layer.width(); k++) {
                int value = ForwardPass.step(network.weights()[l][k], network.biases()[l][k], pattern);
                int local = table.table().family().localIndex(k, p);
                if (!used[p] && table.table().isConstant(local)) {
                    continue; // an unreachable pattern's constant: no unit reads it
                }
                put(values, table.table(), local, value, conflicts);
            }
            if (!table.unused().isConstant(p)) {
                values[table.unused().column(p)] = used[p] ? 0 : 1;
            }
        }
    }

    /**
     * Sets the column behind a member so that the member takes {@code value}: a member that is a
     * column (possibly scaled, as {@code s = w u} for a fixed weight) gets
     * {@code (value - constant) / coef}; a constant member is checked instead.
     */
    private static void put(double[] values, Refs refs, int local, double value, List<String> conflicts) {
        if (refs.isConstant(local)) {
            if (Math.abs(refs.constant(local) - value) > 1e-9) {
                conflicts.add(refs.family().memberName(local) + " is fixed to " + refs.constant(local)
                        + " but the network gives " + value);
            }
            return;
        }
        if (refs.coefficient(local) != 1 || refs.constant(local) != 0) {
            // A scaled alias (s = w u with w fixed): the column is another family's member and
            // is set when that family is visited.
            return;
        }
        values[refs.column(local)] = value;
    }
}
