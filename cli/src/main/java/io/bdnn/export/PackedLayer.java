package io.bdnn.export;

/**
 * One layer of a network in its deployed form.
 *
 * <p>Integer weights in {@code [-P, P]} are stored offset by P, {@code w + P in [0, 2P]}, in
 * {@code bits = max(1, ceil(log2(2P + 1)))} bits each (2 for ternary weights), packed
 * least-significant bit first into bytes, row by row ({@code index = k * fanIn + j}); other
 * weights are 32-bit floats. A layer after the first with integer weights reads binary inputs,
 * so its pre-activation {@code s + b} has an integer part {@code s = sum_j w_j u_j}, and
 * {@code s + b > 0} iff {@code s > floor(-b)}: the bias becomes an integer threshold. Layer 1
 * (real inputs) and float layers keep their biases as 64-bit doubles.
 *
 * @param integral   whether every weight is an integer (then packed)
 * @param bits       bits per packed weight (0 for float weights)
 * @param offset     P, added to a weight before packing
 * @param packed     the packed weights (null for float weights)
 * @param thresholds the integer thresholds {@code floor(-b_k)} of a packed layer after the first, else null
 * @param thresholdBytes bytes per threshold: 1, 2 or 4 (the smallest signed type holding them)
 */
public record PackedLayer(int width, int fanIn, boolean integral, int bits, int offset, byte[] packed,
                          long[] thresholds, int thresholdBytes) {

    /** Whether the layer is computed with integers only (packed weights, integer thresholds). */
    public boolean integerOnly() {
        return thresholds != null;
    }

    /** Bytes of the weights: packed, or 4 per float. */
    public long weightBytes() {
        return integral ? packed.length : 4L * width * fanIn;
    }

    /** Bytes of the biases: integer thresholds, or 8 per double. */
    public long biasBytes() {
        return integerOnly() ? (long) thresholdBytes * width : 8L * width;
    }
}
