package io.bdnn.lowering;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns {@code p = predict(i, c)}, the forward pass's prediction (the first active output;
 * class 0 when none is), as linear rows over the binary outputs u of sample i:
 * <pre>
 *   c = 0:  p >= u_0 (lo),   p >= 1 - sum_{k>=1} u_k (none),   p <= u_0 + 1 - u_k for k >= 1 (hi)
 *   c > 0:  p <= u_c (hi),   p <= 1 - u_k for k < c (hi),   p >= u_c - sum_{k<c} u_k (lo)
 * </pre>
 * At binary u these pin p to 0 or 1 ({@code p = u_0 or no u is 1}, resp.
 * {@code p = u_c and no earlier u is 1}), so p needs no branching; it is declared integer in
 * [0, 1] so that CP-SAT accepts the model. Used by {@code PredictToLinear} and by extension rules
 * that need predictions: columns are named {@code SCOPE/s<i>/c<c>/p} and made once per pair.
 */
public final class PredictionWriter {
    private final LoweringContext context;
    private final Refs outputs;
    private final int classes;
    private final Family predictions;
    private final Family upper;
    private final Family lower;
    private final Family none;
    private final Map<Integer, Integer> columns = new HashMap<>();

    /** Declares the scope's prediction families; {@code rule} is recorded as their maker. */
    public PredictionWriter(LoweringContext context, LoweringRule<?> rule, String scope, SourceSpan span) {
        this.context = context;
        int output = context.graph().layers().size() - 1;
        this.classes = context.graph().layers().get(output).width();
        this.outputs = context.refs(context.graph().find(IrNode.Activations.class, output));
        List<Family.Axis> axes = List.of(new Family.Axis("s", context.graph().samples()),
                new Family.Axis("c", classes));
        List<Family.Axis> perOutput = List.of(axes.get(0), axes.get(1), new Family.Axis("k", classes));
        this.predictions = context.family(scope, "p", axes, rule, span);
        this.upper = context.family(scope, "p_hi", perOutput, rule, span);
        this.lower = context.family(scope, "p_lo", perOutput, rule, span);
        this.none = context.family(scope, "p_none", axes, rule, span);
    }

    public Family family() {
        return predictions;
    }

    /** The column of {@code predict(sample, c)} (0-based), made with its rows on first use. */
    public int column(int sample, int c) {
        int local = predictions.localIndex(sample, c);
        Integer known = columns.get(local);
        return known != null ? known : make(sample, c, local);
    }

    private int make(int sample, int c, int local) {
        LinearModelBuilder model = context.model();
        int unit = context.graph().unitOfSample(sample);
        int[] u = new int[classes];
        for (int k = 0; k < classes; k++) {
            u[k] = outputs.family().localIndex(k, unit);
        }
        int p = model.addColumn(predictions, local, 0, 1, VarType.INTEGER);
        columns.put(local, p);
        if (c == 0) {
            row(lower, lower.localIndex(sample, c, 0), p, new int[] {u[0]}, new double[] {-1}, 0, true);
            int[] others = java.util.Arrays.copyOfRange(u, 1, classes);
            double[] ones = new double[others.length];
            java.util.Arrays.fill(ones, 1);
            row(none, local, p, others, ones, 1, true);
            for (int k = 1; k < classes; k++) {
                row(upper, upper.localIndex(sample, c, k), p, new int[] {u[0], u[k]}, new double[] {-1, 1}, 1, false);
            }
        } else {
            row(upper, upper.localIndex(sample, c, c), p, new int[] {u[c]}, new double[] {-1}, 0, false);
            for (int k = 0; k < c; k++) {
                row(upper, upper.localIndex(sample, c, k), p, new int[] {u[k]}, new double[] {1}, 1, false);
            }
            int[] members = new int[c + 1];
            double[] coefficients = new double[c + 1];
            members[0] = u[c];
            coefficients[0] = -1;
            for (int k = 0; k < c; k++) {
                members[k + 1] = u[k];
                coefficients[k + 1] = 1;
            }
            row(lower, lower.localIndex(sample, c, c), p, members, coefficients, 0, true);
        }
        return p;
    }

    /** {@code p + sum coefficient * u >= rhs} (atLeast) or {@code <= rhs}; known u fold into rhs. */
    private void row(Family family, int local, int p, int[] members, double[] coefficients, double rhs,
                     boolean atLeast) {
        LinearModelBuilder model = context.model();
        model.beginRow(family, local);
        model.term(p, 1);
        double folded = 0;
        for (int m = 0; m < members.length; m++) {
            folded += outputs.appendTo(model, members[m], coefficients[m]);
        }
        model.endRow(atLeast ? rhs - folded : Double.NEGATIVE_INFINITY,
                atLeast ? Double.POSITIVE_INFINITY : rhs - folded);
    }
}
