package io.bdnn.lowering.rules;

import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.OptionRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import java.util.List;

/**
 * Symmetry breaking among the neurons of a hidden layer ({@code method exact symmetry}): permuting
 * the neurons of hidden layer l, with the columns of layer l+1's weights, gives the same network
 * function, so every network has a permutation in which the neurons' activation counts are sorted:
 * <pre>
 *   order:  sum_c u[k, c] - sum_c u[k+1, c]  >= 0        for k = 1 .. d_l - 1
 * </pre>
 * (c the activation units; a decided activation is a constant on both sides). The rows keep at
 * least one network of every orbit, so the optimum is unchanged, provided the rest of the model
 * is invariant under the permutation: every neuron of the layer has the same weight domain and
 * bias range and the same decided activations, no neuron or weight is fixed, and no user
 * constraint, objective or extension names a neuron. {@link #applies} checks this; a layer that
 * fails it gets no rows. The output layer is never permuted (its neurons are the classes).
 */
public final class HiddenNeuronsToOrderRows implements OptionRule {

    @Override
    public void lower(LoweringContext context) {
        List<IrLayer> layers = context.graph().layers();
        for (IrLayer layer : layers.subList(0, layers.size() - 1)) {
            if (!applies(context, layer)) {
                continue;
            }
            Refs u = context.refs(context.graph().find(IrNode.Activations.class, layer.index()));
            Family order = context.family(layer, "order", List.of(new Family.Axis("n", layer.width() - 1)), this);
            LinearModelBuilder model = context.model();
            for (int k = 0; k + 1 < layer.width(); k++) {
                model.beginRow(order, k);
                double constant = 0;
                for (int c = 0; c < context.graph().units(); c++) {
                    constant += u.appendTo(model, u.family().localIndex(k, c), 1);
                    constant += u.appendTo(model, u.family().localIndex(k + 1, c), -1);
                }
                model.endRow(-constant, Double.POSITIVE_INFINITY);
            }
        }
    }

    /** A row per pair of neighbouring neurons, each with at most two terms per unit. */
    @Override
    public ModelSize size(LoweringContext context) {
        long rows = 0;
        List<IrLayer> layers = context.graph().layers();
        for (IrLayer layer : layers.subList(0, layers.size() - 1)) {
            rows += applies(context, layer) ? layer.width() - 1 : 0;
        }
        return new ModelSize(0, rows, 2L * context.graph().units() * rows);
    }

    /** Whether the model is invariant under permutations of the layer's neurons (see the class comment). */
    static boolean applies(LoweringContext context, IrLayer layer) {
        var graph = context.graph();
        if (layer.width() < 2) {
            return false;
        }
        for (IrNode node : graph.graph().vertexSet()) {
            if (node instanceof IrNode.User || node instanceof IrNode.Extension) {
                return false;
            }
        }
        for (IrLayer each : graph.layers()) {
            IrNode.Weights weights = graph.find(IrNode.Weights.class, each.index());
            IrNode.Biases biases = graph.find(IrNode.Biases.class, each.index());
            if (weights.isFixed() || (biases != null && biases.isFixed())) {
                return false;
            }
            for (int k = 0; k < each.width(); k++) {
                if (weights.isFixed(k) || (biases != null && biases.isFixed(k))) {
                    return false;
                }
            }
        }
        var bounds = context.bounds(layer);
        for (int k = 1; k < layer.width(); k++) {
            if (bounds.biasLo()[k] != bounds.biasLo()[0] || bounds.biasHi()[k] != bounds.biasHi()[0]
                    || !java.util.Arrays.equals(bounds.activation()[k], bounds.activation()[0])) {
                return false;
            }
        }
        return true;
    }
}
