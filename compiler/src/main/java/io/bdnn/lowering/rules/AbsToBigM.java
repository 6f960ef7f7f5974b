package io.bdnn.lowering.rules;

import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code t = |e|} exactly, for e in {@code [L, U]} with {@code L < 0 < U}, becomes a column t in
 * {@code [0, max(-L, U)]}, a binary z (z = 1 when e >= 0) named {@code SCOPE/m<r>/abs_exact_sign},
 * and four rows:
 * <pre>
 *   pos:     t - e           >= 0
 *   neg:     t + e           >= 0
 *   pos_up:  t - e - 2 L z   <= -2L      (z = 1 forces t <= e, so t = e and e >= 0)
 *   neg_up:  t + e - 2 U z   <= 0        (z = 0 forces t <= -e, so t = -e and e <= 0)
 * </pre>
 * with big-M values {@code 2|L|} and {@code 2U}: on the other side the rows are slack, since
 * {@code t - e = -2e <= -2L} and {@code t + e = 2e <= 2U}. A sign-definite e needs no binary:
 * {@code L >= 0} gives the row {@code t - e = 0}, {@code U <= 0} gives {@code t + e = 0}.
 */
public final class AbsToBigM implements LoweringRule<UserNodes.AbsExact> {

    @Override
    public Class<UserNodes.AbsExact> accepts() {
        return UserNodes.AbsExact.class;
    }

    @Override
    public void lower(UserNodes.AbsExact node, LoweringContext context) {
        List<Family.Axis> axes = List.of(new Family.Axis("m", node.arguments().size()));
        String kind = node.kind();
        Family absolute = context.family(node.scope(), kind, axes, this, node.span());
        Family sign = context.family(node.scope(), kind + "_sign", axes, this, node.span());
        Family[] rows = new Family[4];
        String[] names = {"_pos", "_neg", "_pos_up", "_neg_up"};
        for (int f = 0; f < 4; f++) {
            rows[f] = context.family(node.scope(), kind + names[f], axes, this, node.span());
        }
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(absolute);
        String origin = "interval of the expression over its columns' bounds";
        for (int r = 0; r < node.arguments().size(); r++) {
            FormWriter.Expansion e = FormWriter.expand(node.arguments().get(r), node.atoms(), context);
            AbsColumn column = AbsColumn.declare(absolute, refs, r, e, model);
            if (column == null) {
                continue;
            }
            double lo = column.lo();
            double hi = column.hi();
            int t = column.column();
            if (lo >= 0 || hi <= 0) {
                double side = lo >= 0 ? -1 : 1;
                model.beginRow(rows[lo >= 0 ? 0 : 1], r);
                model.term(t, 1);
                double constant = e.appendTo(model, side);
                model.endRow(-constant, -constant);
                continue;
            }
            int z = model.addColumn(sign, r, 0, 1, VarType.BINARY);
            row(model, rows[0], r, t, e, -1, z, 0, 0, Double.POSITIVE_INFINITY);
            row(model, rows[1], r, t, e, 1, z, 0, 0, Double.POSITIVE_INFINITY);
            row(model, rows[2], r, t, e, -1, z, -2 * lo, Double.NEGATIVE_INFINITY, -2 * lo);
            row(model, rows[3], r, t, e, 1, z, -2 * hi, Double.NEGATIVE_INFINITY, 0);
            model.noteBigM(rows[2], 2 * lo, origin);
            model.noteBigM(rows[3], 2 * hi, origin);
        }
        context.define(node, refs);
    }

    /** {@code lo <= t + side e + zCoef z <= hi}, with e's constant moved to the bounds. */
    private static void row(LinearModelBuilder model, Family family, int r, int t, FormWriter.Expansion e,
                            double side, int z, double zCoef, double lo, double hi) {
        model.beginRow(family, r);
        model.term(t, 1);
        double constant = e.appendTo(model, side);
        model.term(z, zCoef);
        model.endRow(lo - constant, hi - constant);
    }
}
