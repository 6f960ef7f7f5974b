package io.bdnn.training;

import static io.bdnn.training.UserModelFiles.oneInput;
import static io.bdnn.training.UserModelFiles.optimal;
import static io.bdnn.training.UserModelFiles.train;
import static io.bdnn.training.UserModelFiles.xor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.testing.ProjectFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every objective on a model whose optimum is worked out by hand, solved by SCIP to a zero gap
 * and checked by the forward pass (which recomputes the objective from the trained network).
 * Most use {@link UserModelFiles#ONE_INPUT}: x = 0 of class 1, x = 1 of class 2, outputs
 * {@code a_k(0) = b_k}, {@code a_k(1) = w_k + b_k}.
 */
class ObjectivesTest {
    private static final String TERNARY = "integer in [-1, 1]";
    private static final String SMALL_BIAS = "integer in [-2, 2]";

    @TempDir
    Path folder;

    @Test
    void misclassifiedCountsWrongPredictionsExactly() {
        // XOR with one hidden step neuron: the outputs are functions of one threshold of the
        // inputs, which can separate at most 3 of the 4 samples correctly.
        TrainingResult result = optimal(train(xor(folder, 1, "loss misclassified")));
        assertThat(result.solve().objective()).isEqualTo(1.0);
        assertThat(result.train().correct()).isEqualTo(3);
        assertThat(result.check().forwardLoss()).isEqualTo(1.0);
        // Two hidden neurons fit XOR.
        assertThat(optimal(train(xor(folder, 2, "loss misclassified"))).solve().objective()).isZero();
    }

    @Test
    void hingeNeedsBiggerWeightsToReachItsMargin() {
        // Neuron 1 wants a(0) = b >= 1 and a(1) = w + b <= -1, so w <= -2; with w in [-1, 1] the
        // best is w = -1, b in [0, 1]: max(0, 1 - b) + max(0, 1 + w + b) = 1. Neuron 2 is the
        // mirror image. So the optimum is 2 for ternary weights and 0 for weights in [-2, 2].
        TrainingResult ternary = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, "loss hinge margin 1")));
        assertThat(ternary.solve().objective()).isEqualTo(2.0);
        assertThat(ternary.check().forwardLoss()).isEqualTo(2.0);
        TrainingResult wider = optimal(train(oneInput(folder, "integer in [-2, 2]", SMALL_BIAS,
                "loss hinge margin 1")));
        assertThat(wider.solve().objective()).isZero();
        assertThat(wider.train().correct()).isEqualTo(2);
    }

    @Test
    void maxMarginMaximisesTheSmallestDistanceFromTheThreshold() {
        // Alone: each neuron's margins are |b| and |w + b|; b = +-2 with w = 0 gives 2, and no
        // margin can exceed the bias bound 2 at x = 0. The term is -gamma.
        TrainingResult alone = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, "loss max_margin")));
        assertThat(alone.solve().objective()).isEqualTo(-2.0);
        // With every sample right first (continuous weights): either output 1 fires at x = 0
        // only (b1 >= 0, w1 + b1 <= 0, best w1 = -1, b1 = 0.5) or output 2 at x = 1 only (mirror):
        // the smallest margin is 0.5 either way.
        TrainingResult staged = optimal(train(oneInput(folder, "continuous in [-1, 1]", "continuous in [-2, 2]",
                "loss lexicographic { first misclassified, then max_margin }")));
        assertThat(staged.solve().objective()).isCloseTo(-0.5, within(1e-6));
        assertThat(staged.check().forwardLoss()).isCloseTo(-0.5, within(1e-3));
        assertThat(staged.train().correct()).isEqualTo(2);
    }

    @Test
    void minWeightAndMinNonzeroAfterClassifyingEverySample() {
        // Alone, all weights 0 is optimal. After misclassified = 0 one weight must be nonzero
        // (with all weights 0 both samples get the same outputs), and one suffices: output 2
        // with w = 1, b = 0 fires at x = 1 only, output 1 never fires. So L1 = L0 = 1.
        assertThat(optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, "loss min_weight"))).solve().objective())
                .isZero();
        for (String term : new String[] {"min_weight", "min_nonzero"}) {
            TrainingResult result = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS,
                    "loss lexicographic { first misclassified, then " + term + " }")));
            assertThat(result.solve().objective()).as(term).isEqualTo(1.0);
            assertThat(result.train().correct()).as(term).isEqualTo(2);
            assertThat(result.solve().message()).isEqualTo("lexicographic stages reached 0, then 1");
        }
    }

    @Test
    void minNonzeroCountsContinuousWeightsToo() {
        TrainingResult result = optimal(train(oneInput(folder, "continuous in [-1, 1]", "continuous in [-2, 2]",
                "loss lexicographic { first misclassified, then min_nonzero }")));
        assertThat(result.solve().objective()).isEqualTo(1.0);
        long nonzero = java.util.Arrays.stream(result.network().weights()[0]).flatMapToDouble(java.util.Arrays::stream)
                .filter(weight -> weight != 0).count();
        assertThat(nonzero).isEqualTo(1);
    }

    @Test
    void weightedTermsAddUp() {
        // hamming + 0.5 min_nonzero: all weights 0 gives equal outputs, Hamming 2 at best (cost 2);
        // one nonzero weight leaves one output constant and a wrong bit, 1 + 0.5; two nonzero
        // weights (w1 = -1, b1 = 1; w2 = 1, b2 = 0) fit both samples, 0 + 1. The optimum is 1.
        TrainingResult result = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, "loss hamming + 0.5 min_nonzero")));
        assertThat(result.solve().objective()).isEqualTo(1.0);
        assertThat(result.train().loss()).isZero();
        // A named objective term weighs like a built-in one: 0 errors need one active neuron.
        TrainingResult named = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, """
                  loss misclassified + 0.25 used
                  objective used: sum(k in output) active(output, k)
                """)));
        assertThat(named.solve().objective()).isEqualTo(0.25);
    }

    @Test
    void regularizeAddsItsL1PenaltyToEveryStage() {
        // misclassified + 0.1 sum |W|: 0 errors need one nonzero weight, which costs 0.1.
        TrainingResult result = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, """
                  loss misclassified
                  regularize l1 0.1
                """)));
        assertThat(result.solve().objective()).isCloseTo(0.1, within(1e-9));
        assertThat(result.check().milpObjective()).isZero();
        // In a staged loss the penalty joins each stage; the stage's own optimum is what is fixed.
        TrainingResult staged = optimal(train(oneInput(folder, TERNARY, SMALL_BIAS, """
                  loss lexicographic { first misclassified, then min_nonzero }
                  regularize l1 0.1
                """)));
        assertThat(staged.check().milpObjective()).isEqualTo(1.0);
        assertThat(staged.solve().objective()).isCloseTo(1.1, within(1e-9));
    }

    @Test
    void theLexicographicExampleModelFitsXorWithSixNonzeroWeights() {
        // Proven optimal by SCIP and confirmed network by the forward pass. By hand only a weaker
        // bound is quick: the hidden layer must make XOR separable, so one hidden neuron reads
        // both inputs and another at least one, and an output reads two hidden neurons: >= 5.
        TrainingResult result = optimal(train(ProjectFiles.model("lexicographic.bdnn")));
        assertThat(result.train().correct()).isEqualTo(4);
        assertThat(result.solve().objective()).isEqualTo(6.0);
    }
}
