package io.bdnn.extensions.monotone;

import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.PredictionWriter;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * {@code predict(hi, c) >= predict(lo, c)} for each pair of a monotone constraint becomes, with
 * the prediction columns p of {@link PredictionWriter} (exact at binary outputs), the row
 * <pre>
 *   NAME/p&lt;r&gt;/monotone:  p[hi, c] - p[lo, c] >= 0
 * </pre>
 * The prediction columns are named {@code NAME/s<i>/c<c>/p}, each made once.
 */
public final class MonotoneToRows implements LoweringRule<MonotoneNode> {

    @Override
    public Class<MonotoneNode> accepts() {
        return MonotoneNode.class;
    }

    @Override
    public void lower(MonotoneNode node, LoweringContext context) {
        PredictionWriter predictions = new PredictionWriter(context, this, node.constraintName(), node.span());
        Family rows = context.family(node.constraintName(), "monotone",
                List.of(new Family.Axis("p", Math.max(1, node.pairs().size()))), this, node.span());
        LinearModelBuilder model = context.model();
        for (int r = 0; r < node.pairs().size(); r++) {
            int[] pair = node.pairs().get(r);
            int lo = predictions.column(pair[0], node.classIndex());
            int hi = predictions.column(pair[1], node.classIndex());
            model.beginRow(rows, r);
            model.term(hi, 1);
            model.term(lo, -1);
            model.endRow(0, Double.POSITIVE_INFINITY);
        }
    }
}
