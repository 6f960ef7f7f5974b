package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.milp.ModelSize;

/**
 * {@code u = step(a)} as indicator rows ({@code method exact indicators}; docs/formulation.md):
 * for each neuron k and pre-activation row i whose u the bounds leave free,
 * <pre>
 *   step_hi:  u = 0  =>  a <= 0
 *   step_lo:  u = 1  =>  a >= eps
 * </pre>
 * the same implications as {@link StepActivationToBigM}'s rows, without an M: the solver enforces
 * each row only when u takes the value (SCIP branches on it, or linearises it with bounds of its
 * own). Decided activations get the big-M rule's plain rows, no binary. The rows are written by
 * {@link StepRows}; solvers and file formats that cannot take indicator rows refuse the model.
 */
public final class StepActivationToIndicators implements LoweringRule<IrNode.Step> {

    @Override
    public Class<IrNode.Step> accepts() {
        return IrNode.Step.class;
    }

    @Override
    public void lower(IrNode.Step node, LoweringContext context) {
        context.define(node.output(), StepRows.lower(context, this, node.layer(), "step_hi", "step_lo",
                (neuron, sign) -> 0, "indicator rows of " + node.layer().name() + " (no M)", true));
    }

    @Override
    public ModelSize size(IrNode.Step node, LoweringContext context) {
        return StepRows.size(context, node.layer(), null, true);
    }
}
