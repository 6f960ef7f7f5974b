package io.bdnn.training.splitting;

import io.bdnn.data.Split;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The forward-pass Hamming loss of each subset of training points under a network, and the order
 * in which the splitting heuristic tries to split them: largest loss first, then larger subsets.
 * Without a network (no MILP has produced one yet) every loss is NaN and size decides.
 */
final class SubsetLosses {
    private final double[] losses;
    private final List<int[]> subsets;

    private SubsetLosses(double[] losses, List<int[]> subsets) {
        this.losses = losses;
        this.subsets = subsets;
    }

    static SubsetLosses of(Network network, Split train, List<int[]> subsets) {
        double[] losses = new double[subsets.size()];
        for (int s = 0; s < subsets.size(); s++) {
            if (network == null) {
                losses[s] = Double.NaN;
                continue;
            }
            for (int point : subsets.get(s)) {
                int[][] activations = ForwardPass.activations(network, train.x()[point]);
                losses[s] += ForwardPass.hamming(activations[activations.length - 1], train.y()[point]);
            }
        }
        return new SubsetLosses(losses, subsets);
    }

    double loss(int subset) {
        return losses[subset];
    }

    /** The total loss over all subsets (NaN without a network). */
    double total() {
        double total = 0;
        for (double loss : losses) {
            total += loss;
        }
        return total;
    }

    /** Subset indices, largest loss first, ties broken by size (larger first), then by index. */
    List<Integer> worstFirst() {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < losses.length; s++) {
            order.add(s);
        }
        Comparator<Integer> byLoss = Comparator.comparingDouble(s -> Double.isNaN(losses[s]) ? 0 : -losses[s]);
        order.sort(byLoss.thenComparingInt(s -> -subsets.get(s).length).thenComparingInt(s -> s));
        return order;
    }
}
