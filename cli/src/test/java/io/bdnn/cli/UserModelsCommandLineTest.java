package io.bdnn.cli;

import static io.bdnn.cli.CommandLineTest.bdnn;
import static io.bdnn.cli.CommandLineTest.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models with constraints and their own objectives through {@code bdnn train}, as a user runs them. */
class UserModelsCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void theConstraintsExampleTrainsAndEveryConstraintHoldsByForwardPass() throws Exception {
        Path report = folder.resolve("report.json");
        CommandLineTest.Run run = bdnn("train", model("constraints.bdnn"), "--no-progress", "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("status       OPTIMAL   objective 2   bound 2",
                "forward pass the forward pass reproduces the MILP's objective 2 (sparse_inputs holds; "
                        + "few_neurons holds; parity holds; misclassified 2) and all its activations");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("forward_pass_matches").asBoolean()).isTrue();
        assertThat(json.get("forward_pass").get("forward_loss").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aLexicographicLossIsSolvedStageByStage() throws Exception {
        Path report = folder.resolve("report.json");
        CommandLineTest.Run run = bdnn("train", model("lexicographic.bdnn"), "--no-progress", "--report",
                report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("(stage 1: misclassified 0; stage 2: min_nonzero 6)");
        JsonNode json = NetworkJson.MAPPER.readTree(report.toFile());
        assertThat(json.get("solver_message").asText()).isEqualTo("lexicographic stages reached 0, then 6");
    }

    @Test
    void statsNamesTheUserFamilies() {
        CommandLineTest.Run run = bdnn("stats", model("constraints.bdnn"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("sparse_inputs/k*/le", "hidden/n*/active", "predict/s*/c*/p", "parity/m*/abs",
                "loss/misclassified");
    }
}
