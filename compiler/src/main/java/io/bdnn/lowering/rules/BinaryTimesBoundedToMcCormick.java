package io.bdnn.lowering.rules;

import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * {@code s = b f} with b binary and f in {@code [L, U]} becomes, exactly (McCormick is exact when
 * one factor is binary), a column s in {@code [min(0, L), max(0, U)]} named {@code SCOPE/m<r>/prod}
 * and four rows:
 * <pre>
 *   ub_b:  s - U b        <= 0      (b = 0 forces s <= 0)
 *   lb_b:  s - L b        >= 0      (b = 0 forces s >= 0)
 *   ub_f:  s - f - L b    <= -L     (b = 1 forces s <= f)
 *   lb_f:  s - f - U b    >= -U     (b = 1 forces s >= f)
 * </pre>
 * Known factors need fewer: b = 0 gives s = 0, b = 1 gives the row {@code s - f = 0}, a constant
 * f = c gives {@code s = c b} without a column.
 */
public final class BinaryTimesBoundedToMcCormick implements LoweringRule<UserNodes.BinaryProducts> {

    @Override
    public Class<UserNodes.BinaryProducts> accepts() {
        return UserNodes.BinaryProducts.class;
    }

    @Override
    public void lower(UserNodes.BinaryProducts node, LoweringContext context) {
        List<Family.Axis> axes = List.of(new Family.Axis("m", node.factors().size()));
        String kind = node.kind();
        Family products = context.family(node.scope(), kind, axes, this, node.span());
        Family[] rows = new Family[4];
        String[] names = {"_ub_b", "_lb_b", "_ub_f", "_lb_f"};
        for (int f = 0; f < 4; f++) {
            rows[f] = context.family(node.scope(), kind + names[f], axes, this, node.span());
        }
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(products);
        String origin = "interval of the factor over its columns' bounds";
        for (int r = 0; r < node.factors().size(); r++) {
            FormWriter.Expansion b = FormWriter.expand(LinearForm.of(node.binaries().get(r)), node.atoms(), context);
            FormWriter.Expansion f = FormWriter.expand(node.factors().get(r), node.atoms(), context);
            if (b.isConstant() && b.constant() == 0) {
                refs.setConstant(r, 0);
                continue;
            }
            if (!b.isConstant() && f.isConstant()) {
                var only = b.terms().entrySet().iterator().next();
                refs.set(r, only.getKey(), only.getValue() * f.constant(), b.constant() * f.constant());
                continue;
            }
            double[] bounds = f.interval(model);
            double lo = bounds[0];
            double hi = bounds[1];
            int s = model.addColumn(products, r, Math.min(0, lo), Math.max(0, hi), f.type(model, 1));
            refs.setColumn(r, s);
            if (b.isConstant()) {
                model.beginRow(rows[2], r);
                model.term(s, 1);
                double constant = f.appendTo(model, -1);
                model.endRow(-constant, -constant);
                continue;
            }
            var binary = b.terms().entrySet().iterator().next();
            if (b.terms().size() != 1 || binary.getValue() != 1 || b.constant() != 0) {
                throw new IllegalStateException(node.binaries().get(r) + " is not a plain binary column");
            }
            int column = binary.getKey();
            row(model, rows[0], r, s, null, column, -hi, Double.NEGATIVE_INFINITY, 0);
            row(model, rows[1], r, s, null, column, -lo, 0, Double.POSITIVE_INFINITY);
            row(model, rows[2], r, s, f, column, -lo, Double.NEGATIVE_INFINITY, -lo);
            row(model, rows[3], r, s, f, column, -hi, -hi, Double.POSITIVE_INFINITY);
            model.noteBigM(rows[0], hi, origin);
            model.noteBigM(rows[1], lo, origin);
        }
        context.define(node, refs);
    }

    /** {@code lo <= s - [f] + bCoef b <= hi}, with f's constant moved to the bounds. */
    private static void row(LinearModelBuilder model, Family family, int r, int s, FormWriter.Expansion f, int b,
                            double bCoef, double lo, double hi) {
        model.beginRow(family, r);
        model.term(s, 1);
        double constant = f == null ? 0 : f.appendTo(model, -1);
        model.term(b, bCoef);
        model.endRow(lo - constant, hi - constant);
    }
}
