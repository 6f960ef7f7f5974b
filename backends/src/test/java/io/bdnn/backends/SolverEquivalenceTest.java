package io.bdnn.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.backends.solutions.SolutionFile;
import io.bdnn.backends.solutions.SolutionImporter;
import io.bdnn.backends.solutions.SolverFormat;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.ForwardPass;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import io.bdnn.testing.SolverCommands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof by real solvers: every corpus model is written as free MPS, fixed MPS and CPLEX LP;
 * each file is solved by CBC, GLPK, lp_solve (MPS, small models) and by OR-Tools reading the MPS
 * back. Every optimum must equal the direct OR-Tools solve of the lowered model within 1e-6,
 * and every solver's solution file, read back by {@code SolutionImporter}, must give a network
 * whose exact forward pass has that training loss.
 */
class SolverEquivalenceTest {
    private static final double TOLERANCE = 1e-6;
    private static final Map<String, Double> DIRECT = new ConcurrentHashMap<>();

    @TempDir
    Path folder;

    static Stream<Arguments> modelsAndFormats() {
        List<Arguments> arguments = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.entries()) {
            for (ModelFileFormat format : ModelFileFormat.values()) {
                arguments.add(Arguments.of(entry, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("modelsAndFormats")
    void everySolverReachesTheDirectOptimumAndItsSolutionGivesThatLossByForwardPass(Corpus.Entry entry,
                                                                                    ModelFileFormat format)
            throws Exception {
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
        CompiledModel compiled = entry.compiled();
        LinearModel model = compiled.model();
        double direct = direct(entry);
        assertThat(direct).as("the known optimum of " + entry).isCloseTo(entry.optimum(), within(TOLERANCE));
        Path file = folder.resolve(entry.name() + (format == ModelFileFormat.LP ? ".lp" : ".mps"));
        ModelFiles.write(model, Corpus.provenance(entry.name()), file,
                new ModelFiles.Options(format, format.defaultNames(), false));
        NameScheme names = NameScheme.of(format.defaultNames(), model, format.nameLimit());

        Path cbc = folder.resolve("cbc.sol");
        SolverCommands.Run cbcRun = ExternalSolvers.cbc(file, cbc);
        assertImports(SolverFormat.CBC, cbc, compiled, names, direct, cbcRun.output());

        Path glpk = folder.resolve("glpk.sol");
        SolverCommands.Run glpkRun = ExternalSolvers.glpk(file, format, glpk);
        assertThat(glpkRun.exitCode()).as(glpkRun.output()).isZero();
        assertImports(SolverFormat.GLPK, glpk, compiled, names, direct, glpkRun.output());

        if (format.isMps() && entry.small()) {
            Path lpSolve = folder.resolve("lp_solve.txt");
            SolverCommands.Run run = ExternalSolvers.lpSolve(file, format, lpSolve);
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertImports(SolverFormat.LP_SOLVE, lpSolve, compiled, names, direct, run.output());
        }
        if (format.isMps()) {
            double read = OrToolsFiles.optimum(OrToolsFiles.read(file)) + model.objectiveConstant();
            assertThat(read).as("OR-Tools solving the file").isCloseTo(direct, within(TOLERANCE));
        }
    }

    /**
     * The edge model (every kind of bound and row, a free column, ranges) has the same optimum in
     * every solver and format, also compressed: this proves the bound and range conventions.
     */
    @ParameterizedTest(name = "edge model as {0}, gzip {1}")
    @MethodSource("formatsAndCompression")
    void theEdgeModelHasTheDirectOptimumInEverySolver(ModelFileFormat format, boolean gzip) throws Exception {
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
        LinearModel model = io.bdnn.backends.files.EdgeModels.build();
        SolveResult direct = new OrToolsSolver().solve(model, new SolverOptions("scip", 60.0, 0.0, null, null), null);
        assertThat(direct.status()).isEqualTo(SolveStatus.OPTIMAL);
        Path file = folder.resolve("edge" + (format == ModelFileFormat.LP ? ".lp" : ".mps") + (gzip ? ".gz" : ""));
        ModelFiles.Written written = ModelFiles.write(model, io.bdnn.backends.files.EdgeModels.provenance(), file,
                new ModelFiles.Options(format, format.defaultNames(), gzip));
        NameScheme names = NameScheme.of(format.defaultNames(), model, format.nameLimit());
        double tolerance = TOLERANCE + 10 * written.stats().largestRelativeChange();
        Path cbc = folder.resolve("cbc.sol");
        SolverCommands.Run cbcRun = ExternalSolvers.cbc(file, cbc);
        SolveResult fromCbc = SolutionImporter.match(cbc.toString(), SolverFormat.CBC.read(cbc), model, names).result();
        assertThat(fromCbc.objective()).as(cbcRun.output()).isCloseTo(direct.objective(), within(tolerance));
        Path glpk = folder.resolve("glpk.sol");
        SolverCommands.Run glpkRun = ExternalSolvers.glpk(file, format, glpk);
        SolveResult fromGlpk = SolutionImporter.match(glpk.toString(), SolverFormat.GLPK.read(glpk), model, names)
                .result();
        assertThat(fromGlpk.objective()).as(glpkRun.output()).isCloseTo(direct.objective(), within(tolerance));
        if (format.isMps() && !gzip) {
            Path lpSolve = folder.resolve("lp_solve.txt");
            ExternalSolvers.lpSolve(file, format, lpSolve);
            SolveResult fromLpSolve = SolutionImporter.match(lpSolve.toString(), SolverFormat.LP_SOLVE.read(lpSolve),
                    model, names).result();
            assertThat(fromLpSolve.objective()).isCloseTo(direct.objective(), within(tolerance));
        }
        if (format.isMps()) {
            double read = OrToolsFiles.optimum(OrToolsFiles.read(file)) + model.objectiveConstant();
            assertThat(read).isCloseTo(direct.objective(), within(tolerance));
        }
    }

    static Stream<Arguments> formatsAndCompression() {
        List<Arguments> arguments = new ArrayList<>();
        for (ModelFileFormat format : ModelFileFormat.values()) {
            arguments.add(Arguments.of(format, false));
            arguments.add(Arguments.of(format, true));
        }
        return arguments.stream();
    }

    /** The direct OR-Tools (SCIP) solve of the lowered model, to optimality; constant included. */
    static double direct(Corpus.Entry entry) {
        return DIRECT.computeIfAbsent(entry.name(), name -> {
            SolveResult result = new OrToolsSolver().solve(entry.compiled().model(),
                    new SolverOptions("scip", 60.0, 0.0, null, null), null);
            assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
            return result.objective();
        });
    }

    /**
     * Reads a solver's solution file as {@code bdnn import} does and checks its optimum and the
     * forward-pass loss of the network it gives.
     */
    static void assertImports(SolverFormat format, Path solution, CompiledModel compiled, NameScheme names,
                              double direct, String log) throws Exception {
        assertThat(SolverFormat.detect(solution)).as(log).isEqualTo(format);
        SolutionFile parsed = format.read(solution);
        SolutionImporter.Imported imported = SolutionImporter.match(solution.toString(), parsed, compiled.model(), names);
        SolveResult result = imported.result();
        assertThat(result.status()).as(format + ": " + log).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).as(format + " optimum").isCloseTo(direct, within(TOLERANCE));
        var definition = compiled.definition();
        SolutionReader.Result read = SolutionReader.read(compiled.lowered(), result.values(), definition.scaling(),
                definition.data().classLabels());
        double loss = ForwardPass.evaluate(read.network(), "train", definition.data().train().x(),
                definition.data().train().y()).loss();
        assertThat(loss).as(format + ": the forward pass of the imported network").isCloseTo(direct, within(TOLERANCE));
    }
}
