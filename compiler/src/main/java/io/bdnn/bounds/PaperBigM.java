package io.bdnn.bounds;

import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The big-M values of Kurtz and Bah's code ({@code method exact formulation paper}), the measuring
 * stick of the formulation benchmark: symmetric bounds {@code [-M, M]} with
 * <pre>
 *   layer 1:   M_i = P R_i + B + 1,     R_i = sum_j (|x_ij| + r_j)   (r_j the robust radius, else 0)
 *   layer l:   M   = P d_{l-1} + B + 1
 * </pre>
 * where P is the largest |weight| of the layer's domain and B the bias bound: the paper's
 * {@code B = max(max_i P R_i, max_l d_l)} for a layer with a bias, 0 without, raised to the
 * largest |bias bound| the analysis gives the bias column when that is larger (a declared range
 * wider than the paper's B), so that {@code |a| <= M - 1 + eps} always holds and M is valid.
 * Nothing is decided: every (neuron, sample) gets its binary, as in the paper.
 *
 * <p>What stays the analysis's, so that both formulations describe the same set of networks: the
 * margin eps of each layer, the bias columns' bounds (declared, or the never-binding range), the
 * weight domains (the McCormick rows already use them, as the paper does), and the zero side of
 * the step ({@code u = 0} forces {@code a <= 0}, where the paper's code has {@code a <= -eps}).
 */
public final class PaperBigM {
    private PaperBigM() {
    }

    /** The analysis's bounds with every pre-activation interval replaced by the paper's {@code [-M, M]}. */
    public static Bounds apply(IrGraph graph, Bounds analysed) {
        List<IrLayer> layers = graph.layers();
        double paperB = 0;
        for (IrLayer layer : layers) {
            paperB = Math.max(paperB, layer.width());
        }
        IrNode.RobustStep robust = graph.find(IrNode.RobustStep.class, 0);
        double largestR = 0;
        double[] radii = robust == null ? null : robust.radii();
        double[] r = new double[graph.samples()];
        for (int i = 0; i < graph.samples(); i++) {
            double[] x = graph.inputs()[i];
            for (int j = 0; j < x.length; j++) {
                r[i] += Math.abs(x[j]) + (radii == null ? 0 : radii[j]);
            }
        }
        List<LayerBounds> result = new ArrayList<>();
        for (IrLayer layer : layers) {
            LayerBounds bounds = analysed.layer(layer.index());
            double p = Math.max(Math.abs(layer.weights().lo()), Math.abs(layer.weights().hi()));
            if (layer.isFirst()) {
                for (double ri : r) {
                    largestR = Math.max(largestR, p * ri);
                }
            }
            double b = 0;
            if (layer.hasBias()) {
                b = Math.max(largestR, paperB);
                for (int k = 0; k < layer.width(); k++) {
                    b = Math.max(b, Math.max(Math.abs(bounds.biasLo()[k]), Math.abs(bounds.biasHi()[k])));
                }
            }
            int rows = bounds.preLo()[0].length;
            double[][] lo = new double[layer.width()][rows];
            double[][] hi = new double[layer.width()][rows];
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < rows; i++) {
                    double m = (layer.isFirst() ? p * r[i] : p * layer.fanIn()) + b + 1;
                    lo[k][i] = -m;
                    hi[k][i] = m;
                }
            }
            byte[][] free = new byte[layer.width()][graph.units()];
            for (byte[] row : free) {
                Arrays.fill(row, LayerBounds.FREE);
            }
            result.add(new LayerBounds(lo, hi, bounds.biasLo(), bounds.biasHi(), free, bounds.margin(),
                    bounds.integral(), bounds.biasOrigin()));
        }
        return new Bounds(result);
    }
}
