package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What HiGHS really does through a raw {@code MPSolver} on OR-Tools 9.15. These pin the facts
 * behind {@link HighsSolutionFile}, {@link HighsOutcome} and the no-hint rule; if an OR-Tools
 * upgrade makes one fail, those workarounds may be dropped.
 */
class HighsProbeTest {
    private static final LinearModel HARD = TestModels.randomKnapsack(300, 10, 42);

    @BeforeAll
    static void loadNatives() {
        OrToolsNatives.load();
    }

    private static MPSolver hardHighs() {
        MPSolver solver = MPSolver.createSolver("HIGHS");
        MpModelTranslator.translate(HARD, solver, true);
        return solver;
    }

    @Test
    void solveThrowsAtTheTimeLimitBecauseStatus99HasNoJavaConstant() {
        MPSolver solver = hardHighs();
        try {
            solver.setTimeLimit(200);
            assertThatThrownBy(solver::solve).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        } finally {
            solver.delete();
        }
    }

    @Test
    void aTimeLimitGivenAsHighsParameterThrowsAlike() {
        MPSolver solver = hardHighs();
        try {
            solver.setSolverSpecificParametersAsString("time_limit=0.2");
            assertThatThrownBy(solver::solve).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        } finally {
            solver.delete();
        }
    }

    @Test
    void withASolutionFileTheStatusIsFeasibleButNoValueIsLoaded(@TempDir Path folder) throws IOException {
        MPSolver solver = hardHighs();
        Path file = folder.resolve("highs.sol");
        try {
            solver.setTimeLimit(200);
            solver.setSolverSpecificParametersAsString("write_solution_to_file=true,solution_file=" + file
                    + ",write_solution_style=4");
            assertThat(solver.solve()).isEqualTo(MPSolver.ResultStatus.FEASIBLE);
            assertThat(solver.objective().value()).isZero();
            for (MPVariable variable : solver.variables()) {
                assertThat(variable.solutionValue()).isZero();
            }
        } finally {
            solver.delete();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.subList(0, 5)).containsExactly("Model status", "Time limit reached", "",
                "# Primal solution values", "Feasible");
        assertThat(lines.get(6)).startsWith("# Columns -");
    }

    @Test
    void parametersAreReportedAsRejectedYetAppliedAtSolveTime() {
        MPSolver solver = hardHighs();
        try {
            assertThat(solver.setSolverSpecificParametersAsString("no_such_option=1")).isFalse();
            assertThatThrownBy(solver::solve).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("85");
        } finally {
            solver.delete();
        }
    }

    @Test
    void problemTypeThrows() {
        MPSolver solver = MPSolver.createSolver("HIGHS");
        try {
            assertThatThrownBy(solver::problemType).isInstanceOf(IllegalArgumentException.class);
        } finally {
            solver.delete();
        }
    }

    @Test
    void aHintKillsTheJvm(@TempDir Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-XX:ErrorFile=" + folder.resolve("hs_err_%p.log"),
                "-XX:-CreateCoredumpOnCrash", "-cp", classPath, HighsHintCrash.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String output = Files.readString(folder.resolve("output.txt"));
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("A fatal error has been detected", "HighsSolveProto").doesNotContain("survived");
    }
}
