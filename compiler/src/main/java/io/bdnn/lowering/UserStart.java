package io.bdnn.lowering;

import io.bdnn.ir.Atom;
import io.bdnn.ir.FormEvaluator;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.UserNodes;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Network;
import java.util.HashMap;
import java.util.Map;

/**
 * Completes a start computed from a network ({@link StartBuilder}) with the columns of user
 * constraints and objectives, each set to its value by the exact forward pass
 * ({@link FormEvaluator}): every aux atom (an absolute value, indicator, prediction, product,
 * hinge, margin), the sign binary of an exact absolute value ({@code z = 1} iff {@code e >= 0}),
 * every loss term and every stage. With it, the start satisfies every row the user rules emit.
 */
final class UserStart {
    private UserStart() {
    }

    static void complete(LoweredNetwork lowered, Network network, double[] values) {
        UserNodes.AtomTable atoms = null;
        UserNodes.Objective objective = null;
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof UserNodes.Rows rows) {
                atoms = rows.atoms();
            } else if (node instanceof UserNodes.Objective found) {
                objective = found;
                atoms = found.atoms();
            }
        }
        if (atoms == null) {
            return;
        }
        LinearModel model = lowered.model();
        FormEvaluator evaluator = new FormEvaluator(network, lowered.graph().inputs(), lowered.graph().labels());
        for (var entry : atoms.entries().entrySet()) {
            Refs refs = lowered.refs().get(entry.getValue().node());
            int local = entry.getValue().local();
            if (refs == null || refs.isConstant(local)) {
                continue;
            }
            double value = evaluator.value(entry.getKey());
            int col = refs.column(local);
            if (entry.getKey() instanceof Atom.SmallestMargin) {
                value = Math.max(model.colLo(col), Math.min(value, model.colHi(col)));
            }
            values[col] = (value - refs.constant(local)) / refs.coefficient(local);
        }
        Map<String, Integer> columns = columnsByMember(model);
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof UserNodes.AbsExact abs) {
                for (int r = 0; r < abs.arguments().size(); r++) {
                    Integer sign = columns.get(abs.scope() + "/m" + (r + 1) + "/" + abs.kind() + "_sign");
                    if (sign != null) {
                        values[sign] = evaluator.value(abs.arguments().get(r)) >= 0 ? 1 : 0;
                    }
                }
            }
        }
        if (objective != null) {
            Refs stages = lowered.refs().get(objective);
            for (int s = 0; s < objective.stages().size(); s++) {
                double stage = 0;
                for (UserNodes.Term term : objective.stages().get(s)) {
                    double value = evaluator.value(term.form());
                    values[columns.get(objective.scope() + "/" + term.name())] = value;
                    stage += term.weight() * value;
                }
                values[stages.column(s)] = stage;
            }
        }
    }

    /** Every column by its member name. */
    private static Map<String, Integer> columnsByMember(LinearModel model) {
        Map<String, Integer> columns = new HashMap<>();
        for (int col = 0; col < model.numColumns(); col++) {
            Family family = model.columnFamily(col);
            columns.put(family.memberName(model.columnLocalIndex(col)), col);
        }
        return columns;
    }
}
