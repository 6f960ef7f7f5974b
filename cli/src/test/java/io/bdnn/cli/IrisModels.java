package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Model files on Iris that the cli tests write: one data block (the iris CSV, split 0.5 / 0.25 /
 * 0.25 with seed 1) with ternary weights, continuous biases, and the scaling, layers and training
 * each test needs; and the shipped robust-box model, trained.
 */
final class IrisModels {
    /** Two hidden layers of 6 and 4: the shape of {@link VerifyCommandTest#randomNetwork}. */
    static final String DEEP = """
            layer first: 6 step
            layer second: 4 step
            layer output: classes step""";

    /** One hidden layer of 3. */
    static final String HIDDEN_3 = """
            layer hidden: 3 step
            layer output: classes step""";

    /** The one-vs-one ensemble by a small local search of {@link EnsembleCommandLineTest} and {@link PlanMergeTest}. */
    static String localSearchEnsemble(String scheme, int jobs) {
        return """
                ensemble %s vote majority
                method local_search rounds 3 seed 1
                solver scip time 600s per_mip 120s threads 2 seed 1
                jobs %d""".formatted(scheme, jobs);
    }

    private IrisModels() {
    }

    /**
     * Writes {@code file}: model {@code name} on Iris, scaled by {@code scale} (minmax, standard),
     * with {@code layers} (one per line) and the {@code train} block's lines.
     */
    static Path write(Path file, String name, String scale, String layers, String train) throws IOException {
        Files.writeString(file, """
                model %s
                data {
                  csv "%s" delimiter "," header true label last
                  scale %s
                  split train 0.5 validation 0.25 test 0.25 seed 1
                }
                network {
                  %s
                  weights integer in [-1, 1]
                  bias continuous
                }
                train {
                  %s
                }
                """.formatted(name, MethodsCommandLineTest.dataset("iris.csv"), scale, layers.replace("\n", "\n  "),
                train.replace("\n", "\n  ")));
        return file;
    }

    /** {@code iris_deep}: the {@link #DEEP} network, trained exactly (tests give it random weights instead). */
    static Path deep(Path file, String scale) throws IOException {
        return write(file, "iris_deep", scale, DEEP, "method exact solver scip time 10s");
    }

    /** models/robust-box.bdnn as shipped, trained exactly (a few seconds) and saved as {@code network}. */
    static Path trainedRobustBox(Path network) {
        CommandLineTest.Run train = CommandLineTest.bdnn("train", CommandLineTest.model("robust-box.bdnn"), "--save",
                network.toString(), "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        return network;
    }
}
