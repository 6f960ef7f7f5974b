package io.bdnn.training.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The closed-form neuron of the initial network: its threshold is the best one, and it separates what is separable. */
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
        Discriminant neuron = Discriminant.of(inputs, positive, Domain.integer(-1, 1));
        assertThat(neuron.correct()).isEqualTo(40);
        assertThat(neuron.weights()).containsExactly(1, -1, 0);
    }
}
