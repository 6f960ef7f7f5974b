package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Ensemble;
import io.bdnn.network.EnsembleVote;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.robust.Certifier;
import io.bdnn.verify.EnsembleNetworks;
import io.bdnn.verify.PointResult;
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
 * {@code bdnn verify} on ensembles: the MILP encodes every member and the vote with its tie rules
 * exactly, so robust points survive every corner and random point of their box, counterexamples
 * change {@code bdnn predict}'s class, and the closed-form certificate is never stronger.
 */
class EnsembleVerifyTest {
    @TempDir
    static Path shared;

    /** Iris with one hidden layer of 2 (members of depth 2) and with none (members of depth 1). */
    static Path hiddenModel;
    static Path flatModel;

    @BeforeAll
    static void models() throws IOException {
        hiddenModel = model(shared, "iris_hidden", true);
        flatModel = model(shared, "iris_flat", false);
    }

    /** An iris one-vs-one ensemble model, with a hidden layer of 2 or without one. */
    static Path model(Path folder, String name, boolean hidden) throws IOException {
        String layers = hidden ? "layer hidden: 2 step\nlayer output: classes step" : "layer output: classes step";
        return IrisModels.write(folder.resolve(name + ".bdnn"), name, "minmax", layers,
                "ensemble one_vs_one vote majority\nmethod exact solver scip time 10s");
    }

    /**
     * A random ensemble: ternary weights, first-layer thresholds inside the data's range, output
     * biases integral or half-integral (with {@code halfBiases}) so that vote ties and margin ties
     * both occur.
     */
    static Ensemble randomEnsemble(ModelDefinition definition, String scheme, boolean hidden, boolean halfBiases,
                                   long seed) {
        Random random = new Random(seed);
        var data = definition.data();
        int classes = data.classes();
        List<int[]> memberClasses = new ArrayList<>();
        for (int a = 0; a < classes; a++) {
            if (scheme.equals("one_vs_rest")) {
                memberClasses.add(new int[] {a});
            } else {
                for (int b = a + 1; b < classes; b++) {
                    memberClasses.add(new int[] {a, b});
                }
            }
        }
        var scaler = data.scaler();
        Network.Scaling scaling = new Network.Scaling(scaler.kind(), scaler.offset(), scaler.scale());
        int[] widths = hidden ? new int[] {data.features(), 2, 2} : new int[] {data.features(), 2};
        List<String> names = hidden ? List.of("hidden", "output") : List.of("output");
        List<Ensemble.Member> members = new ArrayList<>();
        for (int m = 0; m < memberClasses.size(); m++) {
            RandomLayers layers = RandomLayers.draw(random, widths, () -> halfBiases && random.nextBoolean());
            List<String> labels = List.of("a", "b");
            members.add(new Ensemble.Member(m, memberClasses.get(m), new Network(names, layers.weights(), layers.biases(), scaling, labels),
                    true));
        }
        return new Ensemble(scheme, "majority", members, members.size(), data.classLabels(), scaling);
    }

    @Test
    void robustPointsSurviveCornersAndRandomPointsAndTheClosedFormIsNeverStronger() {
        ModelDefinition hidden = Compiler.check(hiddenModel);
        ModelDefinition flat = Compiler.check(flatModel);
        Random random = new Random(5);
        int[] counts = new int[3];
        int ties = 0;
        int seed = 0;
        for (Object[] kind : new Object[][] {{hidden, "one_vs_one", true, false}, {hidden, "one_vs_one", true, true},
                {hidden, "one_vs_rest", true, false}, {flat, "one_vs_one", false, false},
                {flat, "one_vs_rest", false, false}}) {
            ModelDefinition definition = (ModelDefinition) kind[0];
            Ensemble ensemble = randomEnsemble(definition, (String) kind[1], (Boolean) kind[2], (Boolean) kind[3],
                    seed++);
            EnsembleNetworks model = new EnsembleNetworks(ensemble);
            Verifier verifier = new Verifier(model, new OrToolsSolver(), new SolverOptions("scip", 30.0, null, 1, 0));
            double[][] raw = Verification.raw(definition.data().test(), definition.data());
            for (double radius : new double[] {0.05, 0.25}) {
                double[] radii = new double[ensemble.inputs()];
                Arrays.fill(radii, radius);
                for (double[] point : raw) {
                    PointResult result = verifier.verify(point, radii, Double.NaN);
                    double[] centre = ensemble.scaling().apply(point);
                    assertThat(result.predicted()).isEqualTo(ensemble.predict(centre));
                    counts[result.status().ordinal()]++;
                    EnsembleVote.Ballot ballot = EnsembleVote.ballot(ensemble, centre);
                    if (Arrays.stream(ballot.votes()).filter(v -> v == ballot.votes()[ballot.predicted()]).count() > 1) {
                        ties++;
                    }
                    if (Certifier.certify(ensemble, new double[][] {centre}, radii).certified() == 1) {
                        assertThat(result.status()).as("certified in closed form").isEqualTo(PointResult.Status.ROBUST);
                    }
                    if (result.status() == PointResult.Status.VULNERABLE) {
                        double[] moved = ensemble.scaling().apply(result.counterexample());
                        assertThat(ensemble.predict(moved)).isEqualTo(result.counterClass())
                                .isNotEqualTo(result.predicted());
                        for (int j = 0; j < moved.length; j++) {
                            assertThat(Math.abs(moved[j] - centre[j])).isLessThanOrEqualTo(radius * (1 + 1e-9));
                        }
                    }
                    if (result.status() != PointResult.Status.ROBUST) {
                        continue;
                    }
                    for (int sample = 0; sample < 300; sample++) {
                        double[] moved = centre.clone();
                        for (int j = 0; j < moved.length; j++) {
                            moved[j] += radius * (sample < 16 ? ((sample >> j) & 1) * 2 - 1 : 2 * random.nextDouble() - 1);
                        }
                        assertThat(ensemble.predict(moved)).as("%s %s radius %s", kind[1], kind[2], radius)
                                .isEqualTo(result.predicted());
                    }
                }
            }
        }
        assertThat(counts[PointResult.Status.UNKNOWN.ordinal()]).isZero();
        assertThat(counts[PointResult.Status.ROBUST.ordinal()]).isPositive();
        assertThat(counts[PointResult.Status.VULNERABLE.ordinal()]).isPositive();
        assertThat(ties).as("points whose vote is tied, decided by the margins").isPositive();
    }

    @Test
    void everyCounterexampleOfAnEnsembleChangesPredictsClass() throws IOException {
        Ensemble ensemble = randomEnsemble(Compiler.check(hiddenModel), "one_vs_one", true, true, 11);
        Path net = shared.resolve("ensemble.json");
        EnsembleJson.write(net, ensemble, "iris_hidden");
        Path counterexamples = shared.resolve("ce.csv");
        Path report = shared.resolve("verify.json");
        CommandLineTest.Run run = CommandLineTest.bdnn("verify", hiddenModel.toString(), "--network", net.toString(),
                "--linf", "0.15", "--counterexamples", counterexamples.toString(), "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("summary").get("unknown").asInt()).isZero();
        assertThat(json.get("summary").get("vulnerable").asInt()).as(run.out()).isPositive();
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
        Path originalFile = shared.resolve("originals.csv");
        Files.writeString(originalFile, originals);
        List<String> before = predict(net, originalFile);
        List<String> after = predict(net, counterexamples);
        assertThat(after).hasSize(before.size()).isEqualTo(expected);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("counterexample %d", i).isNotEqualTo(before.get(i));
        }
    }

    /** The radius search on an ensemble: robust just below the certified radius, vulnerable just above a found one. */
    @Test
    void theCertifiedRadiusOfAnEnsembleIsRobustBelowAndVulnerableAbove() {
        ModelDefinition definition = Compiler.check(hiddenModel);
        Ensemble ensemble = randomEnsemble(definition, "one_vs_one", true, true, 3);
        Verifier verifier = new Verifier(new EnsembleNetworks(ensemble), new OrToolsSolver(),
                new SolverOptions("scip", 30.0, 1e-4, 1, 0));
        Verifier fixed = new Verifier(new EnsembleNetworks(ensemble), new OrToolsSolver(),
                new SolverOptions("scip", 30.0, null, 1, 0));
        double[][] raw = Verification.raw(definition.data().test(), definition.data());
        double[] direction = new double[ensemble.inputs()];
        Arrays.fill(direction, 1);
        int found = 0;
        for (int i = 0; i < 8; i++) {
            PointResult search = verifier.verify(raw[i], direction, 0.5);
            assertThat(search.status()).isNotEqualTo(PointResult.Status.UNKNOWN);
            double certified = search.radiusLo();
            if (certified > 0) {
                assertThat(fixed.verify(raw[i], scaled(direction, certified * 0.999), Double.NaN).status())
                        .as("point %d below %s", i, certified).isEqualTo(PointResult.Status.ROBUST);
            }
            if (Double.isFinite(search.radiusHi())) {
                found++;
                assertThat(search.radiusHi() - certified).isBetween(0.0, 1e-3);
                assertThat(fixed.verify(raw[i], scaled(direction, search.radiusHi() * 1.001), Double.NaN).status())
                        .as("point %d above %s", i, search.radiusHi()).isEqualTo(PointResult.Status.VULNERABLE);
            }
        }
        assertThat(found).isPositive();
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(value -> value * factor).toArray();
    }

    private static List<String> predict(Path network, Path csv) {
        CommandLineTest.Run run = CommandLineTest.bdnn("predict", "--network", network.toString(), "--csv", csv.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().isEmpty() ? List.of() : Arrays.asList(run.out().split("\n"));
    }
}
