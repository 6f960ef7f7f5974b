package io.bdnn.verify;

import io.bdnn.network.Network;

/**
 * A point of the ball, in raw units, that the exact forward pass predicts as another class.
 *
 * @param raw       the counterexample in the data's raw units
 * @param predicted the class predicted there
 * @param distance  {@code max_j |x'_j - x_j| / r_j} in scaled units over the features with
 *                  {@code r_j > 0}: the radius at which it lies
 */
public record Counterexample(double[] raw, int predicted, double distance) {

    /** How many times a coordinate is moved one ulp towards the point to undo rounding. */
    private static final int NUDGES = 8;

    /**
     * Checks a solver's point {@code x'} (scaled) as {@code bdnn predict} would see it: clamped to
     * the box {@code |x' - c| <= factor r}, written as {@code raw_j + (x'_j - c_j) scale_j} (so an
     * unmoved feature keeps its raw value exactly), scaled back by the stored scaler and nudged an
     * ulp at a time towards the raw point while rounding leaves it outside the box. Returns the
     * counterexample when the forward pass predicts a class other than {@code predicted}, else null.
     */
    static Counterexample check(VerifiedModel model, double[] raw, double[] centre, double[] radii, double factor,
                                double[] point, int predicted) {
        Network.Scaling scaling = model.scaling();
        double[] candidate = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            double reach = factor * radii[j];
            double moved = Math.max(-reach, Math.min(reach, point[j] - centre[j]));
            candidate[j] = moved == 0 ? raw[j] : raw[j] + moved * scaling.scale()[j];
            for (int nudge = 0; nudge < NUDGES && outside(scaling, candidate, j, centre[j], reach); nudge++) {
                candidate[j] = Math.nextAfter(candidate[j], raw[j]);
            }
            if (outside(scaling, candidate, j, centre[j], reach)) {
                return null;
            }
        }
        double[] scaled = scaling.apply(candidate);
        int found = model.predict(scaled);
        if (found == predicted) {
            return null;
        }
        double distance = 0;
        for (int j = 0; j < raw.length; j++) {
            if (radii[j] > 0) {
                distance = Math.max(distance, Math.abs(scaled[j] - centre[j]) / radii[j]);
            }
        }
        return new Counterexample(candidate, found, distance);
    }

    private static boolean outside(Network.Scaling scaling, double[] candidate, int j, double centre, double reach) {
        double scaled = (candidate[j] - scaling.offset()[j]) / scaling.scale()[j];
        return Math.abs(scaled - centre) > reach;
    }
}
