package io.bdnn.training;

import static io.bdnn.training.UserModelFiles.optimal;
import static io.bdnn.training.UserModelFiles.train;
import static io.bdnn.training.UserModelFiles.xor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three constraints of the issue from model files, solved by SCIP, each shown to bind: the
 * optimum with the constraint is worse than without, by the amount worked out by hand, and the
 * forward pass confirms that the trained network satisfies every constraint.
 */
class ConstraintsTest {
    @TempDir
    Path folder;

    @Test
    void theConstraintsModelCostsTwoErrorsForParity() {
        // See the comment at the top of models/constraints.bdnn for the hand proof of 2.
        TrainingResult result = optimal(train(ProjectFiles.model("constraints.bdnn")));
        assertThat(result.solve().objective()).isEqualTo(2.0);
        assertThat(result.train().correct()).isEqualTo(6);
        assertThat(result.check().message()).contains("sparse_inputs holds", "few_neurons holds", "parity holds");
        // The same network's predicted rates of class 1 (label 0) in the two groups, by hand.
        var network = result.network();
        double[][] x = UserModelFiles.compile(ProjectFiles.model("constraints.bdnn")).definition().data().train().x();
        double[] rate = new double[2];
        for (double[] sample : x) {
            int[][] layers = io.bdnn.network.ForwardPass.activations(network, sample);
            if (io.bdnn.network.ForwardPass.predict(layers[layers.length - 1]) == 0) {
                rate[(int) sample[1]] += 0.25;
            }
        }
        assertThat(rate[0]).isEqualTo(rate[1]);
    }

    @Test
    void withoutParityTheSameDataIsFitExactly() throws IOException {
        String text = Files.readString(ProjectFiles.model("constraints.bdnn"));
        int start = text.indexOf("  constraint parity:");
        int end = text.indexOf("<= 0.1", start) + "<= 0.1".length();
        Path file = UserModelFiles.write(folder, "no-parity.bdnn", text.substring(0, start) + text.substring(end));
        assertThat(optimal(train(file)).solve().objective()).isZero();
    }

    /**
     * XOR with four hidden neurons and a budget of active ones. One active neuron (any others are
     * constants) separates 3 of 4 samples at best, as with one hidden neuron; two fit XOR.
     */
    @ParameterizedTest(name = "at most {0} active hidden neurons: {1} misclassified")
    @CsvSource({"1, 1", "2, 0"})
    void fewNeuronsBindsAtOneActiveNeuron(int budget, double optimum) {
        TrainingResult result = optimal(train(xor(folder, 4, """
                  loss misclassified
                  constraint few_neurons: sum(k in hidden) active(hidden, k) <= %d
                """.formatted(budget))));
        assertThat(result.solve().objective()).isEqualTo(optimum);
        long active = java.util.Arrays.stream(result.network().weights()[0])
                .filter(row -> java.util.Arrays.stream(row).anyMatch(weight -> weight != 0)).count();
        assertThat(active).isLessThanOrEqualTo(budget);
    }

    /**
     * XOR with two hidden neurons whose input weights have an L1 budget. Budget 0 makes the hidden
     * layer constant, so every sample gets the same prediction: 2 errors. Budget 1 already fits:
     * h1 = x1 and h2 = x2, output 2 = OR and output 1 = AND, and the prediction (the first active
     * output) is class 2 exactly when OR holds and AND does not, which is XOR.
     */
    @ParameterizedTest(name = "L1 budget {0}: {1} misclassified")
    @CsvSource({"0, 2", "1, 0"})
    void sparseInputsBindsAtBudgetOne(int budget, double optimum) {
        TrainingResult result = optimal(train(xor(folder, 2, """
                  loss misclassified
                  constraint sparse_inputs:
                    forall k in hidden: sum(j in inputs) abs(W[hidden][k, j]) <= %d
                """.formatted(budget))));
        assertThat(result.solve().objective()).isEqualTo(optimum);
        for (double[] row : result.network().weights()[0]) {
            assertThat(Math.abs(row[0]) + Math.abs(row[1])).isLessThanOrEqualTo(budget);
        }
    }
}
