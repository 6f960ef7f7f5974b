package io.bdnn.bounds;

/**
 * Interval bounds of one layer, per neuron k and pre-activation row i (arrays are {@code [k][i]}):
 * rows are training samples in layer 1 and activation units (subsets of samples) deeper; the
 * decided activations are per unit, {@code [k][unit]}.
 *
 * @param preLo       lower bound of the pre-activation {@code a[i, k]}
 * @param preHi       upper bound of the pre-activation
 * @param biasLo      lower bound of each bias (declared, or chosen so that it never binds)
 * @param biasHi      upper bound of each bias
 * @param activation  what the bounds imply for {@code u[i, k]}: {@link #FREE}, 0 or 1
 * @param margin      the step margin eps of this layer
 * @param integral    whether every pre-activation is an integer for every network of the domain
 * @param biasOrigin  where the bias bounds come from
 */
public record LayerBounds(double[][] preLo, double[][] preHi, double[] biasLo, double[] biasHi,
                          byte[][] activation, Margin margin, boolean integral, String biasOrigin) {

    /** The activation may take either value. */
    public static final byte FREE = -1;

    /**
     * What a pre-activation in {@code [lo, hi]} decides for {@code u = step(a)}: 1 when
     * {@code lo > band} (beyond the forward pass's rounding band, which counts
     * {@code |a| <= 1e-12 (sum |W h| + |b|)} as zero), 0 when {@code hi < eps} or {@code hi <= 0}
     * (it never reaches the margin), else {@link #FREE}.
     */
    public static byte decide(double lo, double hi, double band, double eps) {
        if (lo > band) {
            return 1;
        }
        return hi < eps || hi <= 0 ? 0 : FREE;
    }

    /** Whether the zero side {@code u = 0 => a <= 0} needs a row: u free, or decided 0 with {@code hi > 0}. */
    public static boolean needsZeroSide(byte known, double hi) {
        return known == FREE || (known == 0 && hi > 0);
    }

    /**
     * Whether the one side {@code u = 1 => a >= eps} needs a row: u free, or decided 1 with
     * {@code lo < eps}, except a constant {@code a = lo = hi > 0}, which the forward pass's own rule
     * makes active.
     */
    public static boolean needsOneSide(byte known, double lo, double hi, double eps) {
        return known == FREE || (known == 1 && lo < eps && !(lo == hi && lo > 0));
    }

    public boolean isFree(int neuron, int sample) {
        return activation[neuron][sample] == FREE;
    }

    /** The largest |bound| of any pre-activation in the layer: the largest M its step rows can use. */
    public double largestMagnitude() {
        double largest = 0;
        for (int k = 0; k < preLo.length; k++) {
            for (int i = 0; i < preLo[k].length; i++) {
                largest = Math.max(largest, Math.max(Math.abs(preLo[k][i]), Math.abs(preHi[k][i])));
            }
        }
        return largest;
    }
}
