package io.bdnn.compiler;

/**
 * How to train, beyond the loss and the solver: the method and its settings, certified
 * robustness, L1 regularisation of the weights, and the time limit of each MILP.
 *
 * @param method        the method's settings
 * @param robust        the uncertainty set of {@code robust}, or null for ordinary training
 * @param l1            the weight {@code LAMBDA} of {@code regularize l1}, 0 without it
 * @param perMipSeconds {@code per_mip}: the time limit of each MILP, or null (then only {@code time} bounds it)
 */
public record TrainingPlan(MethodSettings method, Robustness robust, double l1, Double perMipSeconds) {

    /** Exact training, not robust, not regularised, no per-MILP limit. */
    public static TrainingPlan exact() {
        return new TrainingPlan(new MethodSettings.Exact(), null, 0, null);
    }

    public boolean isRobust() {
        return robust != null;
    }
}
