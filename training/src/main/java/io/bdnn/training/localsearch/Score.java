package io.bdnn.training.localsearch;

/**
 * How good a network is for local search, compared lexicographically: first how close it is to
 * the model's robustness (how many (training point, layer-1 neuron) activations are constant on
 * the point's box, out of all of them; 0 of 0 without {@code robust}), then the training
 * objective (forward-pass Hamming loss plus any L1 penalty). A network robust at every training
 * point beats every other, so robust local search may start from a non-robust network and never
 * leaves robustness once it is reached; counting activations rather than whole points lets it get
 * there one neuron at a time, since a neuron block makes one neuron's activations robust
 * everywhere at once.
 */
record Score(long constantActivations, long activations, double objective) {

    /** Whether every training point is certified (always, without robustness). */
    boolean robust() {
        return constantActivations == activations;
    }

    boolean isBetterThan(Score other) {
        if (constantActivations != other.constantActivations) {
            return constantActivations > other.constantActivations;
        }
        return objective < other.objective;
    }

    boolean isWorseThan(Score other) {
        return other.isBetterThan(this);
    }

    boolean isPerfect() {
        return robust() && objective == 0;
    }

    @Override
    public String toString() {
        return (robust() ? "" : "robust at " + constantActivations + " of " + activations + " activations, ")
                + "objective " + objective;
    }
}
