package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.PatternTable;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.VarType;
import io.bdnn.network.ForwardPass;
import java.util.List;

/**
 * The pattern table of a layer l >= 2 with a small fan-in d ({@code method exact patterns};
 * docs/formulation.md, "patterns"). Neuron k of layer l reads only the binary pattern
 * {@code p in {0,1}^d} of layer l-1, so its activation is a function of p. For every pattern p
 * the layer gets a table binary {@code t[p, k]} with step rows on the linear pre-activation
 * {@code a[p, k] = sum_j W[k, j] p_j + b[k]} (p is a constant: no products), bounds
 * {@code [lo, hi]} from the weight and bias domains and the layer's margin eps:
 * <pre>
 *   tab_hi:  a[p,k] - hi t - hi z[p]                     <= 0     t = 0  =>  a <= 0
 *   tab_lo:  a[p,k] - (eps - lo) t + (eps - lo) z[p]      >= lo    t = 1  =>  a >= eps
 * </pre>
 * and every unit g reads its row of the table through the mismatch
 * {@code mism(g, p) = sum_{p_j = 1} (1 - u'[g, j]) + sum_{p_j = 0} u'[g, j]} (0 iff the unit's
 * layer-(l-1) pattern is p, at least 1 otherwise):
 * <pre>
 *   link_lo:  u[g,k] - t[p,k] + mism(g,p)  >= 0      u' = p  =>  u >= t
 *   link_hi:  u[g,k] - t[p,k] - mism(g,p)  <= 0      u' = p  =>  u <= t
 * </pre>
 * so u is a continuous column in [0, 1], integral whenever layer l-1 is (declared binary in a
 * model whose columns are all integer, for integer-only solvers). {@code z[p] in [0, 1]}
 * says that no unit takes pattern p ({@code unused_link: z[p] - mism(g, p) <= 0} for every g): the
 * margin then does not apply to p, as the default formulation puts it on the samples' rows only
 * (a pattern no sample takes may have {@code a in (0, eps)}). z is needed only when the margin is
 * not exact (continuous weights or biases); with integral pre-activations and eps = 1 no value
 * lies in (0, eps) and z is left out. Patterns whose pre-activation the bounds decide get a
 * constant t (as {@link StepRows} decides activations); a pattern that a unit's decided
 * activations already contradict ({@code mism >= 1} as a constant) gets no link rows for it.
 */
public final class PatternTableToRows implements LoweringRule<IrNode.Step> {

    /**
     * The largest fan-in the option applies to: 2^4 = 16 patterns per neuron. The link rows
     * ({@code 2^(d+1)} per unit and neuron) replace {@code 4 d + 2} step and product rows: 32
     * against 18 at d = 4, growing exponentially beyond (docs/formulation.md, "patterns").
     */
    public static final int MAX_FAN_IN = 4;

    @Override
    public Class<IrNode.Step> accepts() {
        return IrNode.Step.class;
    }

    /**
     * Whether the table replaces the step and product rows of the layer: a layer after the first
     * with fan-in d at most {@code maxFanIn} and no more patterns {@code 2^d} than activation
     * units (training points, or groups of them), in a plain training model (no user constraint,
     * objective or extension node, which may read the layer's pre-activations or products, and no
     * verification node).
     */
    public static boolean applies(IrGraph graph, IrLayer layer, int maxFanIn) {
        if (layer.isFirst() || layer.fanIn() > maxFanIn || graph.find(IrNode.Step.class, layer.index()) == null) {
            return false;
        }
        if (1 << layer.fanIn() > graph.units()) {
            return false; // more patterns than units: the table would have more binaries than the samples
        }
        for (IrNode node : graph.graph().vertexSet()) {
            if (node instanceof IrNode.User || node instanceof IrNode.Extension || node instanceof IrNode.InputBall
                    || node instanceof IrNode.PredictionChange || node instanceof IrNode.EnsembleChange) {
                return false;
            }
        }
        return true;
    }

    /**
     * At most what {@link #lower} adds, from the bounds: for every pattern some unit can take, a
     * table binary per neuron, its z and two table rows, and two link rows per neuron for every
     * unit that can take it (fewer where the bounds decide t); a binary per free unit.
     */
    @Override
    public ModelSize size(IrNode.Step node, LoweringContext context) {
        IrLayer layer = node.layer();
        int d = layer.fanIn();
        byte[][] previous = context.bounds(context.graph().layers().get(layer.index() - 1)).activation();
        long links = 0;
        boolean[] reachable = new boolean[1 << d];
        for (int g = 0; g < context.graph().units(); g++) {
            for (int p = 0; p < reachable.length; p++) {
                boolean possible = true;
                for (int j = 0; j < d; j++) {
                    possible &= previous[j][g] == LayerBounds.FREE || previous[j][g] == (p >> j & 1);
                }
                links += possible ? 1 : 0;
                reachable[p] |= possible;
            }
        }
        long patterns = 0;
        for (boolean each : reachable) {
            patterns += each ? 1 : 0;
        }
        long units = 0;
        for (byte[] neuron : context.bounds(layer).activation()) {
            for (byte unit : neuron) {
                units += unit == LayerBounds.FREE ? 1 : 0;
            }
        }
        int width = layer.width();
        return new ModelSize(units + (width + 1) * patterns, links + 2 * width * (patterns + links),
                links * (1 + d) + 2 * width * (patterns * (d + 3) + links * (d + 2)));
    }

    @Override
    public void lower(IrNode.Step node, LoweringContext context) {
        IrLayer layer = node.layer();
        LayerBounds bounds = context.bounds(layer);
        double eps = bounds.margin().value();
        boolean relax = !(bounds.integral() && eps <= 1);
        int d = layer.fanIn();
        int patterns = 1 << d;
        int units = context.graph().units();
        LinearModelBuilder model = context.model();
        Refs previous = context.refs(context.graph().find(IrNode.Activations.class, layer.index() - 1));
        Refs weights = context.refs(context.graph().find(IrNode.Weights.class, layer.index()));
        IrNode.Biases biasNode = context.graph().find(IrNode.Biases.class, layer.index());
        Refs biases = biasNode == null ? null : context.refs(biasNode);

        // Which patterns some unit can take: its decided layer-(l-1) activations do not contradict p.
        boolean[][] possible = new boolean[units][patterns];
        boolean[] reachable = new boolean[patterns];
        for (int g = 0; g < units; g++) {
            for (int p = 0; p < patterns; p++) {
                possible[g][p] = mismatchConstant(previous, g, p, d) < 1;
                reachable[p] |= possible[g][p];
            }
        }
        Family.Axis neurons = new Family.Axis("n", layer.width());
        Family.Axis patternAxis = new Family.Axis("p", patterns);
        Family.Axis unitAxis = context.unitAxis();
        Family activations = context.family(layer, "u", List.of(neurons, unitAxis), this);
        Family table = context.family(layer, "t", List.of(neurons, patternAxis), this);
        Family unusedColumns = context.family(layer, "unused", List.of(patternAxis), this);
        Family tabHi = context.family(layer, "tab_hi", List.of(neurons, patternAxis), this);
        Family tabLo = context.family(layer, "tab_lo", List.of(neurons, patternAxis), this);
        Family linkLo = context.family(layer, "link_lo", List.of(neurons, patternAxis, unitAxis), this);
        Family linkHi = context.family(layer, "link_hi", List.of(neurons, patternAxis, unitAxis), this);
        Family unusedRows = context.family(layer, "unused_link", List.of(patternAxis, unitAxis), this);
        Refs t = new Refs(table);
        Refs z = new Refs(unusedColumns);
        Refs u = new Refs(activations);
        VarType type = integerModel(context.graph()) ? VarType.BINARY : VarType.CONTINUOUS;

        // Bounds of a[p, k] and what they decide; z[p] only for patterns whose margin some row applies.
        double[][] lo = new double[layer.width()][patterns];
        double[][] hi = new double[layer.width()][patterns];
        byte[][] known = new byte[layer.width()][patterns];
        boolean[] margined = new boolean[patterns];
        for (int k = 0; k < layer.width(); k++) {
            for (int p = 0; p < patterns; p++) {
                known[k][p] = decide(layer, k, p, weights, bounds, eps, lo[k], hi[k]);
                margined[p] |= LayerBounds.needsZeroSide(known[k][p], hi[k][p])
                        || LayerBounds.needsOneSide(known[k][p], lo[k][p], hi[k][p], eps);
            }
        }
        for (int p = 0; p < patterns; p++) {
            z.setConstant(p, 0);
            if (relax && reachable[p] && margined[p]) {
                z.setColumn(p, model.addColumn(unusedColumns, p, 0, 1, type));
                for (int g = 0; g < units; g++) {
                    if (possible[g][p]) {
                        // unused: z[p] <= mism(g, p)
                        model.beginRow(unusedRows, unusedRows.localIndex(p, g));
                        model.term(z.column(p), 1);
                        double constant = -appendMismatch(model, previous, g, p, d, -1);
                        model.endRow(Double.NEGATIVE_INFINITY, constant);
                    }
                }
            }
        }
        String origin = "weight and bias domains of " + layer.name() + " on each pattern";
        for (int k = 0; k < layer.width(); k++) {
            for (int p = 0; p < patterns; p++) {
                int local = table.localIndex(k, p);
                if (!reachable[p]) {
                    t.setConstant(local, 0);
                    continue;
                }
                tableRows(context, layer, k, p, weights, biases, eps, lo[k][p], hi[k][p], known[k][p], t, z,
                        table, tabHi, tabLo, origin);
            }
            for (int g = 0; g < units; g++) {
                int local = activations.localIndex(k, g);
                byte decided = bounds.activation()[k][g];
                if (decided == LayerBounds.FREE) {
                    u.setColumn(local, model.addColumn(activations, local, 0, 1, type));
                } else {
                    u.setConstant(local, decided);
                }
                for (int p = 0; p < patterns; p++) {
                    if (!possible[g][p]) {
                        continue;
                    }
                    int row = linkLo.localIndex(k, p, g);
                    int tp = table.localIndex(k, p);
                    if (!(t.isConstant(tp) && t.constant(tp) == 0)) {
                        // link_lo: u - t + mism >= 0 (always true for t = 0)
                        model.beginRow(linkLo, row);
                        double constant = u.appendTo(model, local, 1) + t.appendTo(model, tp, -1)
                                + appendMismatch(model, previous, g, p, d, 1);
                        model.endRow(-constant, Double.POSITIVE_INFINITY);
                    }
                    if (!(t.isConstant(tp) && t.constant(tp) == 1)) {
                        // link_hi: u - t - mism <= 0 (always true for t = 1)
                        model.beginRow(linkHi, row);
                        double constant = u.appendTo(model, local, 1) + t.appendTo(model, tp, -1)
                                + appendMismatch(model, previous, g, p, d, -1);
                        model.endRow(Double.NEGATIVE_INFINITY, -constant);
                    }
                }
            }
        }
        context.define(node.output(), u);
        context.defineTable(layer, new PatternTable(layer.index(), t, z));
    }

    /**
     * Whether every weight and bias domain of the model is integer (or absent): then every other
     * column is integer and the model is one an integer-only solver (CP-SAT) accepts, so u and z
     * are declared binary, which the links make them anyway; otherwise they are continuous.
     */
    static boolean integerModel(IrGraph graph) {
        for (IrLayer layer : graph.layers()) {
            if (!layer.weights().isInteger() || !(layer.bias().isNone() || layer.bias().isInteger())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bounds {@code [lo, hi]} of {@code a[p, k]} from the weight domain (or fixed weights) and the
     * bias bounds, stored into {@code lo[p]} and {@code hi[p]}, and the value they decide (as the
     * bounds analysis decides a sample's: {@code lo > 0} beyond the forward pass's rounding band
     * gives 1, {@code hi < eps} or {@code hi <= 0} gives 0), else {@link LayerBounds#FREE}.
     */
    private static byte decide(IrLayer layer, int k, int p, Refs weights, LayerBounds bounds, double eps,
                               double[] lo, double[] hi) {
        double low = bounds.biasLo()[k];
        double high = bounds.biasHi()[k];
        double scale = Math.max(Math.abs(low), Math.abs(high));
        for (int j = 0; j < layer.fanIn(); j++) {
            if ((p >> j & 1) == 1) {
                int w = weights.family().localIndex(k, j);
                double wl = weights.isConstant(w) ? weights.constant(w) : layer.weights().lo();
                double wh = weights.isConstant(w) ? weights.constant(w) : layer.weights().hi();
                low += wl;
                high += wh;
                scale += Math.max(Math.abs(wl), Math.abs(wh));
            }
        }
        lo[p] = low;
        hi[p] = high;
        return LayerBounds.decide(low, high, ForwardPass.NOISE * scale, eps);
    }

    /**
     * The binary {@code t[p, k]} (or its constant, where the bounds of {@code a[p, k]} decide it)
     * and its step rows, written as {@link StepRows} writes a sample's.
     */
    private void tableRows(LoweringContext context, IrLayer layer, int k, int p, Refs weights, Refs biases,
                           double eps, double lo, double hi, byte known, Refs t, Refs z, Family table,
                           Family tabHi, Family tabLo, String origin) {
        LinearModelBuilder model = context.model();
        int local = table.localIndex(k, p);
        if (known == LayerBounds.FREE) {
            t.setColumn(local, model.addColumn(table, local, 0, 1, VarType.BINARY));
        } else {
            t.setConstant(local, known);
        }
        boolean free = known == LayerBounds.FREE;
        if (LayerBounds.needsZeroSide(known, hi)) {
            // tab_hi: a - hi t - hi z <= 0
            model.beginRow(tabHi, local);
            double constant = appendTable(model, layer, k, p, weights, biases);
            constant += t.appendTo(model, local, -hi) + z.appendTo(model, p, -hi);
            model.noteBigM(tabHi, hi, origin);
            model.endRow(Double.NEGATIVE_INFINITY, -constant);
        }
        if (LayerBounds.needsOneSide(known, lo, hi, eps)) {
            // tab_lo: a - (eps - lo) t + (eps - lo) z >= lo; a decided t = 1 keeps a + (eps - lo) z >= eps
            model.beginRow(tabLo, local);
            double constant = appendTable(model, layer, k, p, weights, biases);
            constant += z.appendTo(model, p, eps - lo);
            if (free) {
                constant += t.appendTo(model, local, -(eps - lo));
                model.noteBigM(tabLo, eps - lo, origin);
                model.endRow(lo - constant, Double.POSITIVE_INFINITY);
            } else {
                model.endRow(eps - constant, Double.POSITIVE_INFINITY);
            }
        }
    }

    /** Appends {@code a[p, k] = sum_{p_j = 1} W[k, j] + b[k]} to the open row; returns its constant part. */
    private static double appendTable(LinearModelBuilder model, IrLayer layer, int k, int p, Refs weights,
                                      Refs biases) {
        double constant = 0;
        for (int j = 0; j < layer.fanIn(); j++) {
            if ((p >> j & 1) == 1) {
                constant += weights.appendTo(model, weights.family().localIndex(k, j), 1);
            }
        }
        return biases == null ? constant : constant + biases.appendTo(model, k, 1);
    }

    /**
     * Appends {@code scale * mism(g, p)} to the open row, with
     * {@code mism = sum_{p_j = 1} (1 - u'[g, j]) + sum_{p_j = 0} u'[g, j]}; returns its constant part.
     */
    private static double appendMismatch(LinearModelBuilder model, Refs previous, int g, int p, int d, double scale) {
        double constant = 0;
        for (int j = 0; j < d; j++) {
            int local = previous.family().localIndex(j, g);
            if ((p >> j & 1) == 1) {
                constant += scale + previous.appendTo(model, local, -scale);
            } else {
                constant += previous.appendTo(model, local, scale);
            }
        }
        return constant;
    }

    /** The constant part of {@code mism(g, p)} counting only decided activations (free ones count 0). */
    private static double mismatchConstant(Refs previous, int g, int p, int d) {
        double mismatch = 0;
        for (int j = 0; j < d; j++) {
            int local = previous.family().localIndex(j, g);
            if (previous.isConstant(local)) {
                double value = previous.constant(local);
                mismatch += (p >> j & 1) == 1 ? 1 - value : value;
            }
        }
        return mismatch;
    }
}
