package io.bdnn.cli;

import static io.bdnn.cli.CommandLineTest.bdnn;
import static io.bdnn.cli.MethodsCommandLineTest.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Classifier;
import io.bdnn.network.Ensemble;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ensembles end to end: train, the report, the saved ensemble in evaluate and predict, jobs, Ctrl-C. */
class EnsembleCommandLineTest {

    @TempDir
    Path folder;

    /** Iris (3 classes) with a small local search; time limits far from binding, so runs are deterministic. */
    private Path iris(String name, String scheme, int jobs) throws IOException {
        return IrisModels.write(folder.resolve(name + ".bdnn"), name, "minmax", IrisModels.HIDDEN_3,
                IrisModels.localSearchEnsemble(scheme, jobs));
    }

    @Test
    void trainReportsEveryMemberAndTheSavedEnsembleEvaluatesAndPredictsTheSame() throws IOException {
        Path model = iris("iris_ovo", "one_vs_one", 2);
        Path saved = folder.resolve("ensemble.json");
        Path report = folder.resolve("report.json");
        CommandLineTest.Run train = bdnn("train", model.toString(), "--save", saved.toString(), "--report",
                report.toString(), "--no-progress");
        assertThat(train.code()).as(train.out() + train.err()).isZero();
        assertThat(train.out()).contains("ensemble one_vs_one vote majority of 3 members, each by local_search",
                "0 vs 1", "0 vs 2", "1 vs 2", "confusion    test")
                .doesNotContain("PARTIAL");
        assertThat(train.err()).contains("member 3 of 3");

        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("ensemble").get("complete").asBoolean()).isTrue();
        JsonNode members = json.get("members");
        assertThat(members).hasSize(3);
        for (JsonNode member : members) {
            assertThat(member.get("status").asText()).isEqualTo("trained");
            assertThat(member.get("forward_pass_matches").asBoolean()).isTrue();
            assertThat(member.get("classes")).hasSize(2);
            assertThat(member.get("train_loss").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(member.get("validation_accuracy").asDouble()).isBetween(0.0, 1.0);
            assertThat(member.get("seconds").asDouble()).isPositive();
        }
        assertThat(members.get(0).get("classes").get(0).asText()).isEqualTo("0");

        // The saved ensemble, read back, gives the report's figures through evaluate and predict.
        Classifier read = EnsembleJson.read(saved);
        assertThat(read).isInstanceOf(Ensemble.class);
        ModelDefinition definition = Compiler.check(model);
        var test = definition.data().test();
        assertThat(read.evaluate("test", test.x(), test.y()).accuracy())
                .isEqualTo(json.get("splits").get("test").get("accuracy").asDouble());
        // One-vs-one: the ensemble's training loss is the sum of the members' training losses.
        double memberLosses = 0;
        for (JsonNode member : members) {
            memberLosses += member.get("train_loss").asDouble();
        }
        assertThat(json.get("splits").get("train").get("loss").asDouble()).isEqualTo(memberLosses);

        Path evaluation = folder.resolve("evaluation.json");
        CommandLineTest.Run evaluate = bdnn("evaluate", model.toString(), "--network", saved.toString(), "--attack",
                "random-sign", "--eps", "0,0.2", "--repeat", "2", "--certify", "0.01", "--report", evaluation.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode evaluated = NetworkJson.MAPPER.readTree(evaluation.toFile());
        for (String split : List.of("train", "validation", "test")) {
            assertThat(evaluated.get("splits").get(split).get("accuracy").asDouble()).as(split)
                    .isEqualTo(json.get("splits").get(split).get("accuracy").asDouble());
            assertThat(evaluated.get("splits").get(split).get("loss").asDouble()).as(split)
                    .isEqualTo(json.get("splits").get(split).get("loss").asDouble());
        }
        assertThat(evaluated.get("confusion").get("matrix")).isEqualTo(json.get("confusion").get("matrix"));
        assertThat(evaluated.get("attack").get(0).get("mean_accuracy").asDouble())
                .isEqualTo(json.get("splits").get("test").get("accuracy").asDouble());
        assertThat(evaluated.get("certification").get("train_fraction").asDouble()).isBetween(0.0, 1.0);

        // predict on raw rows gives the labels of the in-process vote.
        List<String> rows = Files.readAllLines(Path.of(dataset("iris.csv"))).subList(1, 151);
        Path csv = folder.resolve("x.csv");
        Files.write(csv, rows);
        CommandLineTest.Run predict = bdnn("predict", "--network", saved.toString(), "--csv", csv.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        List<String> expected = new ArrayList<>();
        for (String row : rows) {
            String[] fields = row.split(",");
            double[] raw = new double[4];
            for (int j = 0; j < 4; j++) {
                raw[j] = Double.parseDouble(fields[j]);
            }
            expected.add(read.classLabels().get(read.predict(read.scaling().apply(raw))));
        }
        assertThat(predict.out().lines().toList()).isEqualTo(expected);

        // A single-network option refuses an ensemble with a clear message.
        CommandLineTest.Run start = bdnn("train", iris("single", "one_vs_one", 1).toString(), "--start",
                saved.toString());
        assertThat(start.code()).isEqualTo(2);
        assertThat(start.err()).contains("--start");
    }

    @Test
    void jobsTwoTrainsTheSameEnsembleAsJobsOneAndOneVsRestWorks() throws IOException {
        Path one = folder.resolve("one.json");
        Path two = folder.resolve("two.json");
        assertThat(bdnn("train", iris("iris_a", "one_vs_one", 1).toString(), "--save", one.toString()).code()).isZero();
        assertThat(bdnn("train", iris("iris_b", "one_vs_one", 2).toString(), "--save", two.toString()).code()).isZero();
        JsonNode first = NetworkJson.MAPPER.readTree(one.toFile()).get("members");
        JsonNode second = NetworkJson.MAPPER.readTree(two.toFile()).get("members");
        assertThat(first).hasSize(3);
        for (int m = 0; m < 3; m++) {
            assertThat(second.get(m).get("network").get("layers")).as("member %d", m)
                    .isEqualTo(first.get(m).get("network").get("layers"));
        }

        Path rest = folder.resolve("rest.json");
        CommandLineTest.Run run = bdnn("train", iris("iris_r", "one_vs_rest", 2).toString(), "--save", rest.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 vs rest", "2 vs rest");
        Ensemble ensemble = (Ensemble) EnsembleJson.read(rest);
        assertThat(ensemble.scheme()).isEqualTo("one_vs_rest");
        assertThat(ensemble.members()).hasSize(3);
        assertThat(ensemble.members().get(2).network().classLabels()).containsExactly("2", "not 2");
    }

    /**
     * Ctrl-C in a real process after the first member: the ensemble of what was trained is saved,
     * marked partial in the report and the file, and evaluate still reads it.
     */
    @Test
    void ctrlCKeepsTheFinishedMembersAndMarksTheEnsemblePartial() throws Exception {
        Path model = folder.resolve("digits.bdnn");
        Files.writeString(model, """
                model digits_long
                data {
                  csv "%s" delimiter "," header true label last
                  take 600
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 1
                }
                network {
                  layer hidden: 6 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train {
                  ensemble one_vs_one vote majority
                  method local_search rounds 30 neurons seed 1
                  solver scip time 3000s per_mip 20s seed 1
                  jobs 1
                }
                """.formatted(dataset("digits.csv")));
        Path saved = folder.resolve("partial.json");
        Path report = folder.resolve("report.json");
        int code;
        try (BdnnProcess process = BdnnProcess.start(folder.resolve("out.txt"), "train", model.toString(), "--save",
                saved.toString(), "--report", report.toString(), "--no-progress")) {
            String line = process.firstLine("bdnn: member 1 of 45", 600);
            assertThat(line).as("the first member finished; the run said:%n%s", process.seen()).isNotNull();
            process.signal("INT");
            // The first line after the signal says at once what stops and what is kept.
            String said = process.firstLine("bdnn: stopping", 120);
            assertThat(said).as("the stopping line").isNotNull()
                    .startsWith("bdnn: stopping (Ctrl-C): interrupting the running members' MILPs")
                    .contains("kept in " + saved);
            assertThat(process.waitFor(120)).as("the process ends after Ctrl-C").isTrue();
            code = process.exitValue();
        }
        assertThat(code).isEqualTo(130);
        assertThat(Files.readString(folder.resolve("out.txt"))).contains("PARTIAL      interrupted");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("ensemble").get("complete").asBoolean()).isFalse();
        JsonNode members = json.get("members");
        assertThat(members).hasSize(45);
        assertThat(members.get(0).get("status").asText()).isEqualTo("trained");
        assertThat(members.get(44).get("status").asText()).isEqualTo("not trained");
        Ensemble ensemble = (Ensemble) EnsembleJson.read(saved);
        assertThat(ensemble.complete()).isFalse();
        assertThat(ensemble.memberCount()).isEqualTo(45);
        assertThat(ensemble.members().size()).isBetween(1, 44);
        CommandLineTest.Run evaluate = bdnn("evaluate", model.toString(), "--network", saved.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
    }
}
