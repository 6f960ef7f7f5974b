package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.ast.SourceSpan;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, refusals, options, hints and solver-specific parameters of {@link OrToolsSolver}. */
class OrToolsSolverTest {
    private static final OrToolsSolver SOLVER = new OrToolsSolver();

    private static SolverOptions options(String name) {
        return new SolverOptions(name, 30.0, null, null, null);
    }

    @Test
    void providesTheLanguagesSolverNames() {
        assertThat(SOLVER.names()).containsExactly("scip", "cbc", "cp-sat", "highs");
    }

    @Test
    void refusesUnknownSolverNamesListingTheValidOnes() {
        LinearModel model = TestModels.knapsack().model();

        assertThat(SOLVER.unsupported(model, options("gurobi")))
                .isEqualTo("unknown solver 'gurobi'; the OR-Tools backend provides scip, cbc, cp-sat, highs");
        assertThat(SOLVER.unsupported(model, options("higs")))
                .isEqualTo("unknown solver 'higs'; the OR-Tools backend provides scip, cbc, cp-sat, highs;"
                        + " did you mean 'highs'?");
        SolveResult result = SOLVER.solve(model, options("glpk"), null);
        assertThat(result.status()).isEqualTo(SolveStatus.ABNORMAL);
        assertThat(result.message()).startsWith("unknown solver 'glpk'");
    }

    @Test
    void refusesContinuousVariablesForCpSatOnly() {
        LinearModel mixed = TestModels.mixed().model();

        assertThat(SOLVER.unsupported(mixed, options("cp-sat"))).isEqualTo(
                "cp-sat needs every variable to be integer, but 1 of 5 are continuous (first: net/k1/v);"
                        + " declare `weights integer` and `bias integer` or `bias none`, or choose scip");
        for (String name : List.of("scip", "cbc", "highs")) {
            assertThat(SOLVER.unsupported(mixed, options(name))).as(name).isNull();
        }
        SolveResult refused = SOLVER.solve(mixed, options("cp-sat"), null);
        assertThat(refused.status()).isEqualTo(SolveStatus.ABNORMAL);
        assertThat(refused.values()).isNull();
        assertThat(refused.message()).startsWith("cp-sat needs every variable to be integer");
    }

    @Test
    void refusesWideIntegerDomainsForCpSat() {
        LinearModelBuilder builder = new LinearModelBuilder("wide");
        Family family = builder.family("net", "count", List.of(), "test", SourceSpan.none("t"));
        int col = builder.addColumn(family, 0, 0, Double.POSITIVE_INFINITY, VarType.INTEGER);
        builder.addObjective(col, 1);
        LinearModel model = builder.build();

        assertThat(SOLVER.unsupported(model, options("cp-sat"))).isEqualTo("cp-sat needs every variable bounded"
                + " within +-1e7, but net/count lies in [0.0, Infinity]; give it tighter bounds or choose scip");
        assertThat(SOLVER.unsupported(model, options("scip"))).isNull();
    }

    @Test
    void acceptsNullOptionsAndANullSolverNameAsScip() {
        TestModels.Case knapsack = TestModels.knapsack();

        assertThat(SOLVER.unsupported(knapsack.model(), null)).isNull();
        SolveResult result = SOLVER.solve(knapsack.model(), null, null);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(knapsack.optimum(), within(1e-6));
    }

    @Test
    void refusesOptionsNoSolverCanTake() {
        LinearModel model = TestModels.knapsack().model();

        assertThat(SOLVER.unsupported(model, new SolverOptions("cbc", null, null, 0, null)))
                .isEqualTo("the number of threads must be at least 1, got 0");
        assertThat(SOLVER.unsupported(model, new SolverOptions("scip", -1.0, null, null, null)))
                .isEqualTo("the time limit must be positive, got -1.0 seconds");
        assertThat(SOLVER.unsupported(model, new SolverOptions("scip", null, 1.5, null, null)))
                .isEqualTo("the relative gap must be between 0 and 1, got 1.5");
        assertThat(SOLVER.unsupported(model, new SolverOptions("highs", null, null, null, -3)))
                .isEqualTo("the seed must be between 0 and 2147483647, got -3");
        assertThat(SOLVER.solve(model, new SolverOptions("cbc", null, null, 0, null), null).status())
                .isEqualTo(SolveStatus.ABNORMAL);
    }

    @Test
    void rejectsAStartOfTheWrongLength() {
        LinearModel model = TestModels.knapsack().model();

        assertThatThrownBy(() -> SOLVER.solve(model, options("scip"), new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the start has 2 values but the model has 4 columns");
    }

    @ParameterizedTest(name = "{0} takes a seed, two threads and a gap")
    @ValueSource(strings = {"scip", "cbc", "cp-sat", "highs"})
    void takesSeedThreadsAndGap(String name) {
        TestModels.Case modelCase = TestModels.integerRows();

        SolveResult result = SOLVER.solve(modelCase.model(), new SolverOptions(name, 30.0, 1e-6, 2, 12345), null);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(modelCase.optimum(), within(1e-6));
        assertThat(result.message()).isEmpty();
    }

    /** SCIP stopping at its first solution returns exactly the hint, which it would not find itself. */
    @Test
    void scipStartsFromTheHint() {
        LinearModel model = TestModels.randomKnapsack(300, 10, 42);
        double[] start = TestModels.greedyStart(model);
        OrToolsSolver firstSolution = new OrToolsSolver(Map.of("scip", List.of("limits/solutions = 1")));

        SolveResult hinted = firstSolution.solve(model, options("scip"), start);
        SolveResult unhinted = firstSolution.solve(model, options("scip"), null);

        assertThat(hinted.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(hinted.objective()).isEqualTo(model.evaluateObjective(start));
        assertThat(unhinted.objective()).isNotEqualTo(model.evaluateObjective(start));
    }

    /** CP-SAT told to fix every variable to its hint returns exactly the hint. */
    @Test
    void cpSatStartsFromTheHint() {
        LinearModel model = TestModels.randomKnapsack(300, 10, 42);
        double[] start = TestModels.greedyStart(model);
        OrToolsSolver fixToHint = new OrToolsSolver(Map.of("cp-sat", List.of("fix_variables_to_their_hinted_value:true")));

        SolveResult result = fixToHint.solve(model, options("cp-sat"), start);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.values()).containsExactly(start);
    }

    /** HiGHS would crash the JVM on any hint and CBC ignores it; both must still solve. */
    @ParameterizedTest(name = "{0} survives a start")
    @ValueSource(strings = {"highs", "cbc"})
    void startIsSafeWhereItIsNotUsed(String name) {
        TestModels.Case knapsack = TestModels.knapsack();

        SolveResult result = SOLVER.solve(knapsack.model(), options(name), new double[] {2, 0, 1, 0});

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(knapsack.optimum(), within(1e-6));
    }

    @Test
    void highsReturnsItsIncumbentAtTheTimeLimit() {
        LinearModel model = TestModels.randomKnapsack(500, 20, 7);

        SolveResult result = SOLVER.solve(model, new SolverOptions("highs", 1.0, null, null, null), null);

        assertThat(result.status()).as(result.message()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.values()).hasSize(500);
        assertThat(TestModels.maxViolation(model, result.values())).isZero();
        assertThat(result.objective()).isEqualTo(model.evaluateObjective(result.values())).isNegative();
        assertThat(result.seconds()).isLessThan(5.0);
    }

    @ParameterizedTest(name = "{0} survives a bad solver-specific parameter")
    @ValueSource(strings = {"scip", "cp-sat"})
    void aRejectedParameterIsReportedAndTheSolveGoesOn(String name) {
        TestModels.Case knapsack = TestModels.knapsack();
        OrToolsSolver misconfigured = new OrToolsSolver(Map.of(name, List.of(
                name.equals("scip") ? "no/such/parameter = 3" : "no_such_parameter:3")));

        SolveResult result = misconfigured.solve(knapsack.model(), options(name), null);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(knapsack.optimum(), within(1e-6));
        assertThat(result.message()).startsWith(name + " rejected the parameters").contains("no");
    }

    @Test
    void aBadHighsParameterFailsTheSolveInsteadOfTheJvm() {
        OrToolsSolver misconfigured = new OrToolsSolver(Map.of("highs", List.of("no_such_option=3")));

        SolveResult result = misconfigured.solve(TestModels.knapsack().model(), options("highs"), null);

        assertThat(result.status()).isEqualTo(SolveStatus.ABNORMAL);
        assertThat(result.values()).isNull();
        assertThat(result.message()).startsWith("highs did not run").contains("value 85");
    }

    @Test
    void solvesAnEmptyModelToItsConstant() {
        LinearModelBuilder builder = new LinearModelBuilder("empty");
        builder.addObjectiveConstant(4.5);
        LinearModel model = builder.build();

        for (String name : SOLVER.names()) {
            SolveResult result = SOLVER.solve(model, options(name), null);
            assertThat(result.status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(result.objective()).as(name).isCloseTo(4.5, within(1e-9));
            assertThat(result.values()).as(name).isEmpty();
        }
    }

    @Test
    void solvesFromSeveralThreadsAtOnce() throws Exception {
        TestModels.Case knapsack = TestModels.knapsack();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SolveResult>> results = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                String name = SOLVER.names().get(k % 4);
                results.add(pool.submit(() -> SOLVER.solve(knapsack.model(), options(name), null)));
            }
            for (Future<SolveResult> result : results) {
                assertThat(result.get().objective()).isCloseTo(knapsack.optimum(), within(1e-6));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadsTheNativeLibrariesOnceFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> loads = new ArrayList<>();
            for (int k = 0; k < 32; k++) {
                loads.add(pool.submit(() -> {
                    OrToolsNatives.load();
                    return OrToolsNatives.available();
                }));
            }
            for (Future<Boolean> load : loads) {
                assertThat(load.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
