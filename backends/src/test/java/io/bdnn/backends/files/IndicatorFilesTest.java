package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;
import io.bdnn.backends.Corpus;
import io.bdnn.backends.ExternalSolvers;
import io.bdnn.backends.OrToolsFiles;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.lowering.Formulation;
import io.bdnn.milp.LinearModel;
import io.bdnn.testing.SolverCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Indicator rows ({@code method exact indicators}) in model files: the MPS {@code INDICATORS}
 * section is read by an independent reader (OR-Tools' MPS reader), whose SCIP finds the big-M
 * formulation's optimum, and without the section the same rows make the model infeasible, so the
 * section is what the reader used; CPLEX LP writes {@code u = v ->}; CBC, GLPK and lp_solve
 * reject the MPS file loudly instead of misreading it.
 */
class IndicatorFilesTest {
    /** A corpus model whose optimum (2) needs branching. */
    private static final String MODEL = "xor-1-hidden";

    @TempDir
    Path folder;

    static CompiledModel withIndicators() {
        return Compiler.lower(Compiler.check(Corpus.file(MODEL)),
                new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.INDICATORS)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ModelFileFormat.class, names = {"FREE_MPS", "FIXED_MPS"})
    void orToolsReadsTheIndicatorsSectionAndScipFindsTheBigMOptimum(ModelFileFormat format) throws Exception {
        CompiledModel compiled = withIndicators();
        LinearModel model = compiled.model();
        assertThat(model.numIndicatorRows()).isPositive();
        Path file = folder.resolve("ind.mps");
        ModelFiles.write(model, Provenance.of(compiled), file, new ModelFiles.Options(format, format.defaultNames(), false));
        String text = Files.readString(file);
        String section = text.substring(text.indexOf("\nINDICATORS\n") + 1, text.indexOf("ENDATA"));
        assertThat(section.lines().filter(line -> line.startsWith(" IF ")).count()).isEqualTo(model.numIndicatorRows());
        assertThat(text.indexOf("\nBOUNDS\n")).isLessThan(text.indexOf("\nINDICATORS\n"));
        assertThat(text).contains("indicator rows (INDICATORS section)");

        ModelBuilderHelper read = OrToolsFiles.read(file);
        assertThat(read.numVariables()).isEqualTo(model.numColumns());
        double optimum = OrToolsFiles.optimum(read) + model.objectiveConstant();
        double bigM = Corpus.entries().stream().filter(e -> e.name().equals(MODEL)).findFirst().orElseThrow().optimum();
        assertThat(optimum).isCloseTo(bigM, within(1e-6));

        // Without the section the implications become plain rows (a <= 0 and a >= eps): infeasible.
        Path plain = folder.resolve("plain.mps");
        Files.writeString(plain, text.substring(0, text.indexOf("INDICATORS\n")) + "ENDATA\n");
        ModelSolverHelper solver = new ModelSolverHelper("scip");
        solver.setTimeLimitInSeconds(60);
        solver.solve(OrToolsFiles.read(plain));
        assertThat(solver.getStatus()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @Test
    void cplexLpWritesEachIndicatorRowWithItsBinaryAndValue() throws Exception {
        CompiledModel compiled = withIndicators();
        Path file = folder.resolve("ind.lp");
        ModelFiles.write(compiled.model(), Provenance.of(compiled), file,
                new ModelFiles.Options(ModelFileFormat.LP, NameScheme.Kind.READABLE, false));
        String text = Files.readString(file);
        assertThat(text).contains(" hidden.n1.s1.step_hi: hidden.n1.s1.u = 0 -> ",
                " hidden.n1.s1.step_lo: hidden.n1.s1.u = 1 -> ");
        assertThat(text.lines().filter(line -> line.contains(" -> ")).count())
                .isEqualTo(compiled.model().numIndicatorRows());
        assertThat(text).contains("CBC misreads them");
    }

    @Test
    void cbcGlpkAndLpSolveRejectTheMpsFileInsteadOfMisreadingIt() throws Exception {
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
        SolverCommands.require("cbc");
        SolverCommands.require("glpsol");
        SolverCommands.require("lp_solve");
        CompiledModel compiled = withIndicators();
        Path file = folder.resolve("ind.mps");
        ModelFiles.write(compiled.model(), Provenance.of(compiled), file,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
        Path solution = folder.resolve("cbc.sol");
        SolverCommands.Run run = ExternalSolvers.cbc(file, solution);
        assertThat(run.output()).contains("INDICATORS").contains("errors");
        assertThat(Files.exists(solution) && Files.readString(solution).startsWith("Optimal")).isFalse();
        SolverCommands.Run glpk = ExternalSolvers.glpk(file, ModelFileFormat.FREE_MPS, folder.resolve("glpk.sol"));
        assertThat(glpk.exitCode()).isNotZero();
        assertThat(glpk.output()).contains("invalid indicator record");
        Path lpSolveOutput = folder.resolve("lp_solve.out");
        SolverCommands.Run lpSolve = ExternalSolvers.lpSolve(file, ModelFileFormat.FREE_MPS, lpSolveOutput);
        assertThat(lpSolve.exitCode()).isEqualTo(255);
    }
}
