package io.bdnn.training.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The closed-form neuron of the initial network: its direction is Fisher's, its threshold the best
 * one, and it separates what is separable.
 */
class DiscriminantTest {

    /**
     * Over every threshold a step neuron can have (below all scores, between two distinct ones,
     * above all), none classifies more points correctly than the one chosen, and the neuron
     * with the chosen bias classifies exactly as many as it claims.
     */
    @Property(tries = 300)
    void theChosenThresholdIsTheBest(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = -3, max = 3) Integer> scores,
                                     @ForAll @Size(min = 12, max = 12) List<Boolean> labels) {
        int m = scores.size();
        double[][] inputs = new double[m][1];
        boolean[] positive = new boolean[m];
        for (int i = 0; i < m; i++) {
            inputs[i][0] = scores.get(i);
            positive[i] = labels.get(i);
        }
        Discriminant chosen = Discriminant.threshold(inputs, positive, new double[] {1});
        assertThat(correct(inputs, positive, chosen.bias())).isEqualTo(chosen.correct());
        for (double t = -4.5; t <= 4.5; t += 0.5) {
            assertThat(correct(inputs, positive, -t)).isLessThanOrEqualTo(chosen.correct());
        }
    }

    private static int correct(double[][] inputs, boolean[] positive, double bias) {
        int correct = 0;
        for (int i = 0; i < inputs.length; i++) {
            boolean fires = ForwardPass.step(new double[] {1}, bias, inputs[i]) == 1;
            correct += fires == positive[i] ? 1 : 0;
        }
        return correct;
    }

    /**
     * The direction from the class moments equals Fisher's direction computed from the points
     * directly (pooled within-side scatter by a second pass over the points of the two sides).
     */
    @Property(tries = 100)
    void momentsGiveFishersDirection(@ForAll("points") double[][] inputs, @ForAll @IntRange(min = 0, max = 3) int a,
                                     @ForAll @IntRange(min = 0, max = 3) int b) {
        int[] y = new int[inputs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i * 7 + 3) % 4;
        }
        int[] side = new int[4];
        side[a] = 1;
        if (b != a) {
            side[b] = -1;
        } else {
            Arrays.fill(side, -1);
            side[a] = 1;
        }
        double[] expected = direct(inputs, y, side);
        double[] actual = ClassMoments.of(inputs, y, 4).fisher(side);
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual[j]).isCloseTo(expected[j], within(1e-7 * (1 + Math.abs(expected[j]))));
        }
    }

    @Provide
    Arbitrary<double[][]> points() {
        Arbitrary<double[]> row = Arbitraries.doubles().between(-2, 2).array(double[].class).ofSize(3);
        return row.array(double[][].class).ofMinSize(8).ofMaxSize(30);
    }

    /** Fisher's direction the textbook way: means, then the pooled within-side scatter, then a solve. */
    private static double[] direct(double[][] inputs, int[] y, int[] side) {
        int n = inputs[0].length;
        double[][] mean = new double[2][n];
        int[] count = new int[2];
        for (int i = 0; i < inputs.length; i++) {
            if (side[y[i]] != 0) {
                int s = side[y[i]] > 0 ? 0 : 1;
                count[s]++;
                for (int j = 0; j < n; j++) {
                    mean[s][j] += inputs[i][j];
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
        double[][] scatter = new double[n][n];
        for (int i = 0; i < inputs.length; i++) {
            if (side[y[i]] != 0) {
                double[] m = mean[side[y[i]] > 0 ? 0 : 1];
                for (int j = 0; j < n; j++) {
                    for (int q = 0; q < n; q++) {
                        scatter[j][q] += (inputs[i][j] - m[j]) * (inputs[i][q] - m[q]) / (count[0] + count[1]);
                    }
                }
            }
        }
        double trace = 0;
        for (int j = 0; j < n; j++) {
            trace += scatter[j][j];
        }
        for (int j = 0; j < n; j++) {
            scatter[j][j] += 0.1 * trace / n + 1e-9;
        }
        return new LUDecomposition(new Array2DRowRealMatrix(scatter)).getSolver()
                .solve(new ArrayRealVector(difference)).toArray();
    }

    @Test
    void ternaryWeightsSeparateTwoSeparableClouds() {
        // Class 1 has x0 - x1 >= 1, class 0 has x0 - x1 <= -1, with noise in a third feature.
        double[][] inputs = new double[40][];
        boolean[] positive = new boolean[40];
        for (int i = 0; i < 40; i++) {
            double shift = i % 2 == 0 ? 1.5 : -1.5;
            double a = (i % 7) / 7.0;
            inputs[i] = new double[] {a + shift / 2, a - shift / 2, (i * 37 % 11) / 11.0};
            positive[i] = shift > 0;
        }
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            y[i] = positive[i] ? 1 : 0;
        }
        double[] direction = ClassMoments.of(inputs, y, 2).fisher(new int[] {-1, 1});
        Discriminant neuron = Discriminant.of(inputs, positive, direction, Domain.integer(-1, 1));
        assertThat(neuron.correct()).isEqualTo(40);
        assertThat(neuron.weights()).containsExactly(1, -1, 0);
    }
}
