package io.bdnn.lowering.rules;

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
import java.util.Map;

/**
 * {@code z >= [some e of the group is nonzero]} with z binary, named {@code SCOPE/m<r>/nonzero}
 * (or {@code layer/n<k>/active} for a neuron's weights), becomes for each e in {@code [L, U]}:
 * <pre>
 *   hi:  e - U z  <= 0     (only when U > 0)
 *   lo:  e - L z  >= 0     (only when L < 0)
 * </pre>
 * so z = 0 forces every e of the group to 0 (exact on that side); z = 1 leaves them free. That
 * is all a bounded-above or minimised count needs. A group with an e that can never be 0 gets
 * z = 1, one whose every e is the constant 0 gets z = 0, without a column.
 */
public final class IndicatorToBigM implements LoweringRule<UserNodes.Indicators> {

    @Override
    public Class<UserNodes.Indicators> accepts() {
        return UserNodes.Indicators.class;
    }

    @Override
    public void lower(UserNodes.Indicators node, LoweringContext context) {
        Family.Axis axis = new Family.Axis(node.axis().prefix(), node.axis().size());
        int widest = node.groups().values().stream().mapToInt(List::size).max().orElse(1);
        List<Family.Axis> rowAxes = widest == 1 ? List.of(axis) : List.of(axis, new Family.Axis("in", widest));
        Family indicators = context.family(node.scope(), node.kind(), List.of(axis), this, node.span());
        Family upper = context.family(node.scope(), node.kind() + "_hi", rowAxes, this, node.span());
        Family lower = context.family(node.scope(), node.kind() + "_lo", rowAxes, this, node.span());
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(indicators);
        String origin = "interval of the expression over its columns' bounds";
        for (Map.Entry<Integer, List<LinearForm>> group : node.groups().entrySet()) {
            int r = group.getKey();
            List<FormWriter.Expansion> forms = group.getValue().stream()
                    .map(form -> FormWriter.expand(form, node.atoms(), context)).toList();
            boolean allZero = true;
            boolean someNonzero = false;
            for (FormWriter.Expansion e : forms) {
                double[] bounds = e.interval(model);
                allZero &= bounds[0] == 0 && bounds[1] == 0;
                someNonzero |= bounds[0] > 0 || bounds[1] < 0;
            }
            if (allZero || someNonzero) {
                refs.setConstant(r, someNonzero ? 1 : 0);
                continue;
            }
            int z = model.addColumn(indicators, r, 0, 1, VarType.BINARY);
            refs.setColumn(r, z);
            for (int m = 0; m < forms.size(); m++) {
                FormWriter.Expansion e = forms.get(m);
                double[] bounds = e.interval(model);
                int local = widest == 1 ? r : upper.localIndex(r, m);
                if (bounds[1] > 0) {
                    model.beginRow(upper, local);
                    double constant = e.appendTo(model, 1);
                    model.term(z, -bounds[1]);
                    model.endRow(Double.NEGATIVE_INFINITY, -constant);
                    model.noteBigM(upper, bounds[1], origin);
                }
                if (bounds[0] < 0) {
                    model.beginRow(lower, local);
                    double constant = e.appendTo(model, 1);
                    model.term(z, -bounds[0]);
                    model.endRow(-constant, Double.POSITIVE_INFINITY);
                    model.noteBigM(lower, bounds[0], origin);
                }
            }
        }
        context.define(node, refs);
    }
}
