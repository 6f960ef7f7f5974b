package io.bdnn.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.solve.SolveStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small model files for the objective and constraint tests, and trains them with OR-Tools. */
final class UserModelFiles {
    /**
     * One input x in {0, 1}, x = 0 of class 1 (label 0), x = 1 of class 2 (label 1), one output
     * layer of two neurons: {@code a_k = w_k x + b_k}, so {@code a_k(0) = b_k} and
     * {@code a_k(1) = w_k + b_k}. With all weights zero both samples get the same outputs and
     * one of them is misclassified.
     */
    static final String ONE_INPUT = """
            model one_input
            data {
              inline {
                0 : 0
                1 : 1
              }
            }
            network {
              layer output: classes step
              weights WEIGHTS
              bias BIAS
            }
            train {
            TRAIN
              solver scip time 60s gap 0
            }
            """;

    static final String XOR = """
            model xor
            data {
              inline {
                0 0 : 0
                0 1 : 1
                1 0 : 1
                1 1 : 0
              }
            }
            network {
              layer hidden: HIDDEN step
              layer output: classes step
              weights integer in [-1, 1]
              bias integer in [-2, 2]
            }
            train {
            TRAIN
              solver scip time 60s gap 0
            }
            """;

    private UserModelFiles() {
    }

    static Path oneInput(Path folder, String weights, String bias, String train) {
        return write(folder, "one.bdnn", ONE_INPUT.replace("WEIGHTS", weights).replace("BIAS", bias)
                .replace("TRAIN", train));
    }

    static Path xor(Path folder, int hidden, String train) {
        return write(folder, "xor.bdnn", XOR.replace("HIDDEN", Integer.toString(hidden)).replace("TRAIN", train));
    }

    static Path write(Path folder, String name, String text) {
        Path file = folder.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static CompiledModel compile(Path file) {
        return Compiler.lower(Compiler.check(file));
    }

    static TrainingResult train(Path file) {
        CompiledModel compiled = compile(file);
        return ExactTrainer.train(compiled, new OrToolsSolver(), compiled.definition().training().solver());
    }

    /** The result, after asserting it is proven optimal and the forward pass reproduces it exactly. */
    static TrainingResult optimal(TrainingResult result) {
        assertThat(result.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.check().matches()).as(result.check().message()).isTrue();
        assertThat(result.check().activationMismatches()).isZero();
        return result;
    }
}
