package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One suite for every OR-Tools solver: tiny models with known optima must reach the same value
 * within 1e-6 with values that satisfy every row, bound and integrality within 1e-6; an
 * infeasible model must be INFEASIBLE; a hard model under a short time limit must come back in
 * time with an honest status. A model a solver does not support must be refused by
 * {@code unsupported}, and only then is it left out.
 */
class ConformanceTest {
    private static final double TOLERANCE = 1e-6;
    private static final OrToolsSolver SOLVER = new OrToolsSolver();

    static Stream<Arguments> solversAndCases() {
        List<Arguments> arguments = new ArrayList<>();
        for (String name : SOLVER.names()) {
            for (TestModels.Case modelCase : List.of(TestModels.knapsack(), TestModels.integerRows(), TestModels.mixed())) {
                arguments.add(Arguments.of(name, modelCase));
            }
        }
        return arguments.stream();
    }

    static Stream<String> solverNames() {
        return SOLVER.names().stream();
    }

    @ParameterizedTest(name = "{0} solves {1}")
    @MethodSource("solversAndCases")
    void reachesTheKnownOptimumWithFeasibleValues(String name, TestModels.Case modelCase) {
        LinearModel model = modelCase.model();
        SolverOptions options = new SolverOptions(name, 30.0, 0.0, null, null);
        String refusal = SOLVER.unsupported(model, options);
        if (name.equals("cp-sat") && modelCase.name().equals("mixed")) {
            assertThat(refusal).startsWith("cp-sat needs every variable to be integer");
            return;
        }
        assertThat(refusal).isNull();

        SolveResult result = SOLVER.solve(model, options, null);

        assertThat(result.status()).as(result.message()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(modelCase.optimum(), within(TOLERANCE));
        assertThat(result.values()).hasSize(model.numColumns());
        assertThat(TestModels.maxViolation(model, result.values())).isLessThanOrEqualTo(TOLERANCE);
        assertThat(model.evaluateObjective(result.values())).isCloseTo(modelCase.optimum(), within(TOLERANCE));
        assertThat(result.bestBound()).isCloseTo(modelCase.optimum(), within(TOLERANCE));
        assertThat(result.message()).isEmpty();
        assertThat(result.seconds()).isPositive();
    }

    @ParameterizedTest(name = "{0} with default options")
    @MethodSource("solverNames")
    void solvesWithAllDefaults(String name) {
        TestModels.Case knapsack = TestModels.knapsack();

        SolveResult result = SOLVER.solve(knapsack.model(), new SolverOptions(name, null, null, null, null), null);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(knapsack.optimum(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0} proves infeasibility")
    @MethodSource("solverNames")
    void reportsInfeasible(String name) {
        SolveResult result = SOLVER.solve(TestModels.infeasible(), new SolverOptions(name, 30.0, null, null, null), null);

        assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(result.values()).isNull();
        assertThat(result.objective()).isNaN();
        assertThat(result.bestBound()).isNaN();
    }

    @ParameterizedTest(name = "{0} stops at a 0.2 s time limit")
    @MethodSource("solverNames")
    void honoursAShortTimeLimit(String name) {
        LinearModel model = TestModels.randomKnapsack(300, 10, 42);

        SolveResult result = SOLVER.solve(model, new SolverOptions(name, 0.2, null, 1, 7), null);

        assertThat(result.status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE, SolveStatus.NO_SOLUTION);
        assertThat(result.seconds()).isLessThan(5.0);
        if (result.status().hasSolution()) {
            assertThat(TestModels.maxViolation(model, result.values())).isLessThanOrEqualTo(TOLERANCE);
            assertThat(result.objective()).isCloseTo(model.evaluateObjective(result.values()), within(TOLERANCE));
        } else {
            assertThat(result.values()).isNull();
        }
    }
}
