package io.bdnn.training.localsearch;

import io.bdnn.ir.Grouping;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training points the MILP of a neuron block needs, and how they group; both reductions are
 * exact.
 *
 * <ul>
 *   <li>With every other neuron fixed, point i's loss is {@code L_i0} or {@code L_i1} according
 *       to the free neuron's value (forward pass with the neuron forced). A point with
 *       {@code L_i0 = L_i1} adds the same constant to the objective whatever the free weights,
 *       and its activation is a binary no other row constrains, so leaving it out changes no
 *       optimum. Robust training keeps every point: each must stay certified.</li>
 *   <li>Points with the same inputs to the free neuron's layer (the data in layer 1, the fixed
 *       activations of every earlier layer deeper) have the same activations in that layer and
 *       after it, so they form one subset of a {@link Grouping}: one binary per subset instead
 *       of per point.</li>
 * </ul>
 *
 * @param points   the kept training points, increasing
 * @param grouping the subsets of the kept points
 */
record NeuronBlock(int[] points, Grouping grouping) {

    /**
     * The block of neuron {@code neuron} of layer {@code layer} of {@code network} over the
     * training points {@code candidates}.
     *
     * @param keepAll keep points whose loss does not depend on the neuron (robust training)
     */
    static NeuronBlock of(Network network, double[][] x, int[] y, int[] candidates, int layer, int neuron,
                          boolean keepAll) {
        List<Integer> kept = new ArrayList<>();
        Map<String, Integer> subsetOf = new HashMap<>();
        List<Integer> labels = new ArrayList<>();
        for (int i : candidates) {
            int[][] activations = ForwardPass.activations(network, x[i]);
            if (!keepAll && loss(network, activations, layer, neuron, 0, y[i])
                    == loss(network, activations, layer, neuron, 1, y[i])) {
                continue;
            }
            kept.add(i);
            labels.add(subsetOf.computeIfAbsent(inputsKey(x[i], activations, layer), key -> subsetOf.size()));
        }
        return new NeuronBlock(kept.stream().mapToInt(Integer::intValue).toArray(),
                Grouping.of(labels.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The Hamming loss of a point when the neuron is forced to {@code value} (layers before it as computed). */
    private static int loss(Network network, int[][] activations, int layer, int neuron, int value, int label) {
        int[] h = activations[layer].clone();
        h[neuron] = value;
        for (int l = layer + 1; l < network.depth(); l++) {
            double[] inputs = Arrays.stream(h).asDoubleStream().toArray();
            h = new int[network.width(l)];
            for (int k = 0; k < h.length; k++) {
                h[k] = ForwardPass.step(network.weights()[l][k], network.biases()[l][k], inputs);
            }
        }
        return ForwardPass.hamming(h, label);
    }

    /**
     * What decides the point's activations from {@code layer} on: its features in layer 1;
     * deeper, the activations of every earlier layer (all of them, since the grouping also makes
     * the fixed earlier layers' activations per subset, which must agree within a subset).
     */
    private static String inputsKey(double[] x, int[][] activations, int layer) {
        if (layer == 0) {
            return Arrays.toString(x);
        }
        StringBuilder key = new StringBuilder();
        for (int l = 0; l < layer; l++) {
            key.append(Arrays.toString(activations[l])).append('|');
        }
        return key.toString();
    }
}
