package io.bdnn.export;

import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained network in the compact form {@code bdnn export} writes and {@code bdnn stats
 * --network} measures: packed integer weights, integer thresholds after layer 1, and the input
 * scaler as doubles (see {@link PackedLayer}).
 */
public record PackedNetwork(Network network, List<PackedLayer> layers) {

    public static PackedNetwork of(Network network) {
        return of(network, false);
    }

    /**
     * The network packed; with {@code doubleOutputs} its output layer keeps double biases (no
     * integer thresholds), as an ensemble member needs: the vote's tie-break reads the output
     * pre-activations {@code s_0 - s_1}, not only their steps.
     */
    public static PackedNetwork of(Network network, boolean doubleOutputs) {
        List<PackedLayer> layers = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            layers.add(pack(network.weights()[l], network.biases()[l],
                    l == 0 || (doubleOutputs && l == network.depth() - 1)));
        }
        return new PackedNetwork(network, List.copyOf(layers));
    }

    private static PackedLayer pack(double[][] weights, double[] biases, boolean doubleBiases) {
        int width = weights.length;
        int fanIn = weights[0].length;
        long largest = 0;
        for (double[] row : weights) {
            for (double w : row) {
                if (w != Math.rint(w) || Math.abs(w) > 1 << 20) {
                    return new PackedLayer(width, fanIn, false, 0, 0, null, null, 0);
                }
                largest = Math.max(largest, Math.abs((long) w));
            }
        }
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(2 * largest));
        byte[] packed = new byte[(int) ((width * (long) fanIn * bits + 7) / 8)];
        long bit = 0;
        for (double[] row : weights) {
            for (double w : row) {
                long value = (long) w + largest;
                for (int b = 0; b < bits; b++, bit++) {
                    if (((value >> b) & 1) != 0) {
                        packed[(int) (bit >> 3)] |= (byte) (1 << (bit & 7));
                    }
                }
            }
        }
        if (doubleBiases) {
            return new PackedLayer(width, fanIn, true, bits, (int) largest, packed, null, 0);
        }
        long[] thresholds = new long[width];
        long extreme = 0;
        for (int k = 0; k < width; k++) {
            thresholds[k] = (long) Math.floor(-biases[k]);
            extreme = Math.max(extreme, Math.abs(thresholds[k]) + 1);
        }
        int bytes = extreme <= Byte.MAX_VALUE ? 1 : extreme <= Short.MAX_VALUE ? 2 : 4;
        return new PackedLayer(width, fanIn, true, bits, (int) largest, packed, thresholds, bytes);
    }

    /** Bytes of every parameter: the layers' and the scaler's. */
    public long bytes() {
        return scalerBytes() + layerBytes();
    }

    /** Bytes of the layers: weights, and biases or thresholds. */
    public long layerBytes() {
        long total = 0;
        for (PackedLayer layer : layers) {
            total += layer.weightBytes() + layer.biasBytes();
        }
        return total;
    }

    /** The scaler: one double offset and one double scale per feature. */
    public long scalerBytes() {
        return 16L * network.inputs();
    }

    /** The same widths as a 32-bit float MLP: 4 bytes per weight and per bias. */
    public long floatBytes() {
        long parameters = 0;
        for (PackedLayer layer : layers) {
            parameters += (long) layer.width() * layer.fanIn() + layer.width();
        }
        return 4 * parameters;
    }
}
