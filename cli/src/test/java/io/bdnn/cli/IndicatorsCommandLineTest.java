package io.bdnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code method exact indicators} through the commands: train, stats, compile and the refusal for CBC. */
class IndicatorsCommandLineTest {
    @TempDir
    Path folder;

    private Path model(String solver) throws IOException {
        String xor = Files.readString(ProjectFiles.model("xor.bdnn"))
                .replace("method exact", "method exact indicators").replace("solver scip", "solver " + solver);
        Path file = folder.resolve("xor-" + solver + ".bdnn");
        Files.writeString(file, xor);
        return file;
    }

    @Test
    void scipTrainsWithIndicatorRowsAndTheFilesCarryThem() throws IOException {
        Path model = model("scip");
        CommandLineTest.Run train = CommandLineTest.bdnn("train", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("status       OPTIMAL", "the forward pass reproduces the MILP's loss 0");

        CommandLineTest.Run stats = CommandLineTest.bdnn("stats", model.toString());
        assertThat(stats.out()).contains("formulation bdnn indicators", "indicator rows +", "indicator rows 16 of");

        Path mps = folder.resolve("xor.mps");
        CommandLineTest.Run compile = CommandLineTest.bdnn("compile", model.toString(), "-o", mps.toString());
        assertThat(compile.code()).as(compile.err()).isZero();
        assertThat(compile.out()).contains("indicators   16 of the rows are indicator rows", "CBC, GLPK, HiGHS and lp_solve reject the file");
        assertThat(Files.readString(mps)).contains("\nINDICATORS\n IF hidden.n1.s1.step_hi hidden.n1.s1.u 0\n");
    }

    @Test
    void cbcIsRefusedWhereTheOptionIsWritten() throws IOException {
        Path model = model("cbc");
        CommandLineTest.Run train = CommandLineTest.bdnn("train", model.toString());
        assertThat(train.code()).isEqualTo(65);
        assertThat(train.err()).contains(model + ":21:16: exact option 'indicators' writes indicator constraints,"
                + " which solver 'cbc' cannot take");
    }
}
