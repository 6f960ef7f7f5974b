package io.bdnn.training;

/**
 * Which of two networks a heuristic keeps: the higher validation accuracy, ties broken by the
 * lower training objective (loss plus any L1 penalty); without a validation split, the lower
 * training objective.
 */
public final class Selection {
    private Selection() {
    }

    /**
     * Whether a candidate with validation accuracy {@code accuracy} (NaN without validation) and
     * training objective {@code objective} beats the best so far (NaN values when there is none).
     */
    public static boolean better(double accuracy, double objective, double bestAccuracy, double bestObjective) {
        if (Double.isNaN(bestObjective)) {
            return true;
        }
        if (!Double.isNaN(accuracy) && accuracy != bestAccuracy) {
            return accuracy > bestAccuracy;
        }
        return objective < bestObjective;
    }
}
