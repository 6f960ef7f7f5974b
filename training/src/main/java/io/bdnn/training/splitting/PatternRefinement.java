package io.bdnn.training.splitting;

import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides subsets of training points by a network's activation patterns, so that the network is
 * a solution of the grouped MILP on any batch.
 *
 * <p>The grouped MILP gives every subset one binary per (layer, neuron): a network is admissible
 * only if all points of a subset in the MILP's batch share its activations in every layer. A MILP
 * on a batch constrains its network on that batch alone, so a later batch (drawn anew) may hold
 * points of one subset that the network puts on different patterns; the network then violates
 * those points' step rows and is lost as a MIP start. Refining every subset {@code S} into the
 * classes {@code {i in S : pattern(i) = p}} over all training points restores the invariant
 * "each subset has one pattern under the current network", whatever the batch.
 */
final class PatternRefinement {
    private PatternRefinement() {
    }

    /**
     * Replaces each subset that the network's patterns divide by its pattern classes (the class
     * of the subset's first point in its place, the others appended, in order of first point);
     * returns how many subsets were added.
     */
    static int refine(List<int[]> subsets, Network network, double[][] x) {
        int before = subsets.size();
        int count = subsets.size();
        for (int s = 0; s < count; s++) {
            Map<Pattern, List<Integer>> classes = new LinkedHashMap<>();
            for (int point : subsets.get(s)) {
                classes.computeIfAbsent(Pattern.of(network, x[point]), key -> new ArrayList<>()).add(point);
            }
            if (classes.size() == 1) {
                continue;
            }
            boolean first = true;
            for (List<Integer> members : classes.values()) {
                int[] array = members.stream().mapToInt(Integer::intValue).toArray();
                if (first) {
                    subsets.set(s, array);
                    first = false;
                } else {
                    subsets.add(array);
                }
            }
        }
        return subsets.size() - before;
    }

    /** Whether every subset has one activation pattern under the network. */
    static boolean consistent(List<int[]> subsets, Network network, double[][] x) {
        for (int[] subset : subsets) {
            Pattern first = Pattern.of(network, x[subset[0]]);
            for (int point : subset) {
                if (!first.equals(Pattern.of(network, x[point]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The activations of every layer at one point, flattened, as a map key. */
    private record Pattern(byte[] bits) {
        static Pattern of(Network network, double[] point) {
            int[][] activations = ForwardPass.activations(network, point);
            int length = 0;
            for (int[] layer : activations) {
                length += layer.length;
            }
            byte[] bits = new byte[length];
            int at = 0;
            for (int[] layer : activations) {
                for (int value : layer) {
                    bits[at++] = (byte) value;
                }
            }
            return new Pattern(bits);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pattern pattern && Arrays.equals(bits, pattern.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return Arrays.toString(bits);
        }
    }
}
