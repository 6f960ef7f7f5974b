package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link OrToolsSolver#interrupt}: SCIP on one thread stops long before its time limit with its
 * best solution so far, and {@link OrToolsSolver#interruptible} says which solvers can. (CBC,
 * HiGHS and SCIP on several threads run to their limit; measured, see the method's comment, and
 * not repeated here because each would take its whole time limit.)
 */
class OrToolsInterruptTest {
    private static final double LIMIT = 60;

    @Test
    void scipStopsWhenInterruptedWithItsBestSolutionSoFar() throws Exception {
        OrToolsSolver solver = new OrToolsSolver();
        LinearModel model = TestModels.randomKnapsack(500, 20, 7);
        // A feasible start, so that SCIP has a solution however early the interrupt comes (on a
        // loaded machine it may come during presolve), and the natives loaded before the clock.
        double[] start = TestModels.greedyStart(model);
        OrToolsNatives.load();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<SolveResult> solve = pool.submit(() -> solver.solve(model, new SolverOptions("scip", LIMIT, null,
                    1, null), start));
            Thread.sleep(2000);
            // An interrupt that comes before SCIP began its search is lost: repeat it, as callers do.
            while (!solve.isDone()) {
                solver.interrupt();
                Thread.sleep(100);
            }
            SolveResult result = solve.get(1, TimeUnit.SECONDS);
            assertThat(result.status()).as(result.message()).isEqualTo(SolveStatus.FEASIBLE);
            assertThat(TestModels.maxViolation(model, result.values())).isZero();
            assertThat(result.objective()).isCloseTo(model.evaluateObjective(result.values()), within(1e-6))
                    .isLessThanOrEqualTo(model.evaluateObjective(start));
            assertThat(result.seconds()).isLessThan(LIMIT / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void saysWhichSolversCanBeInterrupted() {
        OrToolsSolver solver = new OrToolsSolver();
        assertThat(solver.interruptible(null)).isTrue();
        assertThat(solver.interruptible(new SolverOptions("scip", null, null, 1, null))).isTrue();
        assertThat(solver.interruptible(new SolverOptions("scip", null, null, 2, null))).isFalse();
        assertThat(solver.interruptible(new SolverOptions("cp-sat", null, null, 2, null))).isTrue();
        assertThat(solver.interruptible(new SolverOptions("cbc", null, null, null, null))).isFalse();
        assertThat(solver.interruptible(new SolverOptions("highs", null, null, null, null))).isFalse();
    }
}
