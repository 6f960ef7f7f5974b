package io.bdnn.lowering.rules;

import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.PredictionWriter;
import io.bdnn.lowering.Refs;

/**
 * {@code p = predict(i, c)}, the forward pass's prediction rule (the first active output; class
 * 0 when none is), becomes a column {@code predict/s<i>/c<c>/p} and linear rows over the binary
 * outputs u of sample i, exact at binary u (see {@link PredictionWriter} for the rows):
 * <pre>
 *   c = 0:  p >= u_0,   p >= 1 - sum_{k>=1} u_k,   p <= u_0 + 1 - u_k for k >= 1
 *   c > 0:  p <= u_c,   p <= 1 - u_k for k < c,   p >= u_c - sum_{k<c} u_k
 * </pre>
 */
public final class PredictToLinear implements LoweringRule<UserNodes.Predictions> {

    @Override
    public Class<UserNodes.Predictions> accepts() {
        return UserNodes.Predictions.class;
    }

    @Override
    public void lower(UserNodes.Predictions node, LoweringContext context) {
        PredictionWriter writer = new PredictionWriter(context, this, node.scope(), node.span());
        Refs refs = new Refs(writer.family());
        for (int local : node.members()) {
            refs.setColumn(local, writer.column(local / node.classes(), local % node.classes()));
        }
        context.define(node, refs);
    }
}
