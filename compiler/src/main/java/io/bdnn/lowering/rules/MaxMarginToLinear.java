package io.bdnn.lowering.rules;

import io.bdnn.ir.Atom;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.LinearForm;
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
 * The smallest margin gamma: every pre-activation a in {@code [L, U]} must lie at least gamma
 * from 0 on its activation's side (u = 1: {@code a >= gamma}; u = 0: {@code a <= -gamma}), as in
 * Toro Icarte et al.'s max-margin training. gamma is a column in {@code [0, G]} named
 * {@code loss/margin}, with G the smallest {@code max(U, -L)} over all neurons and samples (no
 * neuron can do better), and each neuron k of each layer gets, for each sample i:
 * <pre>
 *   margin_on:   a - gamma + (L - G) u  >= L - G     (u = 1 forces a >= gamma)
 *   margin_off:  a + gamma - (U + G) u  <= 0         (u = 0 forces a <= -gamma)
 * </pre>
 * On the other side each row is slack ({@code a >= L}, {@code a <= U}, {@code gamma <= G}). A
 * known activation keeps only its side's row, without u. gamma = 0 is always feasible (the
 * step's own rows give a >= eps > 0 or a <= 0), so the objective term {@code -gamma} is bounded.
 */
public final class MaxMarginToLinear implements LoweringRule<UserNodes.SmallestMargin> {

    @Override
    public Class<UserNodes.SmallestMargin> accepts() {
        return UserNodes.SmallestMargin.class;
    }

    @Override
    public void lower(UserNodes.SmallestMargin node, LoweringContext context) {
        LinearModelBuilder model = context.model();
        List<IrLayer> layers = context.graph().layers();
        double best = Double.POSITIVE_INFINITY;
        boolean integral = true;
        FormWriter.Expansion[][][] pre = new FormWriter.Expansion[layers.size()][][];
        for (IrLayer layer : layers) {
            int rows = context.graph().rows(layer);
            pre[layer.index()] = new FormWriter.Expansion[layer.width()][rows];
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < rows; i++) {
                    FormWriter.Expansion a = FormWriter.expand(LinearForm.of(
                            new Atom.PreActivation(layer.index(), i, k)), null, context);
                    pre[layer.index()][k][i] = a;
                    integral &= a.isIntegral(model);
                    double[] bounds = a.interval(model);
                    best = Math.min(best, Math.max(bounds[1], -bounds[0]));
                }
            }
        }
        double most = Math.max(0, best);
        Family margin = context.family(node.scope(), "margin", List.of(), this, node.span());
        int gamma = model.addColumn(margin, 0, 0, most, integral ? VarType.INTEGER : VarType.CONTINUOUS);
        Refs refs = new Refs(margin);
        refs.setColumn(0, gamma);
        String origin = "interval bounds of the pre-activations and the largest margin " + most;
        for (IrLayer layer : layers) {
            List<Family.Axis> axes = List.of(new Family.Axis("n", layer.width()), context.rowAxis(layer));
            Family on = context.family(layer, "margin_on", axes, this);
            Family off = context.family(layer, "margin_off", axes, this);
            Refs u = context.refs(context.graph().find(IrNode.Activations.class, layer.index()));
            for (int k = 0; k < layer.width(); k++) {
                for (int i = 0; i < pre[layer.index()][k].length; i++) {
                    FormWriter.Expansion a = pre[layer.index()][k][i];
                    double[] bounds = a.interval(model);
                    int unit = u.family().localIndex(k, context.graph().unitOf(layer, i));
                    int local = on.localIndex(k, i);
                    if (u.isConstant(unit)) {
                        boolean active = u.constant(unit) == 1;
                        model.beginRow(active ? on : off, local);
                        double constant = a.appendTo(model, 1);
                        model.term(gamma, active ? -1 : 1);
                        model.endRow(active ? -constant : Double.NEGATIVE_INFINITY,
                                active ? Double.POSITIVE_INFINITY : -constant);
                        continue;
                    }
                    model.beginRow(on, local);
                    double constant = a.appendTo(model, 1);
                    model.term(gamma, -1);
                    u.appendTo(model, unit, bounds[0] - most);
                    model.endRow(bounds[0] - most - constant, Double.POSITIVE_INFINITY);
                    model.beginRow(off, local);
                    constant = a.appendTo(model, 1);
                    model.term(gamma, 1);
                    u.appendTo(model, unit, -(bounds[1] + most));
                    model.endRow(Double.NEGATIVE_INFINITY, -constant);
                    model.noteBigM(on, bounds[0] - most, origin);
                    model.noteBigM(off, bounds[1] + most, origin);
                }
            }
        }
        context.define(node, refs);
    }
}
