package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code u = step(a)}, i.e. {@code u = 1 iff a > 0}, with a in {@code [L, U]} from the bounds
 * analysis and margin eps, becomes for each neuron k and sample i:
 * <pre>
 *   step_hi:  a - U u            <= 0     (u = 0 forces a <= 0)
 *   step_lo:  a - (eps - L) u    >= L     (u = 1 forces a >= eps)
 * </pre>
 * with u binary, named {@code layer/n<k>/s<i>/u}. The zero side is exact ({@code a = 0} gives
 * u = 0); only {@code a in (0, eps)} is excluded. Where the bounds decide u, no binary is made:
 * {@code L > 0} makes u = 1 (and keeps {@code a >= eps} if {@code L < eps}); {@code U < eps}
 * makes u = 0 (and keeps {@code a <= 0} if {@code U > 0}).
 */
public final class StepActivationToBigM implements LoweringRule<IrNode.Step> {

    @Override
    public Class<IrNode.Step> accepts() {
        return IrNode.Step.class;
    }

    @Override
    public void lower(IrNode.Step node, LoweringContext context) {
        var layer = node.layer();
        LayerBounds bounds = context.bounds(layer);
        double eps = bounds.margin().value();
        int samples = node.output().samples();
        List<Family.Axis> axes = List.of(new Family.Axis("n", layer.width()), new Family.Axis("s", samples));
        Family activations = context.family(layer, "u", axes, this);
        Family upper = context.family(layer, "step_hi", axes, this);
        Family lower = context.family(layer, "step_lo", axes, this);
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(activations);
        String origin = "interval bounds of " + layer.name() + " pre-activations";
        for (int k = 0; k < layer.width(); k++) {
            for (int i = 0; i < samples; i++) {
                int local = activations.localIndex(k, i);
                double lo = bounds.preLo()[k][i];
                double hi = bounds.preHi()[k][i];
                byte known = bounds.activation()[k][i];
                if (known == LayerBounds.FREE) {
                    int u = model.addColumn(activations, local, 0, 1, VarType.BINARY);
                    refs.setColumn(local, u);
                    model.beginRow(upper, local);
                    double constant = context.appendPreActivation(layer, k, i, 1);
                    model.term(u, -hi);
                    model.endRow(Double.NEGATIVE_INFINITY, -constant);
                    model.noteBigM(upper, hi, origin);
                    model.beginRow(lower, local);
                    constant = context.appendPreActivation(layer, k, i, 1);
                    model.term(u, -(eps - lo));
                    model.endRow(lo - constant, Double.POSITIVE_INFINITY);
                    model.noteBigM(lower, eps - lo, origin);
                } else if (known == 1) {
                    refs.setConstant(local, 1);
                    if (lo < eps) {
                        model.beginRow(lower, local);
                        double constant = context.appendPreActivation(layer, k, i, 1);
                        model.endRow(eps - constant, Double.POSITIVE_INFINITY);
                    }
                } else {
                    refs.setConstant(local, 0);
                    if (hi > 0) {
                        model.beginRow(upper, local);
                        double constant = context.appendPreActivation(layer, k, i, 1);
                        model.endRow(Double.NEGATIVE_INFINITY, -constant);
                    }
                }
            }
        }
        context.define(node.output(), refs);
    }
}
