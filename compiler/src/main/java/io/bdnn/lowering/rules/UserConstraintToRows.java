package io.bdnn.lowering.rules;

import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * A user constraint's ground rows {@code lo <= f <= hi} become rows with the constant of f moved
 * to the bounds, {@code lo - c <= f - c <= hi - c}, named {@code NAME/<index><value>.../KIND}
 * after the constraint's forall indices ({@code sparse_inputs/k2/le}). Nonlinear atoms of f are
 * the columns their own rules defined. A row whose terms all vanish and which holds is dropped.
 */
public final class UserConstraintToRows implements LoweringRule<UserNodes.Rows> {

    @Override
    public Class<UserNodes.Rows> accepts() {
        return UserNodes.Rows.class;
    }

    @Override
    public void lower(UserNodes.Rows node, LoweringContext context) {
        Family family = context.family(node.scope(), node.kind(), axes(node.axes()), this, node.span());
        LinearModelBuilder model = context.model();
        for (UserNodes.Row row : node.rows()) {
            FormWriter.Expansion form = FormWriter.expand(row.form(), node.atoms(), context);
            model.beginRow(family, row.local());
            double constant = form.appendTo(model, 1);
            model.endRow(row.lo() - constant, row.hi() - constant);
        }
    }

    static List<Family.Axis> axes(List<UserNodes.Axis> axes) {
        return axes.stream().map(axis -> new Family.Axis(axis.prefix(), axis.size())).toList();
    }
}
