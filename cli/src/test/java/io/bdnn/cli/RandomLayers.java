package io.bdnn.cli;

import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Random step layers for the verification tests: ternary weights; first-layer biases that put each
 * neuron's threshold inside the data's range (scaled inputs in [0, 1], so the threshold is near half
 * the weight sum); deeper biases integral (a = 0 is reachable: the exact margin matters) or, when
 * {@code half} says so, half-integral.
 */
record RandomLayers(double[][][] weights, double[][] biases) {

    /** Layers of {@code widths} (inputs first), drawn from {@code random} in a fixed order. */
    static RandomLayers draw(Random random, int[] widths, BooleanSupplier half) {
        int depth = widths.length - 1;
        double[][][] weights = new double[depth][][];
        double[][] biases = new double[depth][];
        for (int l = 0; l < depth; l++) {
            weights[l] = new double[widths[l + 1]][widths[l]];
            biases[l] = new double[widths[l + 1]];
            for (int k = 0; k < widths[l + 1]; k++) {
                double sum = 0;
                for (int j = 0; j < widths[l]; j++) {
                    weights[l][k][j] = random.nextInt(3) - 1;
                    sum += weights[l][k][j];
                }
                // b = -sum/2 + u, u uniform in (-0.2, 0.2); deeper: b in {-1, 0, 1} (+ 1/2).
                biases[l][k] = l == 0 ? -0.5 * sum + 0.4 * (random.nextDouble() - 0.5)
                        : random.nextInt(3) - 1 + (half.getAsBoolean() ? 0.5 : 0);
            }
        }
        return new RandomLayers(weights, biases);
    }
}
