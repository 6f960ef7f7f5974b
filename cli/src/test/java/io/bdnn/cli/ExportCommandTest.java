package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.export.PackedEnsemble;
import io.bdnn.export.PackedNetwork;
import io.bdnn.network.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bdnn export}: the C99 code compiles warning-free with gcc and predicts every row of the
 * test split as {@code bdnn predict} does; {@code bdnn stats --network} reports the same bytes.
 */
class ExportCommandTest {
    /** A driver that reads rows of raw features from standard input and prints one label per row. */
    private static final String DRIVER = """
            #include <stdio.h>
            #include <stdlib.h>
            #include "%1$s.h"

            int main(void) {
                float x[%2$s_INPUTS];
                char line[65536];
                printf("%%lu\\n", (unsigned long) %1$s_bytes());
                while (fgets(line, sizeof line, stdin)) {
                    char *p = line;
                    int j;
                    for (j = 0; j < %2$s_INPUTS; j++) {
                        char *end;
                        x[j] = (float) strtod(p, &end);
                        p = end;
                        while (*p == ',') {
                            p++;
                        }
                    }
                    printf("%%s\\n", %1$s_label(%1$s_predict(x)));
                }
                return 0;
            }
            """;

    @TempDir
    static Path shared;

    static boolean gcc;

    @BeforeAll
    static void findGcc() {
        try {
            Process process = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            gcc = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            gcc = false;
        }
    }

    @Test
    void theShippedRobustBoxModelAndADeepIrisNetworkPredictInCAsInJava() throws Exception {
        assumeTrue(gcc, "gcc is not installed: the C export is not compiled (install gcc to run this test)");
        Path box = IrisModels.trainedRobustBox(shared.resolve("box.json"));
        checkAgainstPredict(Path.of(CommandLineTest.model("robust-box.bdnn")), box, "model");

        Path irisModel = IrisModels.deep(shared.resolve("iris.bdnn"), "standard");
        Path iris = shared.resolve("iris.json");
        ModelDefinition definition = Compiler.check(irisModel);
        Network random = VerifyCommandTest.randomNetwork(definition, 11);
        // Wider integer weights in the second layer: 3 bits each for [-2, 2].
        random.weights()[1][0][0] = 2;
        random.weights()[1][1][2] = -2;
        NetworkJson.write(iris, random, "iris_deep");
        checkAgainstPredict(irisModel, iris, "iris");
    }

    private void checkAgainstPredict(Path model, Path network, String name) throws Exception {
        Path folder = shared.resolve("c-" + name);
        CommandLineTest.Run export = CommandLineTest.bdnn("export", network.toString(), "--c", folder.toString(),
                "--name", name);
        assertThat(export.code()).as(export.err()).isZero();
        io.bdnn.network.Classifier net = EnsembleJson.read(network);
        long bytes = net instanceof io.bdnn.network.Ensemble ensemble ? PackedEnsemble.of(ensemble).bytes()
                : PackedNetwork.of((Network) net).bytes();
        assertThat(export.out()).contains(bytes + " bytes of parameters");
        Files.writeString(folder.resolve("driver.c"), DRIVER.formatted(name, name.toUpperCase()));
        Process compile = new ProcessBuilder("gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-std=c99", "-o", "driver",
                "driver.c", name + ".c").directory(folder.toFile()).redirectErrorStream(true).start();
        String messages = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(messages).isZero();

        ModelDefinition definition = Compiler.check(model);
        // Every row of the test split, then of the training split (where both classes are predicted).
        double[][] test = Verification.raw(definition.data().test(), definition.data());
        double[][] train = Verification.raw(definition.data().train(), definition.data());
        double[][] raw = java.util.stream.Stream.concat(Arrays.stream(test), Arrays.stream(train))
                .toArray(double[][]::new);
        StringBuilder rows = new StringBuilder();
        for (double[] row : raw) {
            List<String> values = new ArrayList<>();
            for (double value : row) {
                values.add(Double.toString(value));
            }
            rows.append(String.join(",", values)).append('\n');
        }
        Path csv = folder.resolve("test.csv");
        Files.writeString(csv, rows);
        CommandLineTest.Run predict = CommandLineTest.bdnn("predict", "--network", network.toString(), "--csv",
                csv.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        List<String> expected = Arrays.asList(predict.out().split("\n"));

        Process run = new ProcessBuilder(folder.resolve("driver").toString()).directory(folder.toFile())
                .redirectInput(csv.toFile()).start();
        List<String> output = Arrays.asList(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .split("\n"));
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.get(0)).isEqualTo(Long.toString(bytes));
        assertThat(output.subList(1, output.size())).hasSize(raw.length).isEqualTo(expected);
        assertThat(expected).as("more than one class predicted").hasSizeGreaterThan(1)
                .anyMatch(label -> !label.equals(expected.get(0)));

        CommandLineTest.Run stats = CommandLineTest.bdnn("stats", "--network", network.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).containsPattern("total +" + bytes + " ");
    }

    /**
     * Iris ensembles (one-vs-one with a hidden layer of 2 and half-integral output biases, and
     * one-vs-one and one-vs-rest without a hidden layer, whose margins are real numbers): the C
     * vote, ties included, predicts every row as {@code bdnn predict} does.
     */
    @Test
    void ensemblesPredictInCAsInJavaTiesIncluded() throws Exception {
        assumeTrue(gcc, "gcc is not installed: the C export is not compiled (install gcc to run this test)");
        Path hidden = EnsembleVerifyTest.model(shared, "ens_hidden", true);
        Path flat = EnsembleVerifyTest.model(shared, "ens_flat", false);
        Object[][] cases = {{hidden, "one_vs_one", true, "ovo"}, {flat, "one_vs_one", false, "flat"},
                {flat, "one_vs_rest", false, "ovr"}};
        int ties = 0;
        for (Object[] row : cases) {
            Path model = (Path) row[0];
            ModelDefinition definition = Compiler.check(model);
            io.bdnn.network.Ensemble ensemble = EnsembleVerifyTest.randomEnsemble(definition, (String) row[1],
                    (Boolean) row[2], true, 21);
            Path network = shared.resolve("ensemble-" + row[3] + ".json");
            EnsembleJson.write(network, ensemble, "iris");
            checkAgainstPredict(model, network, (String) row[3]);
            for (double[] x : definition.data().train().x()) {
                int[] votes = io.bdnn.network.EnsembleVote.ballot(ensemble, x).votes();
                int top = Arrays.stream(votes).max().orElseThrow();
                ties += Arrays.stream(votes).filter(v -> v == top).count() > 1 ? 1 : 0;
            }
        }
        assertThat(ties).as("rows whose vote the margins decide").isPositive();
    }

    @Test
    void continuousWeightsAreFloatsAndStillPredictAsJavaDoes() throws Exception {
        assumeTrue(gcc, "gcc is not installed: the C export is not compiled (install gcc to run this test)");
        Path model = Path.of(CommandLineTest.model("robust-box.bdnn"));
        ModelDefinition definition = Compiler.check(model);
        Network random = VerifyCommandTest.randomNetwork(definition, 5);
        // Quarter steps are exact in float, so the C reads the same weights as Java.
        java.util.Random values = new java.util.Random(5);
        for (double[][] layer : random.weights()) {
            for (double[] row : layer) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = (values.nextInt(9) - 4) / 4.0;
                }
            }
        }
        random.biases()[0][0] = -0.1;
        Path network = shared.resolve("continuous.json");
        NetworkJson.write(network, random, "robust_box");
        // No packed layer at all: the weight reader is left out (gcc -Werror rejects unused functions).
        checkAgainstPredict(model, network, "continuous");
        assertThat(Files.readString(shared.resolve("c-continuous").resolve("continuous.c")))
                .contains("static const float continuous_w1[").doesNotContain("continuous_weight(");
    }

    @Test
    void theStatsOfATernaryNetworkCountTwoBitsPerWeight() throws IOException {
        double[][][] weights = {{{1, 0, -1}, {0, 0, 1}}, {{1, -1}, {-1, 1}}};
        double[][] biases = {{0.5, -0.25}, {0, 0.5}};
        Network net = new Network(List.of("hidden", "output"), weights, biases,
                new Network.Scaling("none", new double[3], new double[] {1, 1, 1}), List.of("a", "b"));
        Path file = shared.resolve("tiny.json");
        NetworkJson.write(file, net, "tiny");
        CommandLineTest.Run stats = CommandLineTest.bdnn("stats", "--network", file.toString());
        // Layer 1: 6 weights x 2 bits = 2 bytes, 2 double biases = 16; layer 2: 4 x 2 bits = 1 byte,
        // 2 int8 thresholds floor(-b) = (0, -1); scaler 3 x 16 = 48. Floats: 4 x (6 + 2 + 4 + 2) = 56.
        assertThat(stats.out()).contains("hidden                      2          6 2-bit packed, double biases  "
                + "            18           32");
        assertThat(stats.out()).contains("layers 21 bytes packed against 56 bytes as 32-bit floats (2.7x smaller)");
    }

    @Test
    void aNameThatIsNoCIdentifierIsRefused() {
        CommandLineTest.Run run = CommandLineTest.bdnn("export", "net.json", "--c", shared.toString(), "--name", "9lives");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("bdnn: --name: '9lives' is not a C identifier");
        CommandLineTest.Run stats = CommandLineTest.bdnn("stats");
        assertThat(stats.err()).isEqualTo("bdnn: stats: give a model FILE, or --network NET.json\n");
    }
}
