package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code |x'_j - c_j| <= rho r_j} becomes one column per perturbed feature, named
 * {@code input/in<j>/x}. For a fixed ball ({@code rho = 1}) the column's bounds say it all,
 * {@code x'_j in [c_j - r_j, c_j + r_j]}, and a feature with {@code r_j = 0} is the constant
 * {@code c_j}. For a radius search, rho is a column {@code input/rho} in {@code [0, R]} whose
 * coefficient in the (minimised) objective is 1, x' lies in {@code [c - R r, c + R r]}, and
 * <pre>
 *   ball_hi:  x'_j - r_j rho  <= c_j
 *   ball_lo:  x'_j + r_j rho  >= c_j
 * </pre>
 */
public final class InputBallToBox implements LoweringRule<IrNode.InputBall> {

    @Override
    public Class<IrNode.InputBall> accepts() {
        return IrNode.InputBall.class;
    }

    @Override
    public void lower(IrNode.InputBall node, LoweringContext context) {
        int features = node.centre().length;
        var span = node.layer().span();
        List<Family.Axis> axes = List.of(new Family.Axis("in", features));
        Family inputs = context.family("input", "x", axes, this, span);
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(inputs);
        double[] reach = node.reach();
        for (int j = 0; j < features; j++) {
            double centre = node.centre()[j];
            if (reach[j] == 0) {
                refs.setConstant(j, centre);
            } else {
                refs.setColumn(j, model.addColumn(inputs, j, centre - reach[j], centre + reach[j], VarType.CONTINUOUS));
            }
        }
        if (node.isSearch()) {
            Family radius = context.family("input", "rho", List.of(), this, span);
            int rho = model.addColumn(radius, 0, 0, node.searchUpTo(), VarType.CONTINUOUS);
            model.addObjective(rho, 1);
            Family upper = context.family("input", "ball_hi", axes, this, span);
            Family lower = context.family("input", "ball_lo", axes, this, span);
            for (int j = 0; j < features; j++) {
                if (refs.isConstant(j)) {
                    continue;
                }
                model.beginRow(upper, j);
                model.term(refs.column(j), 1);
                model.term(rho, -node.radii()[j]);
                model.endRow(Double.NEGATIVE_INFINITY, node.centre()[j]);
                model.beginRow(lower, j);
                model.term(refs.column(j), 1);
                model.term(rho, node.radii()[j]);
                model.endRow(node.centre()[j], Double.POSITIVE_INFINITY);
            }
        }
        context.define(node, refs);
    }
}
