package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heuristics, evaluation, prediction and Ctrl-C from the command line. */
class MethodsCommandLineTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path folder;

    static CommandLineTest.Run bdnn(String... args) {
        return CommandLineTest.bdnn(args);
    }

    static String dataset(String name) {
        return ProjectFiles.dataset(name).toString();
    }

    private Path model(String name, String method, String extra) throws IOException {
        Path file = folder.resolve(name + ".bdnn");
        Files.writeString(file, """
                model %s
                data {
                  csv "%s" delimiter ";" label last
                  take 160
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 2
                }
                network {
                  layer hidden: 3 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method %s %s solver scip time 120s per_mip 20s }
                """.formatted(name, dataset("breast-cancer-wisconsin.csv"), method, extra));
        return file;
    }

    @Test
    void dataSplittingReportsEveryRoundAndDrawsCharts() throws IOException {
        Path report = folder.resolve("report.json");
        Path charts = folder.resolve("charts");
        CommandLineTest.Run run = bdnn("train", model("split", "split kmeans max_splits 3 batch 40 seed 1 one_subset", "")
                .toString(), "--report", report.toString(), "--plot", charts.toString(), "--no-progress");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("split 1: subset 1 (80 points", "stopped      ");
        assertThat(run.err()).contains("bdnn: step 1 start: one subset of 80 points");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("method").asText()).isEqualTo("split");
        assertThat(json.get("interrupted").asBoolean()).isFalse();
        assertThat(json.get("method_settings").get("max_splits").asInt()).isEqualTo(3);
        assertThat(json.get("method_settings").get("name").asText()).isEqualTo("split");
        JsonNode rounds = json.get("rounds");
        assertThat(rounds.size()).isBetween(2, 4);
        for (JsonNode round : rounds) {
            assertThat(round.get("points").asInt()).isEqualTo(40);
            assertThat(round.get("binaries").asLong()).isPositive();
            assertThat(round.get("status").asText()).isIn("OPTIMAL", "FEASIBLE");
            assertThat(round.get("validation_accuracy").asDouble()).isBetween(0.0, 1.0);
        }
        for (String chart : List.of("validation-accuracy.png", "milp-time.png")) {
            assertThat(Files.readAllBytes(charts.resolve(chart))).startsWith(PNG);
        }
    }

    @Test
    void robustTrainingPrintsTheCertifiedFractionAndEvaluateAttacksTheNetwork() throws IOException {
        Path network = folder.resolve("net.json");
        Path model = model("robust", "local_search rounds 2 seed 1", "robust linf 0.1");
        CommandLineTest.Run train = bdnn("train", model.toString(), "--save", network.toString(), "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("certified    80 of 80 training points (1.0000) are certified robust on linf 0.1");

        Path report = folder.resolve("evaluation.json");
        CommandLineTest.Run evaluate = bdnn("evaluate", model.toString(), "--network", network.toString(), "--attack",
                "random-sign", "--eps", "0,1,4", "--repeat", "3", "--report", report.toString(), "--plot",
                folder.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("confusion    test", "attack       random-sign on test, 3 draws",
                "certified    80 of 80 training points");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("attack")).hasSize(3);
        assertThat(json.get("attack").get(0).get("mean_accuracy").asDouble())
                .isEqualTo(json.get("splits").get("test").get("accuracy").asDouble());
        assertThat(json.get("confusion").get("matrix")).hasSize(2);
        assertThat(Files.readAllBytes(folder.resolve("attack-accuracy.png"))).startsWith(PNG);

        CommandLineTest.Run tight = bdnn("evaluate", model.toString(), "--network", network.toString(),
                "--certify", "2");
        assertThat(tight.out()).contains("are certified robust on linf 2.0");
    }

    @Test
    void predictLabelsRawRowsWithTheStoredScaler() throws IOException {
        Path network = folder.resolve("net.json");
        Path model = model("plain", "split kmeans max_splits 1 seed 1", "");
        assertThat(bdnn("train", model.toString(), "--save", network.toString(), "--no-progress").code()).isZero();
        Path csv = folder.resolve("rows.csv");
        List<String> rows = Files.readAllLines(Path.of(dataset("breast-cancer-wisconsin.csv"))).subList(0, 12);
        Files.write(csv, rows);
        Path labels = folder.resolve("labels.csv");
        CommandLineTest.Run run = bdnn("predict", "--network", network.toString(), "--csv", csv.toString(), "-o",
                labels.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Network net = NetworkJson.read(network);
        List<String> predicted = Files.readAllLines(labels);
        assertThat(predicted).hasSize(12);
        for (int i = 0; i < rows.size(); i++) {
            String[] fields = rows.get(i).split(";");
            double[] raw = new double[9];
            for (int j = 0; j < 9; j++) {
                raw[j] = Double.parseDouble(fields[j]);
            }
            int[][] activations = ForwardPass.activations(net, net.scaling().apply(raw));
            assertThat(predicted.get(i)).isEqualTo(net.classLabels().get(ForwardPass.predict(
                    activations[activations.length - 1])));
        }
        Files.writeString(csv, "1;2;3\n");
        CommandLineTest.Run bad = bdnn("predict", "--network", network.toString(), "--csv", csv.toString());
        assertThat(bad.code()).isEqualTo(65);
        assertThat(bad.err()).isEqualTo(csv + ":1:1: row has 3 values, the network reads 9 features (one more, a label,"
                + " is ignored)\n");
        // A byte order mark and CRLF line ends give the same labels; UTF-16 is refused where it starts.
        Files.writeString(csv, "\uFEFF" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        Path windowsLabels = folder.resolve("windows-labels.csv");
        CommandLineTest.Run windows = bdnn("predict", "--network", network.toString(), "--csv", csv.toString(), "-o",
                windowsLabels.toString());
        assertThat(windows.code()).as(windows.err()).isZero();
        assertThat(Files.readAllLines(windowsLabels)).isEqualTo(predicted);
        Files.writeString(csv, String.join("\n", rows), StandardCharsets.UTF_16LE);
        CommandLineTest.Run wide = bdnn("predict", "--network", network.toString(), "--csv", csv.toString());
        assertThat(wide.code()).isEqualTo(65);
        assertThat(wide.err()).isEqualTo(csv + ":1:1: file is UTF-16, not UTF-8 text; save it as UTF-8\n");
    }

    @Test
    void aStartNetworkOfAnotherShapeIsRefused() throws IOException {
        Path network = folder.resolve("xor.json");
        assertThat(bdnn("train", CommandLineTest.model("xor.bdnn"), "--save", network.toString()).code()).isZero();
        CommandLineTest.Run run = bdnn("train", model("other", "local_search rounds 1", "").toString(), "--start",
                network.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bdnn: --start: the network reads 2 features, the model's data has 9\n");
    }

    /**
     * Ctrl-C in a real process: SIGINT after the first step stops the run, and the best network
     * so far and the report (marked interrupted) are on disk when the process has exited.
     */
    @Test
    void ctrlCSavesTheBestNetworkAndWritesTheReport() throws Exception {
        // A third of the uniform points have random labels: no small network reaches loss 0, and
        // 60 splits take minutes, so the run is surely still going when the signal comes.
        Path model = folder.resolve("long.bdnn");
        Files.writeString(model, """
                model long
                data {
                  generate uniform features 10 samples 400 seed 3
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 2
                }
                network {
                  layer hidden: 3 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method split kmeans max_splits 60 batch 60 seed 1 solver scip time 600s per_mip 20s }
                """);
        Path network = folder.resolve("best.json");
        Path report = folder.resolve("report.json");
        int code;
        try (BdnnProcess process = BdnnProcess.start(folder.resolve("out.txt"), "train", model.toString(), "--save",
                network.toString(), "--report", report.toString(), "--no-progress")) {
            String line = process.firstLine("bdnn: step 2 ", 600);
            assertThat(line).as("the run reached its second step; it said:%n%s", process.seen()).isNotNull();
            process.signal("INT");
            // The running MILP is interrupted (or given up after a second): the run ends in seconds,
            // not at its 20 s per-MILP limit; a loaded machine needs some headroom.
            assertThat(process.waitFor(30)).as("the process ends after Ctrl-C").isTrue();
            code = process.exitValue();
        }
        assertThat(code).isEqualTo(130);
        Network saved = NetworkJson.read(network);
        assertThat(saved.depth()).isEqualTo(2);
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("interrupted").asBoolean()).isTrue();
        assertThat(json.get("stop_reason").asText()).isEqualTo("interrupted");
        assertThat(json.get("rounds").size()).isBetween(2, 60);
        assertThat(json.get("validation").get("accuracy").asDouble()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "predict"})
    void theNewCommandsHaveHelp(String command) {
        CommandLineTest.Run run = bdnn(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: bdnn " + command);
    }
}
