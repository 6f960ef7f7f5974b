package io.bdnn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.SourceSpan;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop reaches every solve running through the signal's guard, however many run at once, with
 * real solvers on a knapsack none of them finishes within its 60 s limit. The bounds on time are
 * generous (a loaded 2-core machine): what they check is that nobody waits for the time limit.
 */
class StopSignalTest {
    private static final double LIMIT = 60;

    @Test
    void aStopInterruptsEverySolveRunningInParallelAndGivesUpThoseThatCannotStop() throws Exception {
        StopSignal stop = new StopSignal();
        MilpSolver solver = stop.guard(new OrToolsSolver());
        LinearModel model = knapsack(400, 15, 11);
        List<SolverOptions> runs = List.of(options("scip", 1), options("cp-sat", 1), options("scip", 1),
                options("cbc", 1));
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        try {
            List<Future<SolveResult>> results = new ArrayList<>();
            for (SolverOptions options : runs) {
                results.add(pool.submit(() -> solver.solve(model, options, null)));
            }
            while (stop.runningSolves() < runs.size()) {
                Thread.sleep(20);
            }
            Thread.sleep(3000);
            long stopped = System.nanoTime();
            stop.stop();
            for (int k = 0; k < runs.size(); k++) {
                SolveResult result = results.get(k).get(30, TimeUnit.SECONDS);
                String name = runs.get(k).solver();
                if (name.equals("cbc")) {
                    assertThat(result.status()).isEqualTo(SolveStatus.NO_SOLUTION);
                    assertThat(result.message()).isEqualTo("interrupted: cbc did not stop when asked, so its solve"
                            + " was given up");
                } else if (result.status() == SolveStatus.FEASIBLE) {
                    assertThat(result.values()).as(name).hasSize(model.numColumns());
                } else {
                    // Interrupted in presolve, on a loaded machine, before its first solution.
                    assertThat(result.status()).as(name + ": " + result.message()).isEqualTo(SolveStatus.NO_SOLUTION);
                    assertThat(result.message()).isEqualTo("interrupted before " + name + " found a solution");
                }
                assertThat(result.seconds()).as(name).isLessThan(LIMIT / 2);
            }
            assertThat((System.nanoTime() - stopped) / 1e9).as("seconds from the stop to the last result")
                    .isLessThan(LIMIT / 3);
            assertThat(stop.runningSolves()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSolveStartedAfterTheStopDoesNotStart() {
        StopSignal stop = new StopSignal();
        stop.stop();

        SolveResult result = stop.guard(new OrToolsSolver()).solve(knapsack(400, 15, 11), options("scip", 1), null);

        assertThat(result.status()).isEqualTo(SolveStatus.NO_SOLUTION);
        assertThat(result.message()).isEqualTo("not started: training is stopping");
        assertThat(stop.runningSolves()).isZero();
    }

    @Test
    void withoutAStopTheGuardSolvesAsTheBackendAndPassesItsErrorsOn() {
        StopSignal stop = new StopSignal();
        MilpSolver solver = stop.guard(new OrToolsSolver());
        LinearModel small = knapsack(8, 1, 3);

        SolveResult result = solver.solve(small, options("scip", 1), null);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result).usingRecursiveComparison().ignoringFields("seconds")
                .isEqualTo(new OrToolsSolver().solve(small, options("scip", 1), null));
        assertThatThrownBy(() -> solver.solve(small, options("scip", 1), new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the start has 2 values");
        assertThat(stop.runningSolves()).isZero();
        assertThat(solver.interruptible(options("scip", 1))).isTrue();
        assertThat(solver.interruptible(options("scip", 2))).isFalse();
    }

    private static SolverOptions options(String name, int threads) {
        return new SolverOptions(name, LIMIT, null, threads, null);
    }

    /** A multi-dimensional 0/1 knapsack with random weights and values, capacity half each row's total. */
    static LinearModel knapsack(int items, int rows, long seed) {
        Random random = new Random(seed);
        LinearModelBuilder builder = new LinearModelBuilder("knapsack");
        SourceSpan span = SourceSpan.none("test.bdnn");
        Family vars = builder.family("pack", "x", List.of(new Family.Axis("i", items)), "test", span);
        Family capacity = builder.family("pack", "capacity", List.of(new Family.Axis("r", rows)), "test", span);
        for (int i = 0; i < items; i++) {
            builder.addColumn(vars, i, 0, 1, VarType.BINARY);
            builder.addObjective(i, -(1 + random.nextInt(1000)));
        }
        for (int r = 0; r < rows; r++) {
            builder.beginRow(capacity, r);
            double total = 0;
            for (int i = 0; i < items; i++) {
                int weight = 1 + random.nextInt(1000);
                builder.term(i, weight);
                total += weight;
            }
            builder.endRow(Double.NEGATIVE_INFINITY, Math.floor(total / 2));
        }
        return builder.build();
    }
}
