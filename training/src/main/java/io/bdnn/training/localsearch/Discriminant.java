package io.bdnn.training.localsearch;

import io.bdnn.network.Domain;
import java.util.Arrays;

/**
 * One step neuron that separates a set of points ({@code positive}) from the others, built in
 * closed form: the direction of Fisher's linear discriminant, quantised to the weight domain,
 * with the threshold that classifies the most points correctly.
 *
 * <ul>
 *   <li>Direction: Fisher's {@code d = (S + r I)^-1 (m1 - m0)}, from {@link ClassMoments}.</li>
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
    private static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0};

    /** The neuron along {@code direction} that best separates the {@code positive} points of {@code inputs}. */
    static Discriminant of(double[][] inputs, boolean[] positive, double[] direction, Domain weights) {
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
