package io.bdnn.compiler;

import io.bdnn.ast.SourceSpan;
import io.bdnn.solve.SolverOptions;

/**
 * The checked {@code train} block.
 *
 * @param loss       the loss, {@code hamming}
 * @param method     the training method, {@code exact}
 * @param solver     the solver and its options
 * @param epsilon    the step margin written in the model, or NaN to let the compiler choose
 * @param solverSpan where the solver was named, for messages about it
 * @param plan       the method's settings, robustness, regularisation and per-MILP time limit
 */
public record TrainingSpec(String loss, String method, SolverOptions solver, double epsilon, SourceSpan solverSpan,
                           TrainingPlan plan) {

    /** A spec for exact training without robustness or regularisation. */
    public TrainingSpec(String loss, String method, SolverOptions solver, double epsilon, SourceSpan solverSpan) {
        this(loss, method, solver, epsilon, solverSpan, TrainingPlan.exact());
    }

    public boolean hasUserEpsilon() {
        return !Double.isNaN(epsilon);
    }
}
