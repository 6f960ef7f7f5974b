package io.bdnn.cli;

import static io.bdnn.cli.CommandLineTest.bdnn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bdnn plan} and {@code bdnn merge}: the jobs run with GNU parallel give the same ensemble
 * as {@code bdnn train} in one process, and a missing or foreign member is an error naming it.
 */
class PlanMergeTest {

    @TempDir
    Path folder;

    private Path model() throws IOException {
        return IrisModels.write(folder.resolve("iris.bdnn"), "iris_plan", "minmax", IrisModels.HIDDEN_3,
                IrisModels.localSearchEnsemble("one_vs_one", 2));
    }

    /** GNU parallel, or a skip with the reason (a failure under CI, which installs it). */
    private static void requireParallel() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("parallel", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        String message = "GNU parallel is not installed (apt-get install parallel); the plan's run-parallel.sh needs it";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    @Test
    void theJobsRunWithGnuParallelMergeIntoTheEnsembleTrainedInProcess() throws Exception {
        requireParallel();
        Path model = model();
        Path inProcess = folder.resolve("in-process.json");
        Path inProcessReport = folder.resolve("in-process-report.json");
        CommandLineTest.Run train = bdnn("train", model.toString(), "--save", inProcess.toString(), "--report",
                inProcessReport.toString());
        assertThat(train.code()).as(train.err()).isZero();

        Path jobs = folder.resolve("jobs");
        CommandLineTest.Run plan = bdnn("plan", model.toString(), "-o", jobs.toString());
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("3 jobs");
        for (String file : new String[] {"plan.json", "model.bdnn", "run-parallel.sh", "slurm-array.sh",
                "m01/job.sh", "m01/model.bdnn", "m03/job.sh"}) {
            assertThat(jobs.resolve(file)).as(file).isRegularFile();
        }
        assertThat(Files.readString(jobs.resolve("slurm-array.sh"))).contains("#SBATCH --array=1-3");

        String bdnn = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + System.getProperty("java.class.path") + " io.bdnn.cli.Main";
        ProcessBuilder builder = new ProcessBuilder("bash", jobs.resolve("run-parallel.sh").toString(), "-j", "2")
                .redirectErrorStream(true).redirectOutput(folder.resolve("parallel.out").toFile());
        builder.environment().put("BDNN", bdnn);
        Process process = builder.start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("the jobs end").isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("parallel.out"))
                + Files.readString(jobs.resolve("parallel.log"))).isZero();

        Path merged = folder.resolve("merged.json");
        Path mergedReport = folder.resolve("merged-report.json");
        CommandLineTest.Run merge = bdnn("merge", jobs.toString(), "-o", merged.toString(), "--report",
                mergedReport.toString());
        assertThat(merge.code()).as(merge.out() + merge.err()).isZero();
        assertThat(merge.out()).contains("0 vs 1", "1 vs 2", "matches").doesNotContain("MISMATCH");

        JsonNode expected = NetworkJson.MAPPER.readTree(inProcess.toFile());
        JsonNode actual = NetworkJson.MAPPER.readTree(merged.toFile());
        assertThat(actual.get("members")).hasSize(3);
        for (int m = 0; m < 3; m++) {
            assertThat(actual.get("members").get(m).get("network").get("layers")).as("member %d", m + 1)
                    .isEqualTo(expected.get("members").get(m).get("network").get("layers"));
        }
        assertThat(NetworkJson.MAPPER.readTree(mergedReport.toFile()).get("splits"))
                .isEqualTo(NetworkJson.MAPPER.readTree(inProcessReport.toFile()).get("splits"));

        // A foreign member: member 1's network in member 3's place.
        Path third = jobs.resolve("m03/network.json");
        Path kept = folder.resolve("m03.json");
        Files.copy(third, kept);
        Files.copy(jobs.resolve("m01/network.json"), third, StandardCopyOption.REPLACE_EXISTING);
        CommandLineTest.Run foreign = bdnn("merge", jobs.toString(), "-o", merged.toString());
        assertThat(foreign.code()).isEqualTo(Main.INVALID_MODEL);
        assertThat(foreign.err()).contains("member 3 (1 vs 2)", "is not this plan's member: it is member 1");

        // Trained from another model file: the recorded hash differs.
        ObjectNode edited = (ObjectNode) NetworkJson.MAPPER.readTree(kept.toFile());
        ((ObjectNode) edited.get("member")).put("source_hash", "0123456789abcdef0123");
        NetworkJson.MAPPER.writeValue(third.toFile(), edited);
        CommandLineTest.Run otherModel = bdnn("merge", jobs.toString(), "-o", merged.toString());
        assertThat(otherModel.code()).isEqualTo(Main.INVALID_MODEL);
        assertThat(otherModel.err()).contains("member 3 (1 vs 2)", "trained from another model file");

        // A missing member.
        Files.delete(third);
        CommandLineTest.Run missing = bdnn("merge", jobs.toString(), "-o", merged.toString());
        assertThat(missing.code()).isEqualTo(Main.INVALID_MODEL);
        assertThat(missing.err()).contains("member 3 (1 vs 2): " + jobs.resolve("m03") + File.separator
                + "network.json is missing");
    }

    @Test
    void planAndMemberRefuseModelsWithoutAnEnsemble() throws IOException {
        Path single = folder.resolve("single.bdnn");
        Files.writeString(single, Files.readString(model()).replace("ensemble one_vs_one vote majority", "")
                .replace("jobs 2", ""));
        CommandLineTest.Run plan = bdnn("plan", single.toString(), "-o", folder.resolve("jobs").toString());
        assertThat(plan.code()).isEqualTo(2);
        assertThat(plan.err()).contains("declares no ensemble");
        CommandLineTest.Run member = bdnn("train", model().toString(), "--member", "4");
        assertThat(member.code()).isEqualTo(2);
        assertThat(member.err()).contains("--member: expected a member from 1 to 3, found 4");
        CommandLineTest.Run whole = bdnn("compile", model().toString(), "-o", folder.resolve("all.mps").toString());
        assertThat(whole.code()).isEqualTo(2);
        assertThat(whole.err()).contains("declares an ensemble of 3 members; choose one with --member N (1 to 3)");
        Path mps = folder.resolve("member2.mps");
        CommandLineTest.Run one = bdnn("compile", model().toString(), "--member", "2", "-o", mps.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(mps).isRegularFile();
        assertThat(one.out()).contains("iris_plan.m0v2");
        CommandLineTest.Run empty = bdnn("merge", folder.toString(), "-o", folder.resolve("x.json").toString());
        assertThat(empty.code()).isEqualTo(Main.INVALID_MODEL);
        assertThat(empty.err()).contains("plan.json is missing");
    }
}
