package io.bdnn.training;

import io.bdnn.solve.MilpSolver;

/**
 * A request to stop a training run early (Ctrl-C): the run finishes the current step as soon as
 * it can, keeps the best network found so far, and says it was interrupted. Stopping also
 * interrupts the MILP being solved, where the solver supports it.
 */
public final class StopSignal {
    private volatile boolean stopped;
    private volatile MilpSolver solver;

    /** The solver whose running solves a stop interrupts. */
    public void watch(MilpSolver running) {
        this.solver = running;
    }

    public void stop() {
        stopped = true;
        MilpSolver current = solver;
        if (current != null) {
            current.interrupt();
        }
    }

    public boolean isStopped() {
        return stopped;
    }
}
