package io.bdnn.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact training end to end with the embedded solvers, checked by the forward pass. */
class ExactTrainingTest {
    private static final String XOR_DATA = """
            data {
              inline {
                0 0 : 0
                0 1 : 1
                1 0 : 1
                1 1 : 0
              }
            }
            """;

    @TempDir
    Path folder;

    private TrainingResult train(Path file, SolverOptions override) {
        ModelDefinition definition = Compiler.check(file);
        CompiledModel compiled = Compiler.lower(definition);
        SolverOptions options = override == null ? definition.training().solver() : override;
        return ExactTrainer.train(compiled, new OrToolsSolver(), options);
    }

    private Path xor(int hidden, String weights, String bias, String solver) throws IOException {
        Path file = folder.resolve("xor" + hidden + ".bdnn");
        Files.writeString(file, "model xor\n" + XOR_DATA + """
                network {
                  layer hidden: %d step
                  layer output: classes step
                  weights %s
                  bias %s
                }
                train { loss hamming method exact solver %s time 60s }
                """.formatted(hidden, weights, bias, solver));
        return file;
    }

    @Test
    void theExampleXorModelTrainsToLossZero() {
        TrainingResult result = train(ProjectFiles.model("xor.bdnn"), null);
        assertThat(result.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.solve().objective()).isEqualTo(0.0);
        assertThat(result.train().loss()).isZero();
        assertThat(result.train().accuracy()).isEqualTo(1.0);
        assertThat(result.check().matches()).isTrue();
        assertThat(result.check().activationMismatches()).isZero();
    }

    /**
     * With one hidden step neuron the outputs are functions of one threshold of the inputs; the
     * best threshold (x1 OR x2, say) leaves one sample of the other class in a group, whose
     * one-hot output then costs 2: the optimum is 2, with 3 of 4 samples right.
     */
    @ParameterizedTest
    @ValueSource(strings = {"scip", "cbc", "highs", "cp-sat"})
    void xorWithOneHiddenNeuronReachesItsKnownOptimumOnEverySolver(String solver) throws IOException {
        TrainingResult result = train(xor(1, "integer in [-1, 1]", "integer", solver), null);
        assertThat(result.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.solve().objective()).isEqualTo(2.0);
        assertThat(result.solve().bestBound()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.train().loss()).isEqualTo(2.0);
        assertThat(result.train().correct()).isEqualTo(3);
        assertThat(result.check().matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer in [-1, 1]", "continuous in [-1, 1]"})
    void xorWithTwoHiddenNeuronsFitsExactlyWithEitherWeightDomain(String weights) throws IOException {
        for (String bias : new String[] {"continuous", "integer", "continuous in [-2, 2]"}) {
            TrainingResult result = train(xor(2, weights, bias, "scip"), null);
            assertThat(result.solve().objective()).as("weights %s, bias %s", weights, bias).isEqualTo(0.0);
            assertThat(result.train().loss()).as("weights %s, bias %s", weights, bias).isZero();
            assertThat(result.check().matches()).isTrue();
        }
    }

    @Test
    void withoutBiasXorCannotBeFit() throws IOException {
        // Without bias the all-zero input gives a = 0 in every layer (a = 0 is inactive), so the
        // output on (0, 0) is all zero and costs at least 1 for its label 0.
        TrainingResult result = train(xor(2, "integer in [-1, 1]", "none", "scip"), null);
        assertThat(result.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.train().loss()).isEqualTo(result.solve().objective());
        assertThat(result.solve().objective()).isGreaterThanOrEqualTo(1.0);
        assertThat(result.check().matches()).isTrue();
        assertThat(result.check().activationMismatches()).isZero();
    }

    @Test
    void theUniformModelTrainsAndEveryPointIsRecheckedOnEverySplit() {
        TrainingResult result = train(ProjectFiles.model("uniform.bdnn"), null);
        assertThat(result.solve().status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
        assertThat(result.check().matches()).as(result.check().message()).isTrue();
        assertThat(result.check().activationMismatches()).isZero();
        assertThat(result.train().samples()).isEqualTo(60);
        assertThat(result.validation().samples()).isEqualTo(30);
        assertThat(result.test().samples()).isEqualTo(30);
        assertThat(result.train().accuracy()).isGreaterThan(0.8);
    }

    @Test
    void theBreastCancerModelTrainsWithCbc() {
        TrainingResult result = train(ProjectFiles.model("breast-cancer-small.bdnn"), null);
        assertThat(result.options().solver()).isEqualTo("cbc");
        assertThat(result.solve().status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
        assertThat(result.check().matches()).as(result.check().message()).isTrue();
        assertThat(result.train().samples()).isEqualTo(80);
        assertThat(result.validation()).isNull();
        assertThat(result.train().accuracy()).isGreaterThan(0.85);
    }
}
