package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code t >= |W|} with W in {@code [wl, wh]} becomes a column t in {@code [0, max(|wl|, |wh|)]}
 * named {@code layer/n<k>/in<j>/abs} and its epigraph rows:
 * <pre>
 *   abs_pos:  t - W >= 0
 *   abs_neg:  t + W >= 0
 * </pre>
 * t is an upper bound of |W|, equal to it wherever t is pushed down (the L1 penalty minimises it;
 * the robust rows only get harder as t grows). A sign-definite domain needs no column:
 * {@code wl >= 0} gives {@code t = W}, {@code wh <= 0} gives {@code t = -W}; a fixed weight w
 * gives the constant |w|.
 *
 * <p>Why an epigraph and not the split {@code W = p - n, |W| = p + n}: the refs of a family
 * member name one column, and t is one column, with the same strength as the split.
 */
public final class AbsToEpigraph implements LoweringRule<IrNode.AbsoluteWeights> {

    @Override
    public Class<IrNode.AbsoluteWeights> accepts() {
        return IrNode.AbsoluteWeights.class;
    }

    @Override
    public void lower(IrNode.AbsoluteWeights node, LoweringContext context) {
        var layer = node.layer();
        List<Family.Axis> axes = List.of(new Family.Axis("n", layer.width()), new Family.Axis("in", layer.fanIn()));
        Family absolute = context.family(layer, "abs", axes, this);
        Family positive = context.family(layer, "abs_pos", axes, this);
        Family negative = context.family(layer, "abs_neg", axes, this);
        Refs weights = context.refs(node.weights());
        Refs refs = new Refs(absolute);
        LinearModelBuilder model = context.model();
        double wl = layer.weights().lo();
        double wh = layer.weights().hi();
        for (int local = 0; local < absolute.size(); local++) {
            if (weights.isConstant(local)) {
                refs.setConstant(local, Math.abs(weights.constant(local)));
            } else if (wl >= 0) {
                refs.alias(local, weights, local);
            } else if (wh <= 0) {
                refs.set(local, weights.column(local), -weights.coefficient(local), -weights.constant(local));
            } else {
                int t = model.addColumn(absolute, local, 0, Math.max(Math.abs(wl), Math.abs(wh)), VarType.CONTINUOUS);
                refs.setColumn(local, t);
                for (int sign : new int[] {-1, 1}) {
                    model.beginRow(sign < 0 ? positive : negative, local);
                    model.term(t, 1);
                    double constant = weights.appendTo(model, local, sign);
                    model.endRow(-constant, Double.POSITIVE_INFINITY);
                }
            }
        }
        context.define(node, refs);
    }

    /** A column and two rows of two terms per variable weight whose domain has both signs. */
    @Override
    public ModelSize size(IrNode.AbsoluteWeights node, LoweringContext context) {
        var layer = node.layer();
        long columns = 0;
        if (layer.weights().lo() < 0 && layer.weights().hi() > 0) {
            for (int k = 0; k < layer.width(); k++) {
                columns += node.weights().isFixed(k) ? 0 : layer.fanIn();
            }
        }
        return new ModelSize(columns, 2 * columns, 4 * columns);
    }
}
