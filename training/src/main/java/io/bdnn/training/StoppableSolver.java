package io.bdnn.training;

import io.bdnn.milp.LinearModel;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A backend whose solves a {@link StopSignal} can end. Each solve runs on a worker thread while
 * the caller waits; once the run is stopped the caller interrupts the backend again every
 * {@link #POLL_MILLIS} (an interrupt that came before the native solver began its search is lost,
 * so one call is not enough), and if the solve still runs {@link #ABANDON_AFTER_MILLIS} after the
 * stop ({@link #ABANDON_INTERRUPTIBLE_AFTER_MILLIS} for a backend that says it can be
 * interrupted), the caller returns {@link SolveStatus#NO_SOLUTION} and leaves the solve to end on
 * its worker thread (a daemon; the process does not wait for it). So stopping takes about a
 * second whichever solver runs: SCIP (one thread) and CP-SAT return their best solution so far;
 * CBC, HiGHS and SCIP with several threads ignore the interrupt, and their step is given up.
 */
final class StoppableSolver implements MilpSolver {
    static final long POLL_MILLIS = 100;
    static final long ABANDON_AFTER_MILLIS = 1000;
    /** The same for solvers that say they can be interrupted: worth waiting for, they keep their incumbent. */
    static final long ABANDON_INTERRUPTIBLE_AFTER_MILLIS = 5000;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bdnn-solve");
        thread.setDaemon(true);
        return thread;
    });

    private final MilpSolver backend;
    private final StopSignal stop;

    StoppableSolver(MilpSolver backend, StopSignal stop) {
        this.backend = backend;
        this.stop = stop;
    }

    @Override
    public List<String> names() {
        return backend.names();
    }

    @Override
    public String unsupported(LinearModel model, SolverOptions options) {
        return backend.unsupported(model, options);
    }

    @Override
    public boolean interruptible(SolverOptions options) {
        return backend.interruptible(options);
    }

    @Override
    public void interrupt() {
        backend.interrupt();
    }

    @Override
    public SolveResult solve(LinearModel model, SolverOptions options, double[] start) {
        long began = System.nanoTime();
        if (!stop.register(backend)) {
            return new SolveResult(SolveStatus.NO_SOLUTION, Double.NaN, Double.NaN, null, 0,
                    "not started: training is stopping");
        }
        try {
            Future<SolveResult> solve = WORKERS.submit(() -> backend.solve(model, options, start));
            long stoppedAt = 0;
            long patience = TimeUnit.MILLISECONDS.toNanos(backend.interruptible(options)
                    ? ABANDON_INTERRUPTIBLE_AFTER_MILLIS : ABANDON_AFTER_MILLIS);
            while (true) {
                try {
                    return solve.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException running) {
                    if (!stop.isStopped()) {
                        continue;
                    }
                    long now = System.nanoTime();
                    stoppedAt = stoppedAt == 0 ? now : stoppedAt;
                    if (now - stoppedAt >= patience) {
                        return abandoned(options, began);
                    }
                    backend.interrupt();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    backend.interrupt();
                    return abandoned(options, began);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            stop.unregister(backend);
        }
    }

    private SolveResult abandoned(SolverOptions options, long began) {
        String solver = options == null || options.solver() == null ? "the solver" : options.solver();
        return new SolveResult(SolveStatus.NO_SOLUTION, Double.NaN, Double.NaN, null, (System.nanoTime() - began) / 1e9,
                "interrupted: " + solver + " did not stop when asked, so its solve was given up");
    }
}
