package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.milp.ModelSize;

/**
 * {@code u = step(a)}, i.e. {@code u = 1 iff a > 0}, with a in {@code [L, U]} from the bounds
 * analysis and margin eps, becomes for each neuron k and pre-activation row i:
 * <pre>
 *   step_hi:  a - U u            <= 0     (u = 0 forces a <= 0)
 *   step_lo:  a - (eps - L) u    >= L     (u = 1 forces a >= eps)
 * </pre>
 * with u binary, named {@code layer/n<k>/s<i>/u}. The zero side is exact ({@code a = 0} gives
 * u = 0); only {@code a in (0, eps)} is excluded. Where the bounds decide u, no binary is made:
 * {@code L > 0} makes u = 1 (and keeps {@code a >= eps} if {@code L < eps}); {@code U < eps}
 * makes u = 0 (and keeps {@code a <= 0} if {@code U > 0}).
 *
 * <p>When samples share activation patterns, u is per subset ({@code layer/n<k>/g<c>/u}) and
 * every layer-1 row of a sample reads its subset's u: each sample must produce its subset's
 * pattern. Deeper rows are per subset. The rows are written by {@link StepRows}.
 */
public final class StepActivationToBigM implements LoweringRule<IrNode.Step> {

    @Override
    public Class<IrNode.Step> accepts() {
        return IrNode.Step.class;
    }

    @Override
    public void lower(IrNode.Step node, LoweringContext context) {
        context.define(node.output(), StepRows.lower(context, this, node.layer(), "step_hi", "step_lo",
                (neuron, sign) -> 0, "interval bounds of " + node.layer().name() + " pre-activations"));
    }

    @Override
    public ModelSize size(IrNode.Step node, LoweringContext context) {
        return StepRows.size(context, node.layer(), null, false);
    }
}
