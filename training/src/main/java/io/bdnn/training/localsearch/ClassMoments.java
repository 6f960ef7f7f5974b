package io.bdnn.training.localsearch;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * The per-class counts {@code n_c}, sums {@code s_c = sum x} and Gram matrices
 * {@code G_c = sum x x^T} of one layer's inputs, computed in one pass ({@code O(m n^2)}), from which
 * the Fisher direction of any two groups of classes follows in {@code O(K n^2)} plus one solve:
 * the initial network needs one direction per class detector and per confused pair, on the same
 * inputs, and a pass over the points for each would cost {@code O(m n^2)} every time.
 *
 * <p>For sides A and B with {@code n_X = sum_{c in X} n_c}, {@code mu_X = sum s_c / n_X}, the pooled
 * within-side scatter is
 * {@code S = (sum_{c in A u B} G_c - n_A mu_A mu_A^T - n_B mu_B mu_B^T) / (n_A + n_B)} and the
 * direction {@code d = (S + r I)^-1 (mu_A - mu_B)}, with the ridge r = 0.1 times the mean diagonal
 * of S plus 1e-9 (so constant features and small samples stay solvable).
 */
final class ClassMoments {
    private static final double RIDGE = 0.1;

    private final int features;
    private final int[] counts;
    private final double[][] sums;
    private final double[][][] gram;

    private ClassMoments(int features, int[] counts, double[][] sums, double[][][] gram) {
        this.features = features;
        this.counts = counts;
        this.sums = sums;
        this.gram = gram;
    }

    int classes() {
        return counts.length;
    }

    /** The moments of {@code inputs} by class {@code y} (in 0..classes-1). */
    static ClassMoments of(double[][] inputs, int[] y, int classes) {
        int n = inputs.length == 0 ? 0 : inputs[0].length;
        int[] counts = new int[classes];
        double[][] sums = new double[classes][n];
        double[][][] gram = new double[classes][n][n];
        for (int i = 0; i < inputs.length; i++) {
            int c = y[i];
            double[] x = inputs[i];
            counts[c]++;
            for (int j = 0; j < n; j++) {
                sums[c][j] += x[j];
                if (x[j] != 0) {
                    double[] row = gram[c][j];
                    for (int q = j; q < n; q++) {
                        row[q] += x[j] * x[q];
                    }
                }
            }
        }
        return new ClassMoments(n, counts, sums, gram);
    }

    /**
     * Fisher's direction of the classes with {@code side[c] = 1} against those with
     * {@code side[c] = -1} (0: left out); the difference of the means when one side is empty.
     */
    double[] fisher(int[] side) {
        int n = features;
        double[][] mean = new double[2][n];
        int[] count = new int[2];
        double[][] scatter = new double[n][n];
        for (int c = 0; c < counts.length; c++) {
            if (side[c] == 0) {
                continue;
            }
            int s = side[c] > 0 ? 0 : 1;
            count[s] += counts[c];
            for (int j = 0; j < n; j++) {
                mean[s][j] += sums[c][j];
                for (int q = j; q < n; q++) {
                    scatter[j][q] += gram[c][j][q];
                }
            }
        }
        double[] difference = new double[n];
        for (int j = 0; j < n; j++) {
            mean[0][j] /= Math.max(1, count[0]);
            mean[1][j] /= Math.max(1, count[1]);
            difference[j] = mean[0][j] - mean[1][j];
        }
        if (count[0] == 0 || count[1] == 0) {
            return difference;
        }
        int total = count[0] + count[1];
        double trace = 0;
        for (int j = 0; j < n; j++) {
            for (int q = j; q < n; q++) {
                double value = scatter[j][q] - count[0] * mean[0][j] * mean[0][q] - count[1] * mean[1][j] * mean[1][q];
                scatter[j][q] = value / total;
                scatter[q][j] = scatter[j][q];
            }
            trace += scatter[j][j];
        }
        double ridge = RIDGE * Math.max(0, trace) / Math.max(1, n) + 1e-9;
        for (int j = 0; j < n; j++) {
            scatter[j][j] += ridge;
        }
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(scatter, false), 1e-12, 1e-15).getSolver()
                    .solve(new ArrayRealVector(difference, false)).toArray();
        } catch (NonPositiveDefiniteMatrixException e) {
            // Rounding in G - n mu mu^T beyond the ridge (huge unscaled features): the means alone.
            return difference;
        }
    }
}
