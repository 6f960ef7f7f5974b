package io.bdnn.solve;

import io.bdnn.milp.LinearModel;

/**
 * A backend that solves a {@link LinearModel}. Implementations say what they support through
 * {@link #unsupported}; the training methods talk to solvers only through this interface.
 */
public interface MilpSolver {

    /** The language's names of the solvers this backend provides, such as {@code scip}. */
    java.util.List<String> names();

    /**
     * Why this backend cannot solve the model with these options, or null when it can. Checked
     * before {@link #solve} so the user sees a clear message instead of a solver failure.
     */
    String unsupported(LinearModel model, SolverOptions options);

    /**
     * Solves the model. {@code start}, when not null, is a full assignment of the columns used as
     * a MIP start or hint where the solver accepts one.
     */
    SolveResult solve(LinearModel model, SolverOptions options, double[] start);

    /**
     * Asks every solve of this backend that is running now to stop as soon as it can and return
     * the best solution found so far (for Ctrl-C). Backends that cannot interrupt ignore it.
     */
    default void interrupt() {
    }

    /**
     * Whether {@link #interrupt} stops a solve with these options within about a second (for the
     * message at Ctrl-C); false for backends that ignore it.
     */
    default boolean interruptible(SolverOptions options) {
        return false;
    }
}
