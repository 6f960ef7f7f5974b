package io.bdnn.training.localsearch;

import io.bdnn.network.Domain;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One step neuron that separates a set of points ({@code positive}) from the others, built in
 * closed form: the direction of Fisher's linear discriminant, quantised to the weight domain,
 * with the threshold that classifies the most points correctly.
 *
 * <ul>
 *   <li>Direction: {@code d = (S + r I)^-1 (m1 - m0)}, with m1 and m0 the means of the two sides,
 *       S the pooled within-side covariance and the ridge r = 0.1 times its mean diagonal plus
 *       1e-9 (so constant features and small samples stay solvable).</li>
 *   <li>Weights: for continuous weights, d scaled so that its largest entry reaches the domain's
 *       bound; for integer weights with bound P, {@code clip(round(P d / (f max|d|)))} for f in
 *       0.1..1, the entries below a fraction of the largest becoming 0, whichever candidate
 *       classifies best.</li>
 *   <li>Bias: with scores {@code s_i = w . h_i} sorted, the neuron fires for {@code s > t};
 *       t is the midpoint between two consecutive distinct scores that classifies the most
 *       points correctly (the Hamming loss of one output neuron), and {@code b = -t}.</li>
 * </ul>
 *
 * @param weights the weights in the domain
 * @param bias    the unrounded bias {@code -t}
 * @param correct how many points the neuron classifies correctly
 */
record Discriminant(double[] weights, double bias, int correct) {
    private static final double RIDGE = 0.1;
    private static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0};

    static Discriminant of(double[][] inputs, boolean[] positive, Domain weights) {
        double[] direction = fisher(inputs, positive);
        double largest = 0;
        for (double value : direction) {
            largest = Math.max(largest, Math.abs(value));
        }
        double reach = Math.min(Math.abs(weights.lo()), Math.abs(weights.hi()));
        Discriminant best = null;
        double[] fractions = weights.isInteger() ? FRACTIONS : new double[] {1.0};
        for (double fraction : fractions) {
            double[] w = new double[direction.length];
            for (int j = 0; j < w.length; j++) {
                double value = largest == 0 ? 0 : reach * direction[j] / (fraction * largest);
                if (weights.isInteger()) {
                    value = Math.rint(value);
                }
                w[j] = Math.max(weights.lo(), Math.min(weights.hi(), value));
            }
            Discriminant candidate = threshold(inputs, positive, w);
            if (best == null || candidate.correct > best.correct) {
                best = candidate;
            }
        }
        return best;
    }

    /** {@code (S + r I)^-1 (m1 - m0)}; the mean difference alone when a side is empty. */
    static double[] fisher(double[][] inputs, boolean[] positive) {
        int n = inputs.length == 0 ? 0 : inputs[0].length;
        double[][] means = new double[2][n];
        int[] counts = new int[2];
        for (int i = 0; i < inputs.length; i++) {
            int side = positive[i] ? 1 : 0;
            counts[side]++;
            for (int j = 0; j < n; j++) {
                means[side][j] += inputs[i][j];
            }
        }
        double[] difference = new double[n];
        for (int j = 0; j < n; j++) {
            means[0][j] /= Math.max(1, counts[0]);
            means[1][j] /= Math.max(1, counts[1]);
            difference[j] = means[1][j] - means[0][j];
        }
        if (counts[0] == 0 || counts[1] == 0) {
            return difference;
        }
        double[][] scatter = new double[n][n];
        double[] centred = new double[n];
        for (int i = 0; i < inputs.length; i++) {
            double[] mean = means[positive[i] ? 1 : 0];
            for (int j = 0; j < n; j++) {
                centred[j] = inputs[i][j] - mean[j];
            }
            for (int j = 0; j < n; j++) {
                for (int q = j; q < n; q++) {
                    scatter[j][q] += centred[j] * centred[q];
                }
            }
        }
        double trace = 0;
        for (int j = 0; j < n; j++) {
            for (int q = j; q < n; q++) {
                scatter[j][q] /= inputs.length;
                scatter[q][j] = scatter[j][q];
            }
            trace += scatter[j][j];
        }
        double ridge = RIDGE * trace / Math.max(1, n) + 1e-9;
        for (int j = 0; j < n; j++) {
            scatter[j][j] += ridge;
        }
        RealMatrix matrix = new Array2DRowRealMatrix(scatter, false);
        return new CholeskyDecomposition(matrix, 1e-12, 1e-15).getSolver()
                .solve(new ArrayRealVector(difference, false)).toArray();
    }

    /** The threshold between consecutive distinct scores that classifies the most points correctly. */
    static Discriminant threshold(double[][] inputs, boolean[] positive, double[] w) {
        int m = inputs.length;
        double[] scores = new double[m];
        Integer[] order = new Integer[m];
        int positives = 0;
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < w.length; j++) {
                sum += w[j] * inputs[i][j];
            }
            scores[i] = sum;
            order[i] = i;
            positives += positive[i] ? 1 : 0;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // Threshold below every score: all fire, the positives are right.
        int correct = positives;
        int bestCorrect = correct;
        double bestT = m == 0 ? 0 : scores[order[0]] - 1;
        for (int r = 0; r < m; r++) {
            correct += positive[order[r]] ? -1 : 1; // order[r] now at or below t: it stops firing
            boolean boundary = r == m - 1 || scores[order[r + 1]] > scores[order[r]];
            if (boundary && correct > bestCorrect) {
                bestCorrect = correct;
                bestT = r == m - 1 ? scores[order[r]] + 1 : (scores[order[r]] + scores[order[r + 1]]) / 2;
            }
        }
        return new Discriminant(w, -bestT, bestCorrect);
    }
}
