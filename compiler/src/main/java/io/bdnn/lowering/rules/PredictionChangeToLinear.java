package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * "The prediction is not class c", for the first-largest-output rule on binary outputs
 * {@code u[k]} (an all-zero output predicts class 0). The prediction is c exactly when
 * {@code u[c] = 1} and {@code u[k] = 0} for every {@code k < c}, or when c = 0 and all outputs
 * are 0. Its negation is linear:
 * <pre>
 *   c > 0:  change:       sum_{k < c} u[k] - u[c]  >= 0    (u[c] = 0, or an earlier output fires)
 *   c = 0:  change:       u[0]                     <= 0
 *           change_other: sum_{k > 0} u[k]         >= 1    (output 0 silent, another fires)
 * </pre>
 * Outputs the bounds decide enter as constants; a row they decide against stays in the model so
 * that it is honestly infeasible.
 */
public final class PredictionChangeToLinear implements LoweringRule<IrNode.PredictionChange> {

    @Override
    public Class<IrNode.PredictionChange> accepts() {
        return IrNode.PredictionChange.class;
    }

    @Override
    public void lower(IrNode.PredictionChange node, LoweringContext context) {
        Refs outputs = context.refs(node.outputs());
        LinearModelBuilder model = context.model();
        int c = node.predicted();
        int width = node.layer().width();
        Family change = context.family(node.layer(), "change", List.of(), this);
        model.beginRow(change, 0);
        if (c > 0) {
            double constant = 0;
            for (int k = 0; k < c; k++) {
                constant += outputs.appendTo(model, local(outputs, k), 1);
            }
            constant += outputs.appendTo(model, local(outputs, c), -1);
            model.endRow(-constant, Double.POSITIVE_INFINITY);
            return;
        }
        double own = outputs.appendTo(model, local(outputs, 0), 1);
        model.endRow(Double.NEGATIVE_INFINITY, -own);
        Family other = context.family(node.layer(), "change_other", List.of(), this);
        model.beginRow(other, 0);
        double constant = 0;
        for (int k = 1; k < width; k++) {
            constant += outputs.appendTo(model, local(outputs, k), 1);
        }
        model.endRow(1 - constant, Double.POSITIVE_INFINITY);
    }

    /** Output k's member in the activation family (one unit: the verified point). */
    private static int local(Refs outputs, int k) {
        return outputs.family().localIndex(k, 0);
    }
}
