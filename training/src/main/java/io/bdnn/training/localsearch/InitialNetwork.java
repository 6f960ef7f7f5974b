package io.bdnn.training.localsearch;

import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The network local search starts from when none is given; cheap, deterministic for a seed, and
 * informative enough that the first MILPs improve on it rather than search from nothing.
 *
 * <ul>
 *   <li>Each hidden neuron bisects two random training points p and q of different classes: its
 *       weights are {@code p - q} scaled to the weight domain (rounded for integer weights) and
 *       its bias puts the midpoint {@code (p + q) / 2} on the threshold, {@code b = -W (p + q) / 2}.
 *       Deeper hidden layers do the same on the previous layer's activations.</li>
 *   <li>Output neuron k compares class k with the rest: weights {@code mean_k(h) - mean_rest(h)}
 *       scaled to the domain, bias midway between the two classes' mean scores.</li>
 * </ul>
 * Biases are rounded for integer biases, clamped to a declared range, and 0 without bias.
 */
public final class InitialNetwork {
    private InitialNetwork() {
    }

    public static Network of(NetworkSpec spec, double[][] x, int[] y, Network.Scaling scaling,
                             List<String> classLabels, long seed) {
        Random random = new Random(seed);
        int depth = spec.depth();
        double[][][] weights = new double[depth][][];
        double[][] biases = new double[depth][];
        List<String> names = new ArrayList<>();
        double[][] inputs = x;
        for (int l = 0; l < depth; l++) {
            names.add(spec.layer(l).name());
            int width = spec.layer(l).width();
            weights[l] = new double[width][];
            biases[l] = new double[width];
            for (int k = 0; k < width; k++) {
                double[] direction;
                double[] centre;
                if (l == depth - 1) {
                    double[][] means = classMeans(inputs, y, k);
                    direction = difference(means[0], means[1]);
                    centre = midpoint(means[0], means[1]);
                } else {
                    int[] pair = pair(y, random);
                    direction = difference(inputs[pair[0]], inputs[pair[1]]);
                    centre = midpoint(inputs[pair[0]], inputs[pair[1]]);
                }
                weights[l][k] = scaled(direction, spec.weights());
                biases[l][k] = bias(spec.bias(), -dot(weights[l][k], centre));
            }
            inputs = next(weights[l], biases[l], inputs);
        }
        return new Network(names, weights, biases, scaling, classLabels);
    }

    /** Two random points of different classes (any two when all share one class). */
    private static int[] pair(int[] y, Random random) {
        int first = random.nextInt(y.length);
        for (int attempt = 0; attempt < 100; attempt++) {
            int second = random.nextInt(y.length);
            if (y[second] != y[first]) {
                return new int[] {first, second};
            }
        }
        return new int[] {first, random.nextInt(y.length)};
    }

    /** The mean of the points of class k and the mean of the others. */
    private static double[][] classMeans(double[][] inputs, int[] y, int k) {
        int width = inputs.length == 0 ? 0 : inputs[0].length;
        double[][] means = new double[2][width];
        int[] counts = new int[2];
        for (int i = 0; i < inputs.length; i++) {
            int side = y[i] == k ? 0 : 1;
            counts[side]++;
            for (int j = 0; j < width; j++) {
                means[side][j] += inputs[i][j];
            }
        }
        for (int side = 0; side < 2; side++) {
            for (int j = 0; j < width; j++) {
                means[side][j] /= Math.max(1, counts[side]);
            }
        }
        return means;
    }

    /** {@code direction} scaled so that its largest entry reaches the domain's bound, rounded for integers. */
    private static double[] scaled(double[] direction, Domain domain) {
        double largest = 0;
        for (double value : direction) {
            largest = Math.max(largest, Math.abs(value));
        }
        double reach = Math.min(Math.abs(domain.lo()), Math.abs(domain.hi()));
        double[] weights = new double[direction.length];
        for (int j = 0; j < direction.length; j++) {
            double value = largest == 0 ? 0 : direction[j] / largest * reach;
            if (domain.isInteger()) {
                value = Math.rint(value);
            }
            weights[j] = Math.max(domain.lo(), Math.min(domain.hi(), value));
        }
        return weights;
    }

    private static double bias(Domain domain, double value) {
        if (domain.isNone()) {
            return 0;
        }
        double result = domain.isInteger() ? Math.floor(value) : value;
        return domain.declaredRange() ? Math.max(domain.lo(), Math.min(domain.hi(), result)) : result;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] result = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            result[j] = a[j] - b[j];
        }
        return result;
    }

    private static double[] midpoint(double[] a, double[] b) {
        double[] result = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            result[j] = (a[j] + b[j]) / 2;
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double[][] next(double[][] weights, double[] biases, double[][] inputs) {
        double[][] outputs = new double[inputs.length][weights.length];
        for (int i = 0; i < inputs.length; i++) {
            for (int k = 0; k < weights.length; k++) {
                outputs[i][k] = ForwardPass.step(weights[k], biases[k], inputs[i]);
            }
        }
        return outputs;
    }
}
