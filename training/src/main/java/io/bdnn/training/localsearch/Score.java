package io.bdnn.training.localsearch;

/**
 * How good a network is for local search, compared lexicographically: first whether it meets
 * the model's robustness (every training point certified; always true without {@code robust}),
 * then the training objective (forward-pass Hamming loss plus any L1 penalty). A robust network
 * beats every non-robust one, so robust local search may start from a non-robust network and
 * never leaves robustness once it is reached.
 */
record Score(boolean robust, double objective) {

    boolean isBetterThan(Score other) {
        if (robust != other.robust) {
            return robust;
        }
        return objective < other.objective;
    }

    boolean isWorseThan(Score other) {
        return other.isBetterThan(this);
    }

    boolean isPerfect() {
        return robust && objective == 0;
    }

    @Override
    public String toString() {
        return (robust ? "" : "not robust, ") + "objective " + objective;
    }
}
