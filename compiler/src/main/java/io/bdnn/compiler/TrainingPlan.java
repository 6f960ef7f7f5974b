package io.bdnn.compiler;

/**
 * How to train, beyond the loss and the solver: the method and its settings, certified
 * robustness, L1 regularisation of the weights, and the time limit of each MILP.
 *
 * @param method        the method's settings
 * @param robust        the uncertainty set of {@code robust}, or null for ordinary training
 * @param l1            the weight {@code LAMBDA} of {@code regularize l1}, 0 without it
 * @param perMipSeconds {@code per_mip}: the time limit of each MILP, or null (then only {@code time} bounds it)
 * @param ensemble      the {@code ensemble} statement with {@code jobs}, or null to train one network
 */
public record TrainingPlan(MethodSettings method, Robustness robust, double l1, Double perMipSeconds,
                           EnsembleSettings ensemble) {

    /** A plan that trains one network. */
    public TrainingPlan(MethodSettings method, Robustness robust, double l1, Double perMipSeconds) {
        this(method, robust, l1, perMipSeconds, null);
    }

    public boolean isEnsemble() {
        return ensemble != null;
    }

    /** The same plan for one member of an ensemble: one network, with the member's own budget. */
    public TrainingPlan single(Double memberPerMipSeconds) {
        return new TrainingPlan(method, robust, l1, memberPerMipSeconds, null);
    }

    /** Exact training, not robust, not regularised, no per-MILP limit. */
    public static TrainingPlan exact() {
        return new TrainingPlan(new MethodSettings.Exact(), null, 0, null);
    }

    public boolean isRobust() {
        return robust != null;
    }
}
