package io.bdnn.solve;

/** How a solve ended. */
public enum SolveStatus {
    /** Proven optimal within the requested gap. */
    OPTIMAL,
    /** A feasible solution, not proven optimal (time limit, gap not reached). */
    FEASIBLE,
    INFEASIBLE,
    UNBOUNDED,
    /** The solver stopped (time limit) before finding any feasible solution. */
    NO_SOLUTION,
    /** The solver failed or rejected the model. */
    ABNORMAL;

    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
