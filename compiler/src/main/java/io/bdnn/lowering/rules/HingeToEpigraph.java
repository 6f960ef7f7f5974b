package io.bdnn.lowering.rules;

import io.bdnn.ir.Atom;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.List;

/**
 * The hinge {@code h[i, k] >= max(0, M - t a[i, k])} on the output pre-activations a in
 * {@code [L, U]}, with {@code t = +1} for the sample's class and {@code -1} for the others,
 * becomes a column h in {@code [0, max(0, M - min(t a))]} named {@code loss/s<i>/n<k>/hinge} and
 * the row
 * <pre>
 *   hinge_def:  h + t a >= M
 * </pre>
 * Minimising h drives it down to the hinge. An h whose upper bound is 0 is the constant 0.
 */
public final class HingeToEpigraph implements LoweringRule<UserNodes.Hinge> {

    @Override
    public Class<UserNodes.Hinge> accepts() {
        return UserNodes.Hinge.class;
    }

    @Override
    public void lower(UserNodes.Hinge node, LoweringContext context) {
        int samples = context.graph().samples();
        int output = context.graph().layers().size() - 1;
        int classes = context.graph().layers().get(output).width();
        List<Family.Axis> axes = List.of(new Family.Axis("s", samples), new Family.Axis("n", classes));
        Family hinge = context.family(node.scope(), node.kind(), axes, this, node.span());
        Family definition = context.family(node.scope(), node.kind() + "_def", axes, this, node.span());
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(hinge);
        for (int i = 0; i < samples; i++) {
            for (int k = 0; k < classes; k++) {
                int local = hinge.localIndex(i, k);
                double t = context.graph().labels()[i] == k ? 1 : -1;
                FormWriter.Expansion a = FormWriter.expand(LinearForm.of(new Atom.PreActivation(output, i, k)),
                        null, context);
                double[] bounds = a.interval(model);
                double largest = node.margin() - (t > 0 ? bounds[0] : -bounds[1]);
                if (largest <= 0) {
                    refs.setConstant(local, 0);
                    continue;
                }
                int h = model.addColumn(hinge, local, 0, largest, a.type(model, node.margin()));
                refs.setColumn(local, h);
                model.beginRow(definition, local);
                model.term(h, 1);
                double constant = a.appendTo(model, t);
                model.endRow(node.margin() - constant, Double.POSITIVE_INFINITY);
            }
        }
        context.define(node, refs);
    }
}
