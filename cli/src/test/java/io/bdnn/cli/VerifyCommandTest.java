package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.robust.Certifier;
import io.bdnn.verify.PointResult;
import io.bdnn.verify.SingleNetwork;
import io.bdnn.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bdnn verify} end to end: counterexamples change {@code bdnn predict}'s class, robust
 * points survive random and corner perturbations, the closed-form certificate of {@code train}
 * is never stronger, and the radius search agrees with fixed-radius verification.
 */
class VerifyCommandTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path shared;

    /** robust-box.bdnn as shipped, trained exactly (a few seconds). */
    static Path boxNetwork;

    /** A random network with two hidden layers and three classes on Iris. */
    static Path irisModel;
    static Path irisNetwork;

    @BeforeAll
    static void trainAndBuildNetworks() throws IOException {
        boxNetwork = IrisModels.trainedRobustBox(shared.resolve("box.json"));
        irisModel = IrisModels.deep(shared.resolve("iris.bdnn"), "minmax");
        irisNetwork = shared.resolve("iris.json");
        NetworkJson.write(irisNetwork, randomNetwork(Compiler.check(irisModel), 7), "iris_deep");
    }

    /**
     * Ternary weights; layer-1 biases that put each neuron's threshold inside the data's range;
     * deeper biases integral (a = 0 is reachable: the exact margin matters) or half-integral.
     */
    static Network randomNetwork(ModelDefinition definition, long seed) {
        Random random = new Random(seed);
        var data = definition.data();
        int[] widths = {data.features(), 6, 4, data.classes()};
        // Half-integral deeper biases when the draw is false (as first written: the seeds' networks stay).
        RandomLayers layers = RandomLayers.draw(random, widths, () -> !random.nextBoolean());
        var scaler = data.scaler();
        return new Network(List.of("first", "second", "output"), layers.weights(), layers.biases(),
                new Network.Scaling(scaler.kind(), scaler.offset(), scaler.scale()), data.classLabels());
    }

    @Test
    void everyCounterexampleChangesPredictsClassAndTheReportAddsUp() throws IOException {
        for (Path[] pair : List.of(new Path[] {Path.of(CommandLineTest.model("robust-box.bdnn")), boxNetwork},
                new Path[] {irisModel, irisNetwork})) {
            Path counterexamples = shared.resolve("ce-" + pair[1].getFileName() + ".csv");
            Path report = shared.resolve("verify-" + pair[1].getFileName());
            CommandLineTest.Run run = CommandLineTest.bdnn("verify", pair[0].toString(), "--network", pair[1].toString(),
                    "--linf", "0.15", "--counterexamples", counterexamples.toString(), "--report", report.toString());
            assertThat(run.code()).as(run.err()).isZero();
            JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
            JsonNode summary = json.get("summary");
            assertThat(summary.get("robust").asInt() + summary.get("vulnerable").asInt() + summary.get("unknown").asInt())
                    .isEqualTo(summary.get("points").asInt());
            assertThat(summary.get("unknown").asInt()).isZero();
            assertThat(summary.get("vulnerable").asInt()).as(run.out()).isPositive();
            assertThat(run.out()).contains("status       robust " + summary.get("robust").asInt());
            // The original points of the vulnerable verdicts, and predict on them and on the counterexamples.
            StringBuilder originals = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (JsonNode point : json.get("points")) {
                if (point.get("status").asText().equals("vulnerable")) {
                    List<String> values = new ArrayList<>();
                    point.get("point").forEach(value -> values.add(Double.toString(value.asDouble())));
                    originals.append(String.join(",", values)).append('\n');
                    expected.add(point.get("counterexample_predicted").asText());
                }
            }
            Path originalFile = shared.resolve("originals-" + pair[1].getFileName() + ".csv");
            Files.writeString(originalFile, originals);
            List<String> before = predict(pair[1], originalFile);
            List<String> after = predict(pair[1], counterexamples);
            assertThat(after).hasSize(before.size()).isEqualTo(expected);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as("counterexample %d", i).isNotEqualTo(before.get(i));
            }
            assertThat(json.get("points").get(0).get("predicted").asText()).isNotEmpty();
        }
    }

    private static List<String> predict(Path network, Path csv) {
        CommandLineTest.Run run = CommandLineTest.bdnn("predict", "--network", network.toString(), "--csv", csv.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().isEmpty() ? List.of() : Arrays.asList(run.out().split("\n"));
    }

    @Test
    void robustPointsSurviveCornersAndRandomPointsOfTheirBallAndTheClosedFormIsNeverStronger() throws IOException {
        Network net = NetworkJson.read(irisNetwork);
        ModelDefinition definition = Compiler.check(irisModel);
        double[][] raw = Verification.raw(definition.data().test(), definition.data());
        Verifier verifier = new Verifier(new SingleNetwork(net), new OrToolsSolver(),
                new SolverOptions("scip", 30.0, null, 1, 0));
        SingleNetwork model = new SingleNetwork(net);
        Random random = new Random(3);
        int robust = 0;
        for (double radius : new double[] {0.05, 0.2}) {
            double[] radii = new double[net.inputs()];
            Arrays.fill(radii, radius);
            for (double[] point : raw) {
                PointResult result = verifier.verify(point, radii, Double.NaN);
                double[] centre = net.scaling().apply(point);
                assertThat(result.status()).isNotEqualTo(PointResult.Status.UNKNOWN);
                if (Certifier.isCertified(net, centre, radii)) {
                    assertThat(result.status()).as("certified in closed form").isEqualTo(PointResult.Status.ROBUST);
                }
                if (result.status() != PointResult.Status.ROBUST) {
                    continue;
                }
                robust++;
                for (int sample = 0; sample < 400; sample++) {
                    double[] moved = centre.clone();
                    for (int j = 0; j < moved.length; j++) {
                        moved[j] += radius * (sample < 16 ? ((sample >> j) & 1) * 2 - 1 : 2 * random.nextDouble() - 1);
                    }
                    assertThat(model.predict(moved)).isEqualTo(result.predicted());
                }
            }
        }
        assertThat(robust).isPositive();
    }

    @Test
    void theTrainedBoxNetworkIsRobustOnEveryTrainingPointAsTrainCertified() {
        CommandLineTest.Run run = CommandLineTest.bdnn("verify", CommandLineTest.model("robust-box.bdnn"), "--network",
                boxNetwork.toString(), "--split", "train");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("box of the data's radius", "status       robust 60, vulnerable 0, unknown 0");
    }

    @Test
    void theCertifiedRadiusIsRobustJustBelowAndVulnerableJustAbove() throws IOException {
        Path report = shared.resolve("search.json");
        CommandLineTest.Run run = CommandLineTest.bdnn("verify", CommandLineTest.model("robust-box.bdnn"), "--network",
                boxNetwork.toString(), "--linf", "0.5", "--radius-search", "--report", report.toString(), "--plot",
                shared.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("median certified radius");
        assertThat(Files.readAllBytes(shared.resolve("certified-radius.png"))).startsWith(PNG);
        JsonNode points = NetworkJson.MAPPER.readTree(report.toFile()).get("points");
        ModelDefinition definition = Compiler.check(Path.of(CommandLineTest.model("robust-box.bdnn")));
        double[][] raw = Verification.raw(definition.data().test(), definition.data());
        Network net = NetworkJson.read(boxNetwork);
        Verifier verifier = new Verifier(new SingleNetwork(net), new OrToolsSolver(),
                new SolverOptions("scip", 30.0, null, 1, 0));
        for (int i = 0; i < raw.length; i++) {
            JsonNode point = points.get(i);
            double certified = point.get("certified_radius").asDouble();
            assertThat(verifier.verify(raw[i], filled(net.inputs(), certified * 0.999), Double.NaN).status())
                    .as("point %d below %s", i, certified).isEqualTo(PointResult.Status.ROBUST);
            if (point.has("counterexample_radius")) {
                double found = point.get("counterexample_radius").asDouble();
                assertThat(found - certified).isBetween(0.0, 1e-3);
                assertThat(verifier.verify(raw[i], filled(net.inputs(), found * 1.001), Double.NaN).status())
                        .as("point %d above %s", i, found).isEqualTo(PointResult.Status.VULNERABLE);
            } else {
                assertThat(certified).isEqualTo(0.5);
            }
        }
    }

    private static double[] filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }

    @Test
    void aRawRadiusBoundsEveryCounterexampleInTheDataUnits() throws IOException {
        Path report = shared.resolve("raw.json");
        CommandLineTest.Run run = CommandLineTest.bdnn("verify", CommandLineTest.model("robust-box.bdnn"), "--network",
                boxNetwork.toString(), "--linf", "2", "--units", "raw", "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("linf 2 (raw units)");
        int vulnerable = 0;
        for (JsonNode point : NetworkJson.MAPPER.readTree(report.toFile()).get("points")) {
            if (point.has("counterexample")) {
                vulnerable++;
                double largest = 0;
                for (int j = 0; j < point.get("point").size(); j++) {
                    largest = Math.max(largest, Math.abs(point.get("counterexample").get(j).asDouble()
                            - point.get("point").get(j).asDouble()));
                }
                assertThat(largest).isLessThanOrEqualTo(2 + 1e-12).isGreaterThan(0);
            }
        }
        assertThat(vulnerable).isPositive();
        CommandLineTest.Run help = CommandLineTest.bdnn("verify", "--help");
        assertThat(help.out()).contains("Usage: bdnn verify", "--radius-search", "--counterexamples");
        assertThat(CommandLineTest.bdnn("export", "--help").out()).contains("Usage: bdnn export", "--name");
    }

    @Test
    void badRequestsGetOneClearLine() {
        String box = CommandLineTest.model("robust-box.bdnn");
        String xor = CommandLineTest.model("xor.bdnn");
        String net = boxNetwork.toString();
        Object[][] table = {
                {new String[] {"verify", box, "--network", net, "--linf", "0.1", "--box"}, "bdnn: give --linf or --box, not both"},
                {new String[] {"verify", box, "--network", net, "--linf", "-1"}, "bdnn: --linf must be a number at least 0, found -1.0"},
                {new String[] {"verify", box, "--network", net, "--units", "feet", "--linf", "1"}, "bdnn: --units: expected scaled or raw, found 'feet'"},
                {new String[] {"verify", box, "--network", net, "--plot", "x"}, "bdnn: --plot draws the certified radii: add --radius-search"},
                {new String[] {"verify", box, "--network", net, "--solver", "nope"}, "bdnn: --solver: unknown solver 'nope'"},
                {new String[] {"verify", box, "--network", net, "--split", "nothing"}, "bdnn: --split: expected train, validation or test"},
                {new String[] {"verify", xor, "--network", net}, "bdnn: --network: the network reads 9 features, the model's data has 2"},
                {new String[] {"verify", box, "--network", net, "--solver", "cp-sat"}, "bdnn: --solver: cp-sat cannot solve the verification MILP: cp-sat needs every variable to be integer"},
        };
        for (Object[] row : table) {
            CommandLineTest.Run run = CommandLineTest.bdnn((String[]) row[0]);
            assertThat(run.code()).as(String.join(" ", (String[]) row[0])).isNotZero();
            assertThat(run.err()).startsWith((String) row[1]).doesNotContain("Exception");
        }
    }

    @Test
    void aModelWithoutRobustnessNeedsABall() throws IOException {
        Path xorNet = shared.resolve("xor.json");
        assertThat(CommandLineTest.bdnn("train", CommandLineTest.model("xor.bdnn"), "--save", xorNet.toString(),
                "--no-progress").code()).isZero();
        CommandLineTest.Run run = CommandLineTest.bdnn("verify", CommandLineTest.model("xor.bdnn"), "--network",
                xorNet.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bdnn: give the ball to verify: --linf R or --box (the model has no 'robust'"
                + " statement)\n");
        CommandLineTest.Run box = CommandLineTest.bdnn("verify", CommandLineTest.model("xor.bdnn"), "--network",
                xorNet.toString(), "--box");
        assertThat(box.err()).startsWith("bdnn: --box: the model's data block has no 'radius' statement");
        // XOR at radius 0.5 around (0, 1): the ball reaches (0.5, 0.5), where the class changes.
        CommandLineTest.Run xor = CommandLineTest.bdnn("verify", CommandLineTest.model("xor.bdnn"), "--network",
                xorNet.toString(), "--linf", "0.5", "--split", "train");
        assertThat(xor.out()).contains("status       robust 0, vulnerable 4, unknown 0");
    }
}
