package io.bdnn.cli;

import static io.bdnn.cli.CommandLineTest.bdnn;
import static io.bdnn.cli.CommandLineTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.bdnn.cli.CommandLineTest.Run;
import io.bdnn.testing.SolverCommands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bdnn compile} and {@code bdnn import} end to end with real solvers (CBC, GLPK): the
 * worked example of {@code docs/files.md}, every solution file error a user can meet, and the
 * options' messages.
 */
class CompileImportTest {

    @TempDir
    Path folder;

    @BeforeEach
    void solvers() {
        assumeFalse(Boolean.getBoolean("bdnn.skipExternalSolvers"), "external solvers skipped by -Dbdnn.skipExternalSolvers");
    }

    /** Runs an external solver in the test's folder (skipped, or failed under CI, when it is missing). */
    private String solver(String... command) throws Exception {
        return SolverCommands.run(folder, folder.resolve(command[0] + ".log"), List.of(command)).output();
    }

    private Path path(String name) {
        return folder.resolve(name);
    }

    /** The worked example of docs/files.md, step by step. */
    @Test
    void compileSolveWithCbcAndImportReportsAsTrainDoes() throws Exception {
        String example = model("breast-cancer-files.bdnn");
        Run compile = bdnn("compile", example, "-o", path("bc.mps").toString());
        assertThat(compile.code()).as(compile.err()).isZero();
        assertThat(compile.out()).contains("formulation  438 variables (208 binary, 22 integer), 2416 rows, 9748 nonzeros",
                "wrote        " + path("bc.mps") + " (free-mps, readable names", "name map     " + path("bc.map.json"),
                "add the constant 100 to the solver's objective");
        solver("cbc", "bc.mps", "-solve", "-solu", "bc.sol");
        assertThat(Files.readAllLines(path("bc.sol")).get(0)).isEqualTo("Optimal - objective value -100.00000000");
        Run imported = bdnn("import", example, "--solution", path("bc.sol").toString(), "--map",
                path("bc.map.json").toString(), "--report", path("r.json").toString(), "--save",
                path("net.json").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("method       exact, solver cbc", "status       OPTIMAL   objective 0",
                "forward pass the forward pass reproduces the MILP's loss 0", "train             100        0    1.0000",
                "validation         50", "test               50", "solution     " + path("bc.sol") + " (cbc)");
        JsonNode report = NetworkJson.MAPPER.readTree(path("r.json").toFile());
        assertThat(report.get("forward_pass_matches").asBoolean()).isTrue();
        assertThat(report.get("train").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(report.get("test").get("accuracy").asDouble()).isGreaterThan(0.8);
        assertThat(report.get("imported").get("format").asText()).isEqualTo("cbc");
        assertThat(NetworkJson.read(path("net.json")).classLabels()).containsExactly("0", "1");
    }

    @ParameterizedTest(name = "{0} with {1} names, solved by {2}")
    @CsvSource({"xor.lp, readable, glpsol --lp", "xor.mps.gz, short, glpsol --freemps", "xor.mps, short, cbc"})
    void everyFormatAndNameSchemeImportsWithoutBeingTold(String file, String names, String solver) throws Exception {
        Run compile = bdnn("compile", model("xor.bdnn"), "-o", path(file).toString(), "--names", names);
        assertThat(compile.code()).as(compile.err()).isZero();
        String[] command = solver.split(" ");
        if (command[0].equals("cbc")) {
            solver("cbc", file, "-solve", "-solu", "x.sol");
        } else {
            solver(command[0], command[1], file, "-w", "x.sol");
        }
        Run imported = bdnn("import", model("xor.bdnn"), "--solution", path("x.sol").toString());
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("train               4        0    1.0000");
    }

    @Test
    void aStartFromASavedNetworkIsAcceptedByCbc() throws Exception {
        Run train = bdnn("train", model("xor.bdnn"), "--save", path("net.json").toString());
        assertThat(train.code()).as(train.err()).isZero();
        Run compile = bdnn("compile", model("xor.bdnn"), "-o", path("xor.mps").toString(), "--start",
                path("net.json").toString());
        assertThat(compile.code()).as(compile.err()).isZero();
        assertThat(compile.out()).contains("xor.start.sol", "xor.start.mst", "xor.start.cbc", "xor.start.glpk",
                "feasible, objective 0");
        String log = solver("cbc", "xor.mps", "-mips", "xor.start.cbc", "-solve", "-solu", "x.sol");
        assertThat(log).contains("MIPStart provided solution with cost -4");
    }

    @Test
    void solutionFilesThatDoNotFitAreRefusedWithCode65() throws Exception {
        bdnn("compile", model("xor.bdnn"), "-o", path("xor.mps").toString());
        solver("glpsol", "--freemps", "xor.mps", "-w", "x.sol");
        List<String> lines = Files.readAllLines(path("x.sol"));
        Files.write(path("cut.sol"), lines.subList(0, lines.size() / 2));
        Run truncated = bdnn("import", model("xor.bdnn"), "--solution", path("cut.sol").toString());
        assertThat(truncated.code()).isEqualTo(65);
        assertThat(truncated.err()).isEqualTo("bdnn: " + path("cut.sol")
                + ": the GLPK solution is truncated: it does not end with 'e o f'\n");

        String solution = Files.readString(path("x.sol"));
        Files.writeString(path("bad.sol"), solution.replaceFirst("(?m)^j 1 -?1$", "j 1 0.5"));
        Run infeasible = bdnn("import", model("xor.bdnn"), "--solution", path("bad.sol").toString());
        assertThat(infeasible.code()).isEqualTo(65);
        assertThat(infeasible.err()).startsWith("bdnn: " + path("bad.sol") + ": the values violate ")
                .contains("this is not a solution of the model");

        Run wrongSolver = bdnn("import", model("xor.bdnn"), "--solution", path("x.sol").toString(), "--from", "cbc");
        assertThat(wrongSolver.code()).isEqualTo(65);
        assertThat(wrongSolver.err()).contains("not a CBC solution");
    }

    @Test
    void aNameMapOfAnotherModelOrOtherDataIsRefused() throws Exception {
        Path data = path("data.csv");
        Files.writeString(data, "0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        String text = Files.readString(Path.of(model("xor.bdnn")), StandardCharsets.UTF_8)
                .replaceAll("(?s)inline \\{.*?\\n  \\}", "csv \"data.csv\"");
        Path xor = path("xor.bdnn");
        Files.writeString(xor, text);
        assertThat(bdnn("compile", xor.toString(), "-o", path("xor.mps").toString()).code()).isZero();
        solver("cbc", "xor.mps", "-solve", "-solu", "x.sol");
        String[] importArgs = {"import", xor.toString(), "--solution", path("x.sol").toString(), "--map",
                path("xor.map.json").toString()};
        assertThat(bdnn(importArgs).code()).isZero();

        Files.writeString(data, "0,0,0\n0,1,1\n1,0,1\n1,1,1\n");
        Run otherData = bdnn(importArgs);
        assertThat(otherData.code()).isEqualTo(65);
        assertThat(otherData.err()).contains("the name map was written for other data", "belongs to a different model");

        Files.writeString(xor, text.replace("layer hidden: 2 step", "layer hidden: 3 step"));
        Run otherModel = bdnn(importArgs);
        assertThat(otherModel.code()).isEqualTo(65);
        assertThat(otherModel.err()).contains("written for another version of the model");
    }

    @Test
    void aSolverThatFoundNoSolutionGivesCode1() throws Exception {
        // Without pattern tables, with which CBC's root heuristics find a solution before node 0.
        java.nio.file.Path uniform = path("uniform.bdnn");
        java.nio.file.Files.writeString(uniform, java.nio.file.Files.readString(java.nio.file.Path.of(model("uniform.bdnn")))
                .replace("method exact", "method exact no_patterns"));
        bdnn("compile", uniform.toString(), "-o", path("u.mps").toString());
        solver("cbc", "u.mps", "-maxN", "0", "-solve", "-solu", "u.sol");
        Run imported = bdnn("import", uniform.toString(), "--solution", path("u.sol").toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(1);
        assertThat(imported.err()).contains("the solution file holds no network (NO_SOLUTION: cbc: Stopped on");
    }

    @Test
    void compileOptionsAreCheckedWithClearMessages() {
        Run unknown = bdnn("compile", model("xor.bdnn"), "-o", path("x.mps").toString(), "--format", "mps2");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("bdnn: compile: unknown format 'mps2'; expected free-mps, fixed-mps or lp\n");
        Run noExtension = bdnn("compile", model("xor.bdnn"), "-o", path("x.txt").toString());
        assertThat(noExtension.err()).contains("cannot tell the format of " + path("x.txt"));
        Run fixed = bdnn("compile", model("xor.bdnn"), "-o", path("x.mps").toString(), "--format", "fixed-mps",
                "--names", "readable");
        assertThat(fixed.code()).isEqualTo(2);
        assertThat(fixed.err()).contains("fixed MPS allows names of at most 8 characters");
        Run gzip = bdnn("compile", model("xor.bdnn"), "-o", path("x.mps").toString(), "--gzip");
        assertThat(gzip.code()).isZero();
        assertThat(path("x.mps.gz")).exists();
        assertThat(path("x.map.json")).exists();
        Run invalid = bdnn("compile", model("invalid/unknown-activation.bdnn"), "-o", path("y.mps").toString());
        assertThat(invalid.code()).isEqualTo(65);
        assertThat(path("y.mps")).doesNotExist();
        Run from = bdnn("import", model("xor.bdnn"), "--solution", path("x.sol").toString(), "--from", "xpress");
        assertThat(from.code()).isEqualTo(2);
        assertThat(from.err()).contains("unknown solver 'xpress'; expected one of cbc, glpk, highs, scip, gurobi,"
                + " lp_solve");
        Run missing = bdnn("import", model("xor.bdnn"), "--solution", path("none.sol").toString());
        assertThat(missing.code()).isEqualTo(65);
        assertThat(missing.err()).isEqualTo("bdnn: cannot read " + path("none.sol") + ": no such file\n");
    }

    @Test
    void compileAndImportHaveHelp() throws IOException {
        assertThat(bdnn("compile", "--help").out()).contains("Usage: bdnn compile", "--format", "--names", "--start");
        assertThat(bdnn("import", "--help").out()).contains("Usage: bdnn import", "--solution", "--from", "--map");
    }
}
