package io.bdnn.verify;

/**
 * The verdict on one point.
 *
 * @param status          robust, vulnerable or unknown on the verified ball
 * @param predicted       the class the model predicts at the point
 * @param counterexample  a point of the ball (raw units) predicted as another class; null unless vulnerable
 * @param counterClass    the class predicted at the counterexample; -1 without one
 * @param radiusLo        radius search: the certified radius (no counterexample closer, in units of
 *                        the radii; the solver's proven bound); NaN without a search
 * @param radiusHi        radius search: the distance of the nearest counterexample found; +infinity
 *                        when none lies within the search's upper end, NaN without a search
 * @param seconds         wall-clock time of the point's solves
 * @param note            why the status is unknown, or empty
 */
public record PointResult(Status status, int predicted, double[] counterexample, int counterClass,
                          double radiusLo, double radiusHi, double seconds, String note) {

    /** What the verification proved about the point. */
    public enum Status {
        /** The MILP is infeasible: no point of the ball changes the prediction. */
        ROBUST,
        /** A point of the ball, checked by the exact forward pass, changes the prediction. */
        VULNERABLE,
        /** Neither was shown (time limit, or only counterexamples on a threshold). */
        UNKNOWN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
