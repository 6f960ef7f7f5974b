package io.bdnn.training.localsearch;

import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The network local search starts from when none is given; cheap, deterministic for a seed, and
 * informative enough that the first MILPs improve on it rather than search from nothing.
 *
 * <ul>
 *   <li>Hidden neuron k of each hidden layer, for k below the number of classes K, detects class
 *       k against the rest (with two classes, neuron 0 detects class 1): a {@link Discriminant}
 *       on the layer's inputs (the data, or the previous layer's activations). With K classes
 *       and at least K hidden neurons, the output layer can read the class off the detectors.</li>
 *   <li>With more than two classes, the next hidden neurons separate the class pairs the
 *       detectors confuse most (points of class a firing the detector of b, or the reverse): a
 *       {@link Discriminant} of a against b fitted on the points of a and b only, for the output
 *       layer to tell them apart where both detectors fire.</li>
 *   <li>The remaining hidden neurons bisect two random training points p and q of different
 *       classes: weights {@code p - q} scaled to the weight domain (rounded for integer weights),
 *       bias putting the midpoint {@code (p + q) / 2} on the threshold, {@code b = -W (p + q) / 2}.
 *       They add diverse directions for the search to reshape.</li>
 *   <li>Output neuron k is a {@link Discriminant} of class k against the rest on the last hidden
 *       layer's activations.</li>
 * </ul>
 * Biases are rounded up for integer biases (exact for integral scores: {@code s > t} with t a
 * half-integer), clamped to a declared range, and 0 without bias.
 */
public final class InitialNetwork {
    private InitialNetwork() {
    }

    public static Network of(NetworkSpec spec, double[][] x, int[] y, Network.Scaling scaling,
                             List<String> classLabels, long seed) {
        Random random = new Random(seed);
        int depth = spec.depth();
        int classes = classLabels.size();
        double[][][] weights = new double[depth][][];
        double[][] biases = new double[depth][];
        List<String> names = new ArrayList<>();
        double[][] inputs = x;
        for (int l = 0; l < depth; l++) {
            names.add(spec.layer(l).name());
            int width = spec.layer(l).width();
            weights[l] = new double[width][];
            biases[l] = new double[width];
            List<int[]> pairs = null;
            ClassMoments moments = ClassMoments.of(inputs, y, classes);
            for (int k = 0; k < width; k++) {
                int detected = l == depth - 1 ? k : classes == 2 ? (k == 0 ? 1 : -1) : k < classes ? k : -1;
                if (detected < 0 && classes > 2 && pairs == null) {
                    pairs = confusedPairs(weights[l], biases[l], inputs, y, classes);
                }
                int extra = k - classes;
                double bias;
                if (detected >= 0 || (pairs != null && extra < pairs.size())) {
                    Discriminant neuron = detected >= 0
                            ? Discriminant.of(inputs, members(y, detected), moments.fisher(oneAgainstRest(classes,
                                    detected)), spec.weights())
                            : pairwise(inputs, y, pairs.get(extra), moments, spec.weights());
                    weights[l][k] = neuron.weights();
                    bias = spec.bias().isInteger() ? Math.ceil(neuron.bias()) : neuron.bias();
                } else {
                    int[] pair = pair(y, random);
                    weights[l][k] = scaled(difference(inputs[pair[0]], inputs[pair[1]]), spec.weights());
                    bias = -dot(weights[l][k], midpoint(inputs[pair[0]], inputs[pair[1]]));
                    bias = spec.bias().isInteger() ? Math.floor(bias) : bias;
                }
                biases[l][k] = bias(spec.bias(), bias);
            }
            inputs = next(weights[l], biases[l], inputs);
        }
        return new Network(names, weights, biases, scaling, classLabels);
    }

    /**
     * The class pairs (a, b) the detectors confuse, most often first: how many points of class a
     * fire detector b, plus of b firing a; pairs never confused are left out.
     */
    private static List<int[]> confusedPairs(double[][] weights, double[] biases, double[][] inputs, int[] y,
                                             int classes) {
        int[][] confused = new int[classes][classes];
        for (int i = 0; i < inputs.length; i++) {
            for (int k = 0; k < classes; k++) {
                if (k != y[i] && ForwardPass.step(weights[k], biases[k], inputs[i]) == 1) {
                    confused[Math.min(k, y[i])][Math.max(k, y[i])]++;
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < classes; a++) {
            for (int b = a + 1; b < classes; b++) {
                if (confused[a][b] > 0) {
                    pairs.add(new int[] {a, b, confused[a][b]});
                }
            }
        }
        pairs.sort((p, q) -> Integer.compare(q[2], p[2]));
        return pairs;
    }

    /** A discriminant of class a against class b, fitted (direction and threshold) on their points only. */
    private static Discriminant pairwise(double[][] inputs, int[] y, int[] pair, ClassMoments moments,
                                         Domain weights) {
        int[] side = new int[moments.classes()];
        side[pair[0]] = 1;
        side[pair[1]] = -1;
        int[] members = IntStream.range(0, inputs.length).filter(i -> y[i] == pair[0] || y[i] == pair[1]).toArray();
        double[][] points = new double[members.length][];
        boolean[] positive = new boolean[members.length];
        for (int p = 0; p < members.length; p++) {
            points[p] = inputs[members[p]];
            positive[p] = y[members[p]] == pair[0];
        }
        return Discriminant.of(points, positive, moments.fisher(side), weights);
    }

    /** Class {@code k} on the positive side, every other class on the negative one. */
    private static int[] oneAgainstRest(int classes, int k) {
        int[] side = new int[classes];
        Arrays.fill(side, -1);
        side[k] = 1;
        return side;
    }

    /** Which points are of class {@code label}. */
    private static boolean[] members(int[] y, int label) {
        boolean[] members = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            members[i] = y[i] == label;
        }
        return members;
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

    /** The bias in its domain: 0 without bias, clamped to a declared range (already rounded). */
    private static double bias(Domain domain, double value) {
        if (domain.isNone()) {
            return 0;
        }
        return domain.declaredRange() ? Math.max(domain.lo(), Math.min(domain.hi(), value)) : value;
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
