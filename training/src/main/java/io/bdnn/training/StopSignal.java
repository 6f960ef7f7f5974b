package io.bdnn.training;

import io.bdnn.solve.MilpSolver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request to stop a training run early (Ctrl-C): the run finishes the current step as soon as
 * it can, keeps the best network found so far, and says it was interrupted.
 *
 * <p>It is also the registry of the run's running solves: every solve made through
 * {@link #guard(MilpSolver)} registers its backend while it runs, and {@link #stop()} interrupts
 * all of them at once, however many run in parallel (ensemble members, threads of one trainer).
 * A solve started after the stop does not start; a solve whose solver ignores the interrupt is
 * abandoned {@link StoppableSolver#ABANDON_AFTER_MILLIS} after the stop (see
 * {@link StoppableSolver}). Backends passed to {@link #watch} are interrupted too.
 */
public final class StopSignal {
    private volatile boolean stopped;
    /** The backends with a solve running now, each with its number of running solves. */
    private final ConcurrentHashMap<MilpSolver, Integer> running = new ConcurrentHashMap<>();
    private final Set<MilpSolver> watched = ConcurrentHashMap.newKeySet();

    /**
     * The solver to train with: {@code backend}'s solves, registered here so that {@link #stop()}
     * reaches them. Trainers that run solves in parallel share it (or guard each backend they use).
     */
    public MilpSolver guard(MilpSolver backend) {
        return new StoppableSolver(backend, this);
    }

    /** Also interrupts the running solves of a backend used without {@link #guard}. */
    public void watch(MilpSolver backend) {
        watched.add(backend);
    }

    /** Stops the run: from now on {@link #isStopped()} holds, and every running solve is interrupted. */
    public void stop() {
        stopped = true;
        running.keySet().forEach(MilpSolver::interrupt);
        watched.forEach(MilpSolver::interrupt);
    }

    public boolean isStopped() {
        return stopped;
    }

    /** How many guarded solves are running now. */
    public int runningSolves() {
        return running.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Registers a solve of {@code backend} about to start; false (and nothing registered) when the
     * run has stopped. A stop that comes right after still interrupts it: it sees the registration.
     */
    boolean register(MilpSolver backend) {
        running.merge(backend, 1, Integer::sum);
        if (stopped) {
            unregister(backend);
            return false;
        }
        return true;
    }

    void unregister(MilpSolver backend) {
        running.computeIfPresent(backend, (key, count) -> count == 1 ? null : count - 1);
    }
}
