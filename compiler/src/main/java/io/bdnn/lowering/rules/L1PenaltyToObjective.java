package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;

/**
 * {@code lambda * sum_k sum_j |W[k, j]|} becomes the objective terms {@code lambda * t[k, j]} on
 * the absolute values {@code t >= |W|} of {@link AbsToEpigraph}; minimisation drives t down to
 * |W|. Fixed weights contribute the constant {@code lambda |w|}.
 */
public final class L1PenaltyToObjective implements LoweringRule<IrNode.L1Penalty> {

    @Override
    public Class<IrNode.L1Penalty> accepts() {
        return IrNode.L1Penalty.class;
    }

    @Override
    public void lower(IrNode.L1Penalty node, LoweringContext context) {
        Refs absolute = context.refs(node.absolute());
        for (int local = 0; local < absolute.family().size(); local++) {
            if (!absolute.isConstant(local)) {
                context.model().addObjective(absolute.column(local), node.lambda() * absolute.coefficient(local));
            }
            context.model().addObjectiveConstant(node.lambda() * absolute.constant(local));
        }
    }
}
