package io.bdnn.network;

/**
 * The exact forward pass: the semantics every trained network is checked against.
 *
 * <p>{@code h^l_k = 1} iff {@code a = sum_j W^l_kj h^{l-1}_j + b^l_k > 0}. The sum is taken in
 * double arithmetic; a result within floating-point rounding noise of zero,
 * {@code |a| <= 1e-12 * (sum_j |W_kj h_j| + |b_k|)}, counts as zero (inactive), so that data
 * values such as 1/9 + 2/9 - 3/9 do not fire a neuron through round-off. The band is six orders
 * of magnitude below any solver tolerance, so it never hides a real disagreement with the MILP.
 */
public final class ForwardPass {
    /** Relative size of the rounding-noise band around zero. */
    public static final double NOISE = 1e-12;

    private ForwardPass() {
    }

    /** The activations of every layer for one (scaled) input: {@code result[l][k]} is 0 or 1. */
    public static int[][] activations(Network network, double[] input) {
        int[][] result = new int[network.depth()][];
        double[] previous = input;
        for (int layer = 0; layer < network.depth(); layer++) {
            double[][] weights = network.weights()[layer];
            double[] biases = network.biases()[layer];
            int[] active = new int[weights.length];
            double[] next = new double[weights.length];
            for (int k = 0; k < weights.length; k++) {
                active[k] = step(weights[k], biases[k], previous);
                next[k] = active[k];
            }
            result[layer] = active;
            previous = next;
        }
        return result;
    }

    /** {@code step(w . h + b)}, with the rounding-noise band counted as zero. */
    public static int step(double[] weights, double bias, double[] inputs) {
        double sum = bias;
        double magnitude = Math.abs(bias);
        for (int j = 0; j < weights.length; j++) {
            double product = weights[j] * inputs[j];
            sum += product;
            magnitude += Math.abs(product);
        }
        return sum > NOISE * magnitude ? 1 : 0;
    }

    /** The predicted class: the first index of the largest output, 0 when all are zero. */
    public static int predict(int[] outputs) {
        int best = 0;
        for (int k = 1; k < outputs.length; k++) {
            if (outputs[k] > outputs[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Hamming distance between the output vector and the one-hot label. */
    public static int hamming(int[] outputs, int label) {
        int loss = 0;
        for (int k = 0; k < outputs.length; k++) {
            loss += Math.abs((k == label ? 1 : 0) - outputs[k]);
        }
        return loss;
    }

    /** Loss, accuracy and confusion matrix on scaled inputs {@code x} with class indices {@code y}. */
    public static Evaluation evaluate(Network network, String split, double[][] x, int[] y) {
        int classes = network.width(network.depth() - 1);
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            int[][] activations = activations(network, x[i]);
            int[] outputs = activations[activations.length - 1];
            int predicted = predict(outputs);
            loss += hamming(outputs, y[i]);
            if (predicted == y[i]) {
                correct++;
            }
            confusion[y[i]][predicted]++;
        }
        return new Evaluation(split, x.length, loss, correct, confusion);
    }
}
