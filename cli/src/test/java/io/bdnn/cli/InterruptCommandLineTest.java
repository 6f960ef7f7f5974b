package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM in a real process while a MILP runs with a 60 s limit (the robust breast
 * cancer split of models/robust.bdnn, whose second MILP runs to its limit): the process says at
 * once that it stops, ends within seconds, and leaves only whole files. The bounds are generous
 * (a loaded 2-core machine); what they check is that nobody waits for the 60 s limit.
 */
class InterruptCommandLineTest {
    /** Seconds within which the stopping message must appear, and the process end, after the signal. */
    private static final long SAYS_WITHIN = 5;
    private static final long ENDS_WITHIN = 15;

    @TempDir
    Path folder;

    @Test
    void ctrlCInterruptsTheRunningMilpAndKeepsItsBestSolution() throws Exception {
        Stopped run = trainAndSignal(1, "INT");

        assertThat(run.code()).isEqualTo(130);
        assertThat(run.stopping()).isEqualTo("bdnn: stopping (Ctrl-C): interrupting the running MILP; the best"
                + " network so far is kept in " + folder.resolve("best.json") + ", the report written to "
                + folder.resolve("report.json") + " (interrupted: true). Ctrl-C again quits at once (files already"
                + " written stay whole).");
        JsonNode report = NetworkJson.MAPPER.readTree(folder.resolve("report.json").toFile());
        assertThat(report.get("interrupted").asBoolean()).isTrue();
        assertThat(report.get("stop_reason").asText()).isEqualTo("interrupted");
        assertThat(report.get("rounds").size()).isEqualTo(2);
        assertThat(NetworkJson.read(folder.resolve("best.json")).depth()).isEqualTo(2);
        assertThat(run.out()).contains("stopped      interrupted (the best network so far is kept)");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void sigtermGivesUpAMilpThatCannotBeInterrupted() throws Exception {
        // SCIP on two threads runs its concurrent solver, which ignores the interrupt once its
        // threads started (one that comes during presolve still stops it): given up, or stopped.
        Stopped run = trainAndSignal(2, "TERM");

        assertThat(run.code()).isEqualTo(143);
        assertThat(run.stopping()).startsWith("bdnn: stopping (SIGTERM): scip with several threads cannot be"
                + " interrupted, so its running MILP is given up; the best network so far is kept in ")
                .endsWith("SIGTERM again quits at once (files already written stay whole).");
        JsonNode report = NetworkJson.MAPPER.readTree(folder.resolve("report.json").toFile());
        assertThat(report.get("interrupted").asBoolean()).isTrue();
        assertThat(report.get("rounds").get(1).get("status").asText()).isIn("NO_SOLUTION", "FEASIBLE");
        Network saved = NetworkJson.read(folder.resolve("best.json"));
        assertThat(saved.depth()).isEqualTo(2);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aSecondCtrlCEndsTheProcessAtOnceLeavingOnlyWholeFiles() throws Exception {
        int code;
        try (BdnnProcess process = start(2)) {
            process.awaitLine("bdnn: step 1 ", 120);
            process.signal("INT");
            process.awaitLine("bdnn: stopping (Ctrl-C)", SAYS_WITHIN);
            process.signal("INT");
            assertThat(process.waitFor(ENDS_WITHIN)).as("the process ends at once").isTrue();
            assertThat(process.awaitLine("bdnn: stopped at once", 1))
                    .isEqualTo("bdnn: stopped at once (second Ctrl-C); files already written are whole");
            code = process.exitValue();
        }
        assertThat(code).isEqualTo(130);
        // The network of step 1 was saved when it was found; whatever else is there is whole.
        assertThat(NetworkJson.read(folder.resolve("best.json")).depth()).isEqualTo(2);
        if (Files.exists(folder.resolve("report.json"))) {
            assertThat(NetworkJson.MAPPER.readTree(folder.resolve("report.json").toFile()).get("interrupted")
                    .asBoolean()).isTrue();
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    /** What a run stopped by a signal printed and returned. */
    record Stopped(int code, String stopping, String out) {
    }

    /** Trains, sends the signal once step 1 is done and the second MILP runs, and waits for the end. */
    private Stopped trainAndSignal(int threads, String signal) throws Exception {
        try (BdnnProcess process = start(threads)) {
            process.awaitLine("bdnn: step 1 ", 120);
            Thread.sleep(1000);
            process.signal(signal);
            String stopping = process.awaitLine("bdnn: stopping (", SAYS_WITHIN);
            assertThat(process.waitFor(ENDS_WITHIN)).as("the process ends within seconds").isTrue();
            return new Stopped(process.exitValue(), stopping, Files.readString(folder.resolve("out.txt")));
        }
    }

    private BdnnProcess start(int threads) throws IOException {
        Path model = folder.resolve("robust.bdnn");
        Files.writeString(model, """
                model robust_breast_cancer
                data {
                  csv "%s" delimiter ";" header false label last
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 1
                }
                network {
                  layer hidden: 16 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train {
                  loss hamming
                  method split kmeans max_splits 5 batch 64 restarts 10 seed 1
                  robust linf 0.1
                  solver scip time 600s per_mip 60s threads %d seed 1
                }
                """.formatted(MethodsCommandLineTest.dataset("breast-cancer-wisconsin.csv"), threads));
        return BdnnProcess.start(folder.resolve("out.txt"), "train", model.toString(), "--save",
                folder.resolve("best.json").toString(), "--report", folder.resolve("report.json").toString(),
                "--no-progress");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
