package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.ModelSize;

/**
 * {@code u = step(a(x'))} for every {@code x'} in the box {@code |x'_j - x_j| <= r_j}: the
 * extremes of {@code a = W x' + b} over the box are {@code a(x) -+ sum_j r_j |W_j|} (the dual
 * norm of the box, an r-weighted l1 norm; {@code rho ||W||_1} for the l-infinity ball). With
 * {@code t >= |W|} from {@link AbsToEpigraph}, for each neuron k and sample i:
 * <pre>
 *   robust_hi:  a + sum_j r_j t[k,j] - U u            <= 0   (u = 0: max over the box <= 0)
 *   robust_lo:  a - sum_j r_j t[k,j] - (eps - L) u    >= L   (u = 1: min over the box >= eps)
 * </pre>
 * where {@code [L, U]} bound the box's minimum and maximum (the bounds analysis grows them by
 * the dual-norm term). A larger t only tightens both rows, so {@code t >= |W|} suffices: every
 * solution is robust for its true |W|, and t = |W| admits every robust network. Decided
 * activations keep one plain row, as in {@link StepActivationToBigM}.
 */
public final class RobustBallToDualNorm implements LoweringRule<IrNode.RobustStep> {

    @Override
    public Class<IrNode.RobustStep> accepts() {
        return IrNode.RobustStep.class;
    }

    @Override
    public void lower(IrNode.RobustStep node, LoweringContext context) {
        Refs absolute = context.refs(node.absolute());
        double[] radii = node.radii();
        var model = context.model();
        StepRows.Shift dualNorm = (neuron, sign) -> {
            double constant = 0;
            if (!node.isRobust(neuron)) {
                return constant;
            }
            for (int j = 0; j < radii.length; j++) {
                if (radii[j] != 0) {
                    constant += absolute.appendTo(model, absolute.family().localIndex(neuron, j), sign * radii[j]);
                }
            }
            return constant;
        };
        context.define(node.output(), StepRows.lower(context, this, node.layer(), "robust_hi", "robust_lo",
                dualNorm, "interval bounds of " + node.layer().name() + " pre-activations over the box (+- sum r |W|)"));
    }

    /** The step rows' size, a robust neuron's rows with a term per nonzero radius (at most: t may be a constant). */
    @Override
    public ModelSize size(IrNode.RobustStep node, LoweringContext context) {
        int[] shiftTerms = new int[node.layer().width()];
        for (int k = 0; k < shiftTerms.length; k++) {
            for (double radius : node.isRobust(k) ? node.radii() : new double[0]) {
                shiftTerms[k] += radius != 0 ? 1 : 0;
            }
        }
        return StepRows.size(context, node.layer(), shiftTerms, false);
    }
}
