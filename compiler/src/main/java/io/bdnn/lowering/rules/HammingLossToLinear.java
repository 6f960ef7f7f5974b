package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;

/**
 * The Hamming loss {@code sum_i sum_k |y[i,k] - u[i,k]|} with one-hot y and binary u is linear:
 * {@code |y - u| = y + (1 - 2y) u}. It becomes the objective coefficients {@code 1 - 2y[i,k]}
 * on the output activations and the constant {@code sum_i sum_k y[i,k]} (the number of samples).
 * When samples share activation patterns, sample i reads its subset's outputs, so a subset's
 * coefficient sums over its samples.
 */
public final class HammingLossToLinear implements LoweringRule<IrNode.HammingLoss> {

    @Override
    public Class<IrNode.HammingLoss> accepts() {
        return IrNode.HammingLoss.class;
    }

    @Override
    public void lower(IrNode.HammingLoss node, LoweringContext context) {
        Refs outputs = context.refs(node.outputs());
        int[] labels = node.labels();
        for (int i = 0; i < labels.length; i++) {
            for (int k = 0; k < node.layer().width(); k++) {
                int y = labels[i] == k ? 1 : 0;
                double coefficient = 1 - 2 * y;
                int local = outputs.family().localIndex(k, context.graph().unitOfSample(i));
                if (!outputs.isConstant(local)) {
                    context.model().addObjective(outputs.column(local), coefficient * outputs.coefficient(local));
                }
                context.model().addObjectiveConstant(y + coefficient * outputs.constant(local));
            }
        }
    }
}
