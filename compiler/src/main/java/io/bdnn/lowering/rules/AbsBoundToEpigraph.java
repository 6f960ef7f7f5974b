package io.bdnn.lowering.rules;

import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * {@code t >= |e|} for a user expression e in {@code [L, U]} (from the columns' bounds) becomes a
 * column t in {@code [max(0, L, -U), max(|L|, |U|)]} named {@code SCOPE/m<r>/abs} and its
 * epigraph rows
 * <pre>
 *   abs_pos:  t - e >= 0      (only when U > 0)
 *   abs_neg:  t + e >= 0      (only when L < 0)
 * </pre>
 * Used only where t is bounded above or minimised, so t may exceed |e| without changing what is
 * feasible or optimal (see {@code Sense}). A constant e gives the constant |e|.
 */
public final class AbsBoundToEpigraph implements LoweringRule<UserNodes.AbsBound> {

    @Override
    public Class<UserNodes.AbsBound> accepts() {
        return UserNodes.AbsBound.class;
    }

    @Override
    public void lower(UserNodes.AbsBound node, LoweringContext context) {
        List<Family.Axis> axes = List.of(new Family.Axis("m", node.arguments().size()));
        Family absolute = context.family(node.scope(), node.kind(), axes, this, node.span());
        Family positive = context.family(node.scope(), node.kind() + "_pos", axes, this, node.span());
        Family negative = context.family(node.scope(), node.kind() + "_neg", axes, this, node.span());
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(absolute);
        for (int r = 0; r < node.arguments().size(); r++) {
            FormWriter.Expansion e = FormWriter.expand(node.arguments().get(r), node.atoms(), context);
            AbsColumn column = AbsColumn.declare(absolute, refs, r, e, model);
            if (column == null) {
                continue;
            }
            double lo = column.lo();
            double hi = column.hi();
            int t = column.column();
            if (hi > 0) {
                model.beginRow(positive, r);
                model.term(t, 1);
                model.endRow(-e.appendTo(model, -1), Double.POSITIVE_INFINITY);
            }
            if (lo < 0) {
                model.beginRow(negative, r);
                model.term(t, 1);
                model.endRow(-e.appendTo(model, 1), Double.POSITIVE_INFINITY);
            }
        }
        context.define(node, refs);
    }
}
