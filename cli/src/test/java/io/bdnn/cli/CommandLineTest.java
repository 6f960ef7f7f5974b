package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code bdnn} command end to end: exit codes, messages, reports and saved networks. */
class CommandLineTest {

    @TempDir
    Path folder;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
    }

    static Run bdnn(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String model(String name) {
        return ProjectFiles.model(name).toString();
    }

    @Test
    void checkAcceptsAValidModel() {
        Run run = bdnn("check", model("xor.bdnn"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("model 'xor' is valid: 2 features, 2 classes, 4/0/0");
    }

    @Test
    void checkRejectsAnInvalidModelWithALocatedMessageAndCode65() {
        Run run = bdnn("check", model("invalid/unknown-activation.bdnn"));
        assertThat(run.code()).isEqualTo(65);
        assertThat(run.err()).isEqualTo(model("invalid/unknown-activation.bdnn")
                + ":5:19: unknown activation 'relu' (binarized networks use 'step')\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingModelFileIsAClearErrorNotAStackTrace() {
        Run run = bdnn("train", "no/such/model.bdnn");
        assertThat(run.code()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("no/such/model.bdnn: cannot read model file: no such file\n");
    }

    @Test
    void aModelSavedAsUtf16IsALocatedMessageNamingTheEncoding() throws IOException {
        Path model = folder.resolve("model.bdnn");
        Files.writeString(model, "\uFEFF" + Files.readString(Path.of(model("xor.bdnn"))), StandardCharsets.UTF_16LE);
        Run run = bdnn("check", model.toString());
        assertThat(run.code()).isEqualTo(65);
        assertThat(run.err()).isEqualTo(model + ":1:1: file is UTF-16, not UTF-8 text; save it as UTF-8\n");
    }

    @Test
    void aMissingOrMalformedNetworkFileIsAnInputErrorNotAnInternalOne() throws IOException {
        Run missing = bdnn("evaluate", model("xor.bdnn"), "--network", folder.resolve("nosuch.json").toString());
        assertThat(missing.code()).isEqualTo(74);
        assertThat(missing.err()).doesNotContain("internal error").contains("nosuch.json");
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"x\": 1}");
        Run malformed = bdnn("evaluate", model("xor.bdnn"), "--network", bad.toString());
        assertThat(malformed.code()).isEqualTo(74);
        assertThat(malformed.err()).isEqualTo("bdnn: " + bad + ": not a bdnn network file (missing \"format\": \"bdnn-network\")\n");
    }

    @Test
    void statsPrintsFamiliesBigMAndEpsilon() {
        Run run = bdnn("stats", model("xor.bdnn"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("hidden/n*/s*/step_hi", "output/n*/p*/t", "total", "big-M range",
                "epsilon hidden", "floor 1e-4");
    }

    @Test
    void trainWritesAReportAndANetworkThatReproducesTheResult() throws IOException {
        Path report = folder.resolve("out/report.json");
        Path network = folder.resolve("out/net.json");
        Run run = bdnn("train", model("xor.bdnn"), "--report", report.toString(), "--save", network.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("status       OPTIMAL", "forward pass the forward pass reproduces");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("model").asText()).isEqualTo("xor");
        assertThat(json.get("method").asText()).isEqualTo("exact");
        assertThat(json.get("solver").asText()).isEqualTo("scip");
        assertThat(json.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(json.get("objective").asDouble()).isZero();
        assertThat(json.get("best_bound").asDouble()).isZero();
        assertThat(json.get("forward_pass_matches").asBoolean()).isTrue();
        assertThat(json.get("train").get("samples").asInt()).isEqualTo(4);
        assertThat(json.get("train").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("validation").isNull()).isTrue();
        assertThat(json.get("test").isNull()).isTrue();
        for (String field : new String[] {"variables", "binaries", "integers", "constraints", "nonzeros"}) {
            assertThat(json.get("formulation").get(field).asLong()).as(field).isPositive();
        }
        for (String field : new String[] {"compile", "solve", "total"}) {
            assertThat(json.get("seconds").get(field).asDouble()).as(field).isPositive();
        }
        Network saved = NetworkJson.read(network);
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1, 0};
        assertThat(ForwardPass.evaluate(saved, "train", x, y).accuracy()).isEqualTo(1.0);
        assertThat(saved.classLabels()).containsExactly("0", "1");
        assertThat(Files.list(report.getParent())).allMatch(file -> !file.toString().endsWith(".tmp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xor.bdnn", "uniform.bdnn", "breast-cancer-small.bdnn"})
    void everyExampleModelTrainsAndItsForwardPassMatches(String name) throws IOException {
        Path report = folder.resolve(name + ".json");
        Run run = bdnn("train", model(name), "--report", report.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("forward_pass_matches").asBoolean()).isTrue();
        assertThat(json.get("status").asText()).isIn("OPTIMAL", "FEASIBLE");
    }

    @Test
    void commandLineOverridesAreCheckedWithClearMessages() {
        Run unknown = bdnn("train", model("xor.bdnn"), "--solver", "gurobi");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown solver 'gurobi'; expected one of scip, cbc, cp-sat, highs");
        Run negative = bdnn("train", model("xor.bdnn"), "--time-limit", "-5s");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("the time limit must be positive, found '-5s'");
        Run overridden = bdnn("train", model("xor.bdnn"), "--solver", "highs", "--time-limit", "20s");
        assertThat(overridden.code()).as(overridden.err()).isZero();
        assertThat(overridden.out()).contains("solver highs (time 20s)");
    }

    @Test
    void cpSatRefusesContinuousWeightsWithALocatedMessage() {
        Run run = bdnn("train", model("uniform.bdnn"), "--solver", "cp-sat");
        assertThat(run.code()).isEqualTo(65);
        assertThat(run.err()).startsWith(model("uniform.bdnn") + ":21:10: cp-sat needs every variable to be integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "stats", "train"})
    void everyCommandHasHelp(String command) {
        Run run = bdnn(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: bdnn " + command);
    }
}
