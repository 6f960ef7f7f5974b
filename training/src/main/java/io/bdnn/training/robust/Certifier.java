package io.bdnn.training.robust;

import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.math.BigDecimal;

/**
 * Certifies, exactly, that a network's prediction cannot change anywhere in the box
 * {@code |x' - x| <= r} around a point: it suffices that every layer-1 activation is constant on
 * the box, since deeper layers only read layer 1's binary outputs.
 *
 * <p>Over the box, {@code a(x') = W x' + b} ranges exactly over
 * {@code [a(x) - sum_j r_j |W_j|, a(x) + sum_j r_j |W_j|]} (each term moves independently). The
 * neuron is certified inactive when the maximum is {@code <= 0}, active when the minimum exceeds
 * the forward pass's rounding band {@code 1e-12 * (sum_j |W_j| (|x_j| + r_j) + |b|)} (an upper
 * bound of the band anywhere in the box). Both ends are computed in exact decimal arithmetic
 * ({@link BigDecimal} holds every double exactly), so a certificate never rests on rounding. A
 * double-precision pass decides first whenever its result is farther from the thresholds than its
 * rounding error can reach (at most {@code (n + 2) 2^-53} times the sum of the terms' magnitudes,
 * taken 4 times over); only the rest goes to the exact pass.
 */
public final class Certifier {
    private Certifier() {
    }

    /** The certification of a set of points. */
    public record Certificate(int points, int certified, boolean[] perPoint) {
        public double fraction() {
            return points == 0 ? Double.NaN : (double) certified / points;
        }
    }

    /** Certifies every point of {@code x} (scaled inputs) against the box of radii {@code radii} (scaled). */
    public static Certificate certify(Network network, double[][] x, double[] radii) {
        boolean[] perPoint = new boolean[x.length];
        int certified = 0;
        for (int i = 0; i < x.length; i++) {
            perPoint[i] = isCertified(network, x[i], radii);
            if (perPoint[i]) {
                certified++;
            }
        }
        return new Certificate(x.length, certified, perPoint);
    }

    /**
     * Certifies a network or an ensemble: an ensemble's prediction is constant on a box when every
     * member's is (each member reads the same scaled input), so a point is certified when every
     * member certifies it and the tie-break cannot move: the votes are then constant, and so is
     * every margin {@code s_0 - s_1} of a member with a hidden layer (it reads constant binaries),
     * but a member without one has its output layer on the input, its margin moves over the box,
     * so with such a member the elected class must win on votes alone (no other class ties its
     * count). This is sufficient, not necessary: a member whose vote changes may not change the
     * elected class ({@code bdnn verify} decides exactly).
     */
    public static Certificate certify(io.bdnn.network.Classifier classifier, double[][] x, double[] radii) {
        if (classifier instanceof Network network) {
            return certify(network, x, radii);
        }
        io.bdnn.network.Ensemble ensemble = (io.bdnn.network.Ensemble) classifier;
        boolean[] perPoint = new boolean[x.length];
        int certified = 0;
        for (int i = 0; i < x.length; i++) {
            boolean all = true;
            for (io.bdnn.network.Ensemble.Member member : ensemble.members()) {
                if (!isCertified(member.network(), x[i], radii)) {
                    all = false;
                    break;
                }
            }
            if (all && movingMargins(ensemble)) {
                io.bdnn.network.EnsembleVote.Ballot ballot = io.bdnn.network.EnsembleVote.ballot(ensemble, x[i]);
                for (int c = 0; c < ballot.votes().length; c++) {
                    all &= c == ballot.predicted() || ballot.votes()[c] < ballot.votes()[ballot.predicted()];
                }
            }
            perPoint[i] = all;
            certified += all ? 1 : 0;
        }
        return new Certificate(x.length, certified, perPoint);
    }

    /** Whether some member's output layer reads the input, so that its margin varies with it. */
    private static boolean movingMargins(io.bdnn.network.Ensemble ensemble) {
        return ensemble.members().stream().anyMatch(member -> member.network().depth() == 1);
    }

    /**
     * How many (point, layer-1 neuron) pairs have an activation constant on the point's box: all
     * {@code points * width} of them exactly when every point is certified. Local search counts
     * them to make progress towards robustness one neuron at a time.
     */
    public static long constantActivations(Network network, double[][] x, double[] radii) {
        double[][] weights = network.weights()[0];
        double[] biases = network.biases()[0];
        long constant = 0;
        for (double[] point : x) {
            for (int k = 0; k < weights.length; k++) {
                constant += neuronSign(weights[k], biases[k], point, radii) == 0 ? 0 : 1;
            }
        }
        return constant;
    }

    /** Whether every layer-1 activation of the point is the same everywhere in its box. */
    public static boolean isCertified(Network network, double[] x, double[] radii) {
        double[][] weights = network.weights()[0];
        double[] biases = network.biases()[0];
        for (int k = 0; k < weights.length; k++) {
            if (neuronSign(weights[k], biases[k], x, radii) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * +1 when the neuron is active on the whole box, -1 when inactive on the whole box, 0 when
     * the box straddles its threshold.
     */
    static int neuronSign(double[] weights, double bias, double[] x, double[] radii) {
        double centre = bias;
        double spread = 0;
        double magnitude = Math.abs(bias);
        for (int j = 0; j < weights.length; j++) {
            centre += weights[j] * x[j];
            spread += Math.abs(weights[j]) * radii[j];
            magnitude += Math.abs(weights[j]) * (Math.abs(x[j]) + radii[j]);
        }
        double rounding = 4 * (weights.length + 2) * Math.ulp(1.0) * magnitude;
        double band = 2 * ForwardPass.NOISE * magnitude;
        if (centre + spread < -rounding) {
            return -1;
        }
        if (centre - spread > band + rounding) {
            return 1;
        }
        if (centre + spread > rounding && centre - spread < band - rounding) {
            return 0;
        }
        return exactSign(weights, bias, x, radii);
    }

    /** {@link #neuronSign} in exact decimal arithmetic. */
    static int exactSign(double[] weights, double bias, double[] x, double[] radii) {
        BigDecimal centre = new BigDecimal(bias);
        BigDecimal spread = BigDecimal.ZERO;
        double magnitude = Math.abs(bias);
        for (int j = 0; j < weights.length; j++) {
            BigDecimal weight = new BigDecimal(weights[j]);
            centre = centre.add(weight.multiply(new BigDecimal(x[j])));
            spread = spread.add(weight.abs().multiply(new BigDecimal(radii[j])));
            magnitude += Math.abs(weights[j]) * (Math.abs(x[j]) + radii[j]);
        }
        if (centre.add(spread).signum() <= 0) {
            return -1;
        }
        // The band is rounded up generously (x2) so that it bounds the forward pass's band.
        BigDecimal band = new BigDecimal(2 * ForwardPass.NOISE * magnitude);
        return centre.subtract(spread).compareTo(band) > 0 ? 1 : 0;
    }
}
