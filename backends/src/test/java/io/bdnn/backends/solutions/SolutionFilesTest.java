package io.bdnn.backends.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import io.bdnn.ast.SourceSpan;
import io.bdnn.backends.Corpus;
import io.bdnn.backends.ExternalSolvers;
import io.bdnn.backends.OrToolsFiles;
import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.files.Provenance;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import io.bdnn.network.ForwardPass;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Solution files of every supported solver, read back: real files written by CBC, GLPK,
 * lp_solve and HiGHS (through OR-Tools, in both of HiGHS's readable styles), and SCIP's and
 * Gurobi's documented formats (no binary of either is installable here). Files without a
 * solution give a result without values; truncated files and files of other models are refused
 * with a sentence that says so.
 */
class SolutionFilesTest {
    private static final String XOR = "xor-2-hidden";

    @TempDir
    Path folder;

    @BeforeEach
    void solvers() {
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
    }

    private Path write(String name, LinearModel model, Provenance provenance, ModelFileFormat format) throws Exception {
        Path file = folder.resolve(name + (format == ModelFileFormat.LP ? ".lp" : ".mps"));
        ModelFiles.write(model, provenance, file, new ModelFiles.Options(format, format.defaultNames(), false));
        return file;
    }

    private Path xorMps() throws Exception {
        CompiledModel compiled = Corpus.compiled(XOR);
        return write(XOR, compiled.model(), Corpus.provenance(XOR), ModelFileFormat.FREE_MPS);
    }

    private static NameScheme readable(LinearModel model) {
        return NameScheme.of(NameScheme.Kind.READABLE, model, ModelFileFormat.FREE_MPS.nameLimit());
    }

    /** {@code 2x + 2y = 5} over integers: LP-feasible, MIP-infeasible. */
    private static LinearModel infeasible() {
        LinearModelBuilder builder = new LinearModelBuilder("infeasible");
        SourceSpan span = SourceSpan.none("test.bdnn");
        Family vars = builder.family("net", "v", List.of(new Family.Axis("k", 2)), "test", span);
        Family rows = builder.family("net", "parity", List.of(), "test", span);
        int x = builder.addColumn(vars, 0, 0, 10, VarType.INTEGER);
        int y = builder.addColumn(vars, 1, 0, 10, VarType.INTEGER);
        builder.addObjective(x, 1);
        builder.beginRow(rows, 0);
        builder.term(x, 2);
        builder.term(y, 2);
        builder.endRow(5, 5);
        return builder.build();
    }

    @Test
    void anInfeasibleModelGivesNoSolutionFromEverySolver() throws Exception {
        LinearModel model = infeasible();
        Path file = write("infeasible", model, new Provenance("infeasible", "test.bdnn", "0", "0"),
                ModelFileFormat.FREE_MPS);
        NameScheme names = readable(model);
        Path cbc = folder.resolve("cbc.sol");
        ExternalSolvers.cbc(file, cbc);
        Path glpk = folder.resolve("glpk.sol");
        ExternalSolvers.glpk(file, ModelFileFormat.FREE_MPS, glpk);
        Path lpSolve = folder.resolve("lp_solve.txt");
        assertThat(ExternalSolvers.lpSolve(file, ModelFileFormat.FREE_MPS, lpSolve).exitCode()).isEqualTo(2);
        for (Path solution : List.of(cbc, glpk, lpSolve)) {
            SolutionFile parsed = SolverFormat.detect(solution).read(solution);
            SolveResult result = SolutionImporter.match(solution.toString(), parsed, model, names).result();
            assertThat(result.status()).as(solution.toString()).isEqualTo(SolveStatus.INFEASIBLE);
            assertThat(result.values()).isNull();
        }
    }

    @Test
    void cbcStoppedWithoutAnIntegerSolutionGivesNoSolution() throws Exception {
        // Without pattern tables, which let CBC's root heuristics find a solution before node 0.
        CompiledModel compiled = io.bdnn.compiler.Compiler.lower(io.bdnn.compiler.Compiler.check(Corpus.file("uniform")),
                new io.bdnn.lowering.Formulation(io.bdnn.lowering.Formulation.Base.BDNN, java.util.Set.of()));
        Path file = write("uniform", compiled.model(), Corpus.provenance("uniform"), ModelFileFormat.FREE_MPS);
        Path cbc = folder.resolve("cbc.sol");
        ExternalSolvers.cbc(file, cbc, "-maxN", "0");
        SolutionFile parsed = SolverFormat.detect(cbc).read(cbc);
        assertThat(parsed.statusText()).contains("no integer solution");
        SolveResult result = SolutionImporter.match(cbc.toString(), parsed, compiled.model(), readable(compiled.model()))
                .result();
        assertThat(result.status()).isEqualTo(SolveStatus.NO_SOLUTION);
        assertThat(result.values()).isNull();
    }

    @Test
    void truncatedFilesAreRefused() throws Exception {
        LinearModel model = Corpus.compiled(XOR).model();
        NameScheme names = readable(model);
        Path file = xorMps();
        Path glpk = folder.resolve("glpk.sol");
        ExternalSolvers.glpk(file, ModelFileFormat.FREE_MPS, glpk);
        assertRefused(cut(glpk, 0.9), SolverFormat.GLPK, model, names, "truncated: it does not end with 'e o f'");
        Path lpSolve = folder.resolve("lp_solve.txt");
        ExternalSolvers.lpSolve(file, ModelFileFormat.FREE_MPS, lpSolve);
        assertRefused(cut(lpSolve, 0.15), SolverFormat.LP_SOLVE, model, names, "the file is truncated");
        Path cbc = folder.resolve("cbc.sol");
        ExternalSolvers.cbc(file, cbc);
        assertRefused(cut(cbc, 0.5), SolverFormat.CBC, model, names, "not a solution of the model");
        Path highs = highs(file, 0);
        assertRefused(cut(highs, 0.1), SolverFormat.HIGHS, model, names, "truncated");
    }

    @Test
    void aSolutionOfAnotherModelIsRefused() throws Exception {
        CompiledModel other = Corpus.compiled("breast-cancer-slice");
        Path file = write("other", other.model(), Corpus.provenance("breast-cancer-slice"), ModelFileFormat.FREE_MPS);
        LinearModel xor = Corpus.compiled(XOR).model();
        Path cbc = folder.resolve("cbc.sol");
        ExternalSolvers.cbc(file, cbc);
        assertRefused(cbc, SolverFormat.CBC, xor, readable(xor), "which this model does not have");
        Path glpk = folder.resolve("glpk.sol");
        ExternalSolvers.glpk(file, ModelFileFormat.FREE_MPS, glpk);
        assertRefused(glpk, SolverFormat.GLPK, xor, readable(xor), "belongs to a different model");
    }

    @Test
    void highsSolutionFilesInBothStylesGiveTheOptimalNetwork() throws Exception {
        CompiledModel compiled = Corpus.compiled(XOR);
        Path file = xorMps();
        for (int style : new int[] {0, 4}) {
            Path highs = highs(file, style);
            assertThat(SolverFormat.detect(highs)).isEqualTo(SolverFormat.HIGHS);
            assertOptimalNetwork(highs, SolverFormat.HIGHS.read(highs), compiled);
        }
    }

    /** SCIP's and Gurobi's documented formats, filled with OR-Tools' optimal values. */
    @Test
    void scipAndGurobiFormatsGiveTheOptimalNetwork() throws Exception {
        CompiledModel compiled = Corpus.compiled(XOR);
        LinearModel model = compiled.model();
        NameScheme names = readable(model);
        ModelBuilderHelper read = OrToolsFiles.read(xorMps());
        ModelSolverHelper solver = new ModelSolverHelper("scip");
        solver.solve(read);
        double objective = solver.getObjectiveValue();
        StringBuilder scip = new StringBuilder("solution status: optimal solution found\n")
                .append(String.format("objective value:                                   %.15g%n", objective));
        StringBuilder gurobi = new StringBuilder("# Solution for model xor_2_hidden\n# Objective value = ")
                .append(objective).append('\n');
        for (int col = 0; col < model.numColumns(); col++) {
            double value = solver.getVariableValue(col);
            if (value != 0) {
                scip.append(String.format("%-50s %.15g \t(obj:%s)%n", names.columnName(col), value,
                        model.objective(col)));
            }
            gurobi.append(names.columnName(col)).append(' ').append(value).append('\n');
        }
        Path scipFile = folder.resolve("scip.sol");
        Files.writeString(scipFile, scip);
        Path gurobiFile = folder.resolve("gurobi.sol");
        Files.writeString(gurobiFile, gurobi);
        assertThat(SolverFormat.detect(scipFile)).isEqualTo(SolverFormat.SCIP);
        assertThat(SolverFormat.detect(gurobiFile)).isEqualTo(SolverFormat.GUROBI);
        assertOptimalNetwork(scipFile, SolverFormat.SCIP.read(scipFile), compiled);
        SolutionFile fromGurobi = SolverFormat.GUROBI.read(gurobiFile);
        assertThat(fromGurobi.status()).isEqualTo(SolveStatus.FEASIBLE);
        Files.writeString(scipFile, "solution status: infeasible\nno solution available\n");
        SolveResult none = SolutionImporter.match("scip.sol", SolverFormat.SCIP.read(scipFile), model, names).result();
        assertThat(none.status()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @Test
    void unknownAndEmptyFilesAreRefusedWithTheFormatsListed() throws Exception {
        Path empty = folder.resolve("empty.sol");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> SolverFormat.detect(empty)).isInstanceOf(SolutionFormatException.class)
                .hasMessageContaining("the solution file is empty");
        Path other = folder.resolve("other.sol");
        Files.writeString(other, "hello world\n");
        assertThatThrownBy(() -> SolverFormat.detect(other)).isInstanceOf(SolutionFormatException.class)
                .hasMessageContaining("not a solution file of cbc, glpk, highs, scip, gurobi, lp_solve")
                .hasMessageContaining("--from");
    }

    private Path highs(Path mps, int style) throws Exception {
        Path solution = folder.resolve("highs-" + style + ".sol");
        ModelSolverHelper solver = new ModelSolverHelper("highs");
        solver.setSolverSpecificParameters("output_flag=false,write_solution_to_file=true,solution_file="
                + solution.toAbsolutePath() + ",write_solution_style=" + style);
        solver.solve(OrToolsFiles.read(mps));
        assertThat(solution).exists();
        return solution;
    }

    private static void assertOptimalNetwork(Path file, SolutionFile parsed, CompiledModel compiled) throws Exception {
        SolveResult result = SolutionImporter.match(file.toString(), parsed, compiled.model(), readable(compiled.model()))
                .result();
        assertThat(result.status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
        assertThat(result.objective()).isCloseTo(0, within(1e-6));
        var definition = compiled.definition();
        var network = SolutionReader.read(compiled.lowered(), result.values(), definition.scaling(),
                definition.data().classLabels()).network();
        assertThat(ForwardPass.evaluate(network, "train", definition.data().train().x(), definition.data().train().y())
                .loss()).isZero();
    }

    private static void assertRefused(Path file, SolverFormat format, LinearModel model, NameScheme names,
                                      String message) {
        assertThatThrownBy(() -> SolutionImporter.match(file.toString(), format.read(file), model, names))
                .isInstanceOf(SolutionFormatException.class).hasMessageContaining(message);
    }

    /** A copy of the file with only its first {@code fraction} of lines. */
    private Path cut(Path file, double fraction) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path cut = folder.resolve("cut-" + file.getFileName());
        Files.write(cut, lines.subList(0, (int) (lines.size() * fraction)), StandardCharsets.UTF_8);
        return cut;
    }
}
