package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPSolver;
import io.bdnn.solve.SolveStatus;

/**
 * Translates {@code MPSolver}'s result statuses into the compiler's {@link SolveStatus}. The
 * constants of {@code MPSolver.ResultStatus} are read from native code when the enum is first
 * touched, so every entry point loads the libraries first (see {@link OrToolsNatives}).
 */
final class OrToolsStatus {

    private OrToolsStatus() {
    }

    /**
     * OPTIMAL, FEASIBLE, INFEASIBLE and UNBOUNDED keep their meaning; NOT_SOLVED (stopped at a limit
     * before any solution) becomes NO_SOLUTION; ABNORMAL and MODEL_INVALID become ABNORMAL.
     */
    static SolveStatus of(MPSolver.ResultStatus status) {
        OrToolsNatives.load();
        return switch (status) {
            case OPTIMAL -> SolveStatus.OPTIMAL;
            case FEASIBLE -> SolveStatus.FEASIBLE;
            case INFEASIBLE -> SolveStatus.INFEASIBLE;
            case UNBOUNDED -> SolveStatus.UNBOUNDED;
            case NOT_SOLVED -> SolveStatus.NO_SOLUTION;
            case ABNORMAL, MODEL_INVALID -> SolveStatus.ABNORMAL;
        };
    }

    /** A sentence for the statuses that mean something went wrong, else the empty string. */
    static String message(MPSolver.ResultStatus status, OrToolsEngine engine) {
        OrToolsNatives.load();
        return switch (status) {
            case ABNORMAL -> engine.languageName() + " stopped abnormally (MPSolver status ABNORMAL)";
            case MODEL_INVALID -> engine.languageName() + " rejected the model as invalid (MPSolver status"
                    + " MODEL_INVALID); look for NaN, infinite or very large coefficients";
            default -> "";
        };
    }
}
