package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.ModelText;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code s = W u} with u binary and W in {@code [wl, wh]} becomes, exactly (McCormick is exact
 * when one factor is binary), a column s in {@code [min(0, wl), max(0, wh)]} named
 * {@code layer/n<k>/in<j>/s<i>/prod} and four rows:
 * <pre>
 *   prod_ub_u:  s - wh u      <= 0      (u = 0 forces s <= 0)
 *   prod_lb_u:  s - wl u      >= 0      (u = 0 forces s >= 0)
 *   prod_ub_w:  s - W - wl u  <= -wl    (u = 1 forces s <= W)
 *   prod_lb_w:  s - W - wh u  >= -wh    (u = 1 forces s >= W)
 * </pre>
 * Known factors need no column: u = 0 gives s = 0, u = 1 gives s = W, a fixed W = w gives
 * {@code s = w u}. s is integer when W is.
 */
public final class BinaryTimesWeightToMcCormick implements LoweringRule<IrNode.BinaryTimesWeight> {

    @Override
    public Class<IrNode.BinaryTimesWeight> accepts() {
        return IrNode.BinaryTimesWeight.class;
    }

    @Override
    public void lower(IrNode.BinaryTimesWeight node, LoweringContext context) {
        var layer = node.layer();
        int samples = node.output().samples();
        List<Family.Axis> axes = List.of(new Family.Axis("n", layer.width()), new Family.Axis("in", layer.fanIn()),
                context.unitAxis());
        Family products = context.family(layer, "prod", axes, this);
        Family ubU = context.family(layer, "prod_ub_u", axes, this);
        Family lbU = context.family(layer, "prod_lb_u", axes, this);
        Family ubW = context.family(layer, "prod_ub_w", axes, this);
        Family lbW = context.family(layer, "prod_lb_w", axes, this);
        Refs weights = context.refs(node.weights());
        Refs inputs = context.refs(node.inputs());
        Refs refs = new Refs(products);
        LinearModelBuilder model = context.model();
        double wl = layer.weights().lo();
        double wh = layer.weights().hi();
        VarType type = layer.weights().isInteger() ? VarType.INTEGER : VarType.CONTINUOUS;
        String origin = "weight domain [" + ModelText.number(wl) + ", " + ModelText.number(wh) + "]";
        Writer writer = new Writer(model, products, ubU, lbU, ubW, lbW, weights, inputs, refs, wl, wh, type);
        for (int k = 0; k < layer.width(); k++) {
            for (int j = 0; j < layer.fanIn(); j++) {
                for (int i = 0; i < samples; i++) {
                    writer.product(k, j, i);
                }
            }
        }
        model.noteBigM(ubU, wh, origin);
        model.noteBigM(lbU, wl, origin);
        model.noteBigM(ubW, wl, origin);
        model.noteBigM(lbW, wh, origin);
        context.define(node.output(), refs);
    }

    /**
     * A column and four rows per product of a variable weight and an activation the bounds leave
     * free (the rules that lower activations make a binary exactly for those), with ten nonzeros
     * less the u terms whose coefficient {@code wl} or {@code wh} is 0; the other products are
     * constants or aliases and add nothing.
     */
    @Override
    public ModelSize size(IrNode.BinaryTimesWeight node, LoweringContext context) {
        byte[][] inputs = context.bounds(node.inputs().layer()).activation();
        long free = 0;
        for (int k = 0; k < node.layer().width(); k++) {
            if (node.weights().isFixed(k)) {
                continue;
            }
            for (byte[] input : inputs) {
                for (int i = 0; i < node.output().samples(); i++) {
                    free += input[i] == LayerBounds.FREE ? 1 : 0;
                }
            }
        }
        double wl = node.layer().weights().lo();
        double wh = node.layer().weights().hi();
        return new ModelSize(free, 4 * free, (10 - (wl == 0 ? 2 : 0) - (wh == 0 ? 2 : 0)) * free);
    }

    /**
     * The product {@code s[k, j, i]}, a method of its own so that the JIT compiles it after a
     * few hundred products (a loop body runs interpreted until its method has looped some
     * 60,000 times, about the number of products of a layer).
     */
    private record Writer(LinearModelBuilder model, Family products, Family ubU, Family lbU, Family ubW,
                          Family lbW, Refs weights, Refs inputs, Refs refs, double wl, double wh, VarType type) {
        void product(int k, int j, int i) {
            int weight = weights.family().localIndex(k, j);
            int local = products.localIndex(k, j, i);
            int input = inputs.family().localIndex(j, i);
            if (inputs.isConstant(input)) {
                if (inputs.constant(input) == 0) {
                    refs.setConstant(local, 0);
                } else {
                    refs.alias(local, weights, weight);
                }
                return;
            }
            int u = inputs.column(input);
            if (weights.isConstant(weight)) {
                refs.set(local, u, weights.constant(weight), 0);
                return;
            }
            int w = weights.column(weight);
            int s = model.addColumn(products, local, Math.min(0, wl), Math.max(0, wh), type);
            refs.setColumn(local, s);
            row(model, ubU, local, s, -1, u, -wh, Double.NEGATIVE_INFINITY, 0);
            row(model, lbU, local, s, -1, u, -wl, 0, Double.POSITIVE_INFINITY);
            row(model, ubW, local, s, w, u, -wl, Double.NEGATIVE_INFINITY, -wl);
            row(model, lbW, local, s, w, u, -wh, -wh, Double.POSITIVE_INFINITY);
        }
    }

    /** {@code lo <= s - [w] + uCoef u <= hi}; w is -1 for rows without the weight. */
    private static void row(LinearModelBuilder model, Family family, int local, int s, int w, int u, double uCoef,
                            double lo, double hi) {
        model.beginRow(family, local);
        model.term(s, 1);
        if (w >= 0) {
            model.term(w, -1);
        }
        model.term(u, uCoef);
        model.endRow(lo, hi);
    }
}
