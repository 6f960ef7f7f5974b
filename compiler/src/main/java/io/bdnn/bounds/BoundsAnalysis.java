package io.bdnn.bounds;

import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interval bounds of every pre-activation, per neuron and per training sample, computed once
 * over the IR graph in topological order and read by every rule that needs an M.
 *
 * <p>For {@code a[i,k] = sum_j h[i,j] W[k,j] + b[k]} with {@code W[k,j]} in {@code [wl, wh]}:
 * <ul>
 *   <li>layer 1, {@code h = x} known: each term lies in {@code [min(x wl, x wh), max(x wl, x wh)]};
 *   <li>deeper, {@code h = u} in {0, 1}: a term is {@code 0} when u is known 0, {@code [wl, wh]}
 *       when known 1, {@code [min(0, wl), max(0, wh)]} otherwise.
 * </ul>
 * Lower and upper bounds are kept separately and per sample, which is tighter than the paper's
 * symmetric {@code M = P ||x_i||_1 + B + 1}. A bias declared without a range gets
 * {@code [min_i(-zhi_i), max_i(-zlo_i) + eps]} (z the pre-activation without bias): at either
 * end every sample is already inactive (resp. active with margin), so the bound never binds.
 * A pre-activation with {@code lo > 0} fixes its activation to 1, one with {@code hi < eps} (or
 * {@code hi <= 0}, which matters when eps is 0) fixes it to 0; the lowering then needs no binary for it.
 *
 * <p>Rows and units: layer-1 bounds are per sample, deeper ones per activation unit (a subset of
 * samples sharing one pattern, see {@code Grouping}); a unit is decided as soon as one of its
 * rows decides it.
 *
 * <p>A robust layer 1 ({@code RobustStep} with radii r) bounds the ball's extremes instead:
 * {@code min a = a - sum_j r_j |W_j|} and {@code max a = a + sum_j r_j |W_j|}. Per term,
 * {@code x W - r |W|} is concave and {@code x W + r |W|} convex in W, so over {@code [wl, wh]}
 * the lower bound is {@code min(x wl - r |wl|, x wh - r |wh|)} and the upper bound
 * {@code max(x wl + r |wl|, x wh + r |wh|)}: the big-M values grow by at most
 * {@code sum_j r_j max(|wl|, |wh|)}.
 *
 * <p>A verified network ({@code InputBall}: fixed weights, the input a variable point of the box
 * {@code |x' - c| <= R r}) gets the same layer-1 bounds with centre c and radii {@code R r}, which
 * are then exact: {@code a(c) -+ sum_j R r_j |W_kj|}. Its layer 1 is never integral.
 */
public final class BoundsAnalysis {
    private BoundsAnalysis() {
    }

    /** Analyses the graph; {@code userEpsilon} is the model's {@code epsilon}, or NaN to choose. */
    public static Bounds analyse(IrGraph graph, double userEpsilon) {
        // Indexed by IrLayer.index: a graph of several chains (a verified ensemble) may reach its
        // layers in any interleaving, and a layer's predecessor in its chain is index - 1.
        List<IrNode.PreActivation> pres = new ArrayList<>();
        int count = 0;
        for (IrNode node : graph.topologicalOrder()) {
            if (node instanceof IrNode.PreActivation pre) {
                pres.add(pre);
                count = Math.max(count, pre.layer().index() + 1);
            }
        }
        LayerBounds[] layers = new LayerBounds[count];
        for (IrNode.PreActivation pre : pres) {
            LayerBounds previous = pre.layer().isFirst() ? null : layers[pre.layer().index() - 1];
            layers[pre.layer().index()] = analyseLayer(graph, pre.layer(), previous, userEpsilon);
        }
        return new Bounds(List.of(layers));
    }

    private static LayerBounds analyseLayer(IrGraph graph, IrLayer layer, LayerBounds previous, double userEpsilon) {
        IrNode.Weights weights = graph.find(IrNode.Weights.class, layer.index());
        IrNode.Biases biases = graph.find(IrNode.Biases.class, layer.index());
        int width = layer.width();
        int samples = graph.rows(layer);
        IrNode.RobustStep robust = graph.find(IrNode.RobustStep.class, layer.index());
        IrNode.InputBall ball = layer.isFirst() ? graph.find(IrNode.InputBall.class, 0) : null;
        double[][] zLo = new double[width][samples];
        double[][] zHi = new double[width][samples];
        // The largest sum_j |W h| a row can have: the scale of the forward pass's rounding band.
        double[][] scale = new double[width][samples];
        // The bounds of a row are a function of the layer's inputs and the neuron's weight ranges
        // and radii: a neuron with those of the last neuron computed in full (every free neuron
        // of a layer has the same) copies its rows instead of summing the fan-in again.
        int last = -1;
        double[] lastLo = null;
        double[] lastHi = null;
        double[] lastRadii = null;
        for (int k = 0; k < width; k++) {
            double[] radii = ball != null ? ball.reach()
                    : robust != null && robust.isRobust(k) ? robust.radii() : null;
            double[] wLo = new double[layer.fanIn()];
            double[] wHi = new double[layer.fanIn()];
            for (int j = 0; j < layer.fanIn(); j++) {
                wLo[j] = weights.isFixed(k) ? weights.fixed()[k][j] : layer.weights().lo();
                wHi[j] = weights.isFixed(k) ? weights.fixed()[k][j] : layer.weights().hi();
            }
            if (last >= 0 && Arrays.equals(wLo, lastLo) && Arrays.equals(wHi, lastHi)
                    && Arrays.equals(radii, lastRadii)) {
                zLo[k] = zLo[last].clone();
                zHi[k] = zHi[last].clone();
                scale[k] = scale[last].clone();
                continue;
            }
            last = k;
            lastLo = wLo;
            lastHi = wHi;
            lastRadii = radii;
            for (int i = 0; i < samples; i++) {
                double lo = 0;
                double hi = 0;
                double size = 0;
                for (int j = 0; j < layer.fanIn(); j++) {
                    double w = Math.max(Math.abs(wLo[j]), Math.abs(wHi[j]));
                    if (previous == null) {
                        double x = graph.inputs()[i][j];
                        double r = radii == null ? 0 : radii[j];
                        size += w * (Math.abs(x) + r);
                        lo += Math.min(x * wLo[j] - r * Math.abs(wLo[j]), x * wHi[j] - r * Math.abs(wHi[j]));
                        hi += Math.max(x * wLo[j] + r * Math.abs(wLo[j]), x * wHi[j] + r * Math.abs(wHi[j]));
                    } else {
                        byte u = previous.activation()[j][i];
                        size += u == 0 ? 0 : w;
                        if (u == 1) {
                            lo += wLo[j];
                            hi += wHi[j];
                        } else if (u == LayerBounds.FREE) {
                            lo += Math.min(0, wLo[j]);
                            hi += Math.max(0, wHi[j]);
                        }
                    }
                }
                zLo[k][i] = lo;
                zHi[k][i] = hi;
                scale[k][i] = size;
            }
        }
        boolean integral = ball == null && isIntegral(graph, layer, weights, biases) && allIntegral(new double[][] {
                robust == null ? new double[0] : robust.radii()});
        double zMagnitude = magnitude(zLo, zHi);
        Domain bias = layer.bias();
        boolean chosenBias = biases != null && !biases.isFixed() && !bias.declaredRange();
        double biasMagnitude = biases == null ? 0
                : Math.max(maxAbs(biases.fixed()), biases.isFixed() ? 0
                : chosenBias ? zMagnitude : Math.max(Math.abs(bias.lo()), Math.abs(bias.hi())));
        // Verification: a fixed integral layer after the first takes finitely many values, and
        // its exact margin (below) excludes none of them, so it replaces a relaxed eps = 0.
        double epsilon = graph.find(IrNode.InputBall.class, 0) != null && !layer.isFirst() && weights.isFixed()
                && allIntegral(weights.fixed()) ? Double.NaN : userEpsilon;
        Margin margin = fixedLayerMargin(layer, weights, biases, epsilon,
                Margin.choose(epsilon, integral, zMagnitude + biasMagnitude));

        double[] bLo = new double[width];
        double[] bHi = new double[width];
        String biasOrigin = biases == null ? "no bias" : biases.isFixed() ? "fixed" : "declared range";
        for (int k = 0; k < width; k++) {
            if (biases == null) {
                continue;
            }
            if (biases.isFixed(k)) {
                bLo[k] = biases.fixed()[k];
                bHi[k] = biases.fixed()[k];
            } else if (!chosenBias) {
                bLo[k] = bias.lo();
                bHi[k] = bias.hi();
            } else {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < samples; i++) {
                    lo = Math.min(lo, -zHi[k][i]);
                    hi = Math.max(hi, -zLo[k][i] + margin.value());
                }
                bLo[k] = bias.isInteger() ? Math.floor(lo) : lo;
                bHi[k] = bias.isInteger() ? Math.ceil(hi) : hi;
                biasOrigin = "never binds: [min_i -zhi_i, max_i -zlo_i + eps]";
            }
        }
        double[][] preLo = zLo;
        double[][] preHi = zHi;
        byte[][] activation = new byte[width][graph.units()];
        double eps = margin.value();
        for (int k = 0; k < width; k++) {
            byte[] decidedUnits = activation[k];
            Arrays.fill(decidedUnits, LayerBounds.FREE);
            double[] lo = preLo[k];
            double[] hi = preHi[k];
            double biasSize = Math.max(Math.abs(bLo[k]), Math.abs(bHi[k]));
            for (int i = 0; i < samples; i++) {
                lo[i] += bLo[k];
                hi[i] += bHi[k];
                int unit = graph.unitOf(layer, i);
                // A row with lo > 0 forces its unit to 1; failing that, one with hi < eps forces 0.
                // "lo > 0" must hold beyond the forward pass's rounding band, which counts
                // |a| <= 1e-12 (sum |W h| + |b|) as zero: a fixed row that is 0 up to rounding
                // noise (1/9 + 2/9 - 3/9) is inactive, as the forward pass says.
                byte decided = LayerBounds.decide(lo[i], hi[i], ForwardPass.NOISE * (scale[k][i] + biasSize), eps);
                if (decided == 1) {
                    decidedUnits[unit] = 1;
                } else if (decided == 0 && decidedUnits[unit] != 1) {
                    decidedUnits[unit] = 0;
                }
            }
        }
        return new LayerBounds(preLo, preHi, bLo, bHi, activation, margin, integral, biasOrigin);
    }

    /**
     * A fixed layer after the first with integral weights reads binaries, so its pre-activations
     * are {@code m + b_k} with m an integer; the smallest positive one is {@code frac(b_k)} (1 for
     * an integral bias). A margin no larger than {@code min_k} of that excludes none of its values,
     * so it is exact: local search holds such layers fixed, and their biases (read back from an
     * earlier MILP) may sit closer to an integer than the default margin.
     */
    private static Margin fixedLayerMargin(IrLayer layer, IrNode.Weights weights, IrNode.Biases biases,
                                           double userEpsilon, Margin chosen) {
        if (!Double.isNaN(userEpsilon) || layer.isFirst() || !weights.isFixed() || !allIntegral(weights.fixed())
                || (biases != null && !biases.isFixed())) {
            return chosen;
        }
        double gap = 1;
        if (biases != null) {
            for (double bias : biases.fixed()) {
                double fraction = bias - Math.floor(bias);
                gap = Math.min(gap, fraction == 0 ? 1 : fraction);
            }
        }
        return gap < chosen.value()
                ? new Margin(gap, "fixed layer on binary inputs: smallest positive pre-activation m + b (exact)")
                : chosen;
    }

    /**
     * Whether {@code a} is an integer for every network of the domain: integer (or integral
     * fixed) weights, an integer or no bias, and integral inputs (deeper layers read binaries).
     */
    private static boolean isIntegral(IrGraph graph, IrLayer layer, IrNode.Weights weights, IrNode.Biases biases) {
        boolean weightsIntegral = true;
        boolean biasIntegral = true;
        for (int k = 0; k < layer.width(); k++) {
            weightsIntegral &= weights.isFixed(k) ? allIntegral(new double[][] {weights.fixed()[k]})
                    : layer.weights().isInteger();
            biasIntegral &= biases == null || (biases.isFixed(k) ? biases.fixed()[k] == Math.rint(biases.fixed()[k])
                    : layer.bias().isInteger());
        }
        boolean inputsIntegral = !layer.isFirst() || allIntegral(graph.inputs());
        return weightsIntegral && biasIntegral && inputsIntegral;
    }

    private static boolean allIntegral(double[][] values) {
        for (double[] row : values) {
            for (double value : row) {
                if (value != Math.rint(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double magnitude(double[][] lo, double[][] hi) {
        double largest = 0;
        for (int k = 0; k < lo.length; k++) {
            for (int i = 0; i < lo[k].length; i++) {
                largest = Math.max(largest, Math.max(Math.abs(lo[k][i]), Math.abs(hi[k][i])));
            }
        }
        return largest;
    }

    /** The largest |value|, NaN (free) entries and a null array counting as none. */
    private static double maxAbs(double[] values) {
        double largest = 0;
        if (values == null) {
            return 0;
        }
        for (double value : values) {
            largest = Double.isNaN(value) ? largest : Math.max(largest, Math.abs(value));
        }
        return largest;
    }
}
