package io.bdnn.lowering.rules;

import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An objective of stages of weighted terms becomes one column per term, {@code loss/<term>},
 * equal to the term's form, one column per stage, {@code loss/stage<s>/objective}, equal to the
 * stage's weighted sum, and the objective {@code min loss/stage1/objective}:
 * <pre>
 *   <term>_def:           t - f_t              = 0       (f_t's constant moved to the right)
 *   stage<s>/objective_def:  o_s - sum_t w_t t  = 0
 * </pre>
 * Each column is bounded by the interval of what it equals. Later stages are solved by moving
 * the objective's coefficient from o_1 to o_s and bounding the earlier o's by their optima
 * ({@code StagedSolve}). Putting constants into the defining rows keeps them in MPS and LP files,
 * which have no objective constant.
 */
public final class ObjectiveToLinear implements LoweringRule<UserNodes.Objective> {

    @Override
    public Class<UserNodes.Objective> accepts() {
        return UserNodes.Objective.class;
    }

    @Override
    public void lower(UserNodes.Objective node, LoweringContext context) {
        LinearModelBuilder model = context.model();
        Map<String, Integer> termColumns = new LinkedHashMap<>();
        for (List<UserNodes.Term> stage : node.stages()) {
            for (UserNodes.Term term : stage) {
                if (termColumns.containsKey(term.name())) {
                    continue;
                }
                FormWriter.Expansion form = FormWriter.expand(term.form(), node.atoms(), context);
                double[] bounds = form.interval(model);
                Family column = context.family(node.scope(), term.name(), List.of(), this, node.span());
                Family definition = context.family(node.scope(), term.name() + "_def", List.of(), this, node.span());
                int t = model.addColumn(column, 0, bounds[0], bounds[1], form.type(model, 1));
                model.beginRow(definition, 0);
                model.term(t, 1);
                double constant = form.appendTo(model, -1);
                model.endRow(-constant, -constant);
                termColumns.put(term.name(), t);
            }
        }
        List<Family.Axis> axes = List.of(new Family.Axis("stage", node.stages().size()));
        Family stages = context.family(node.scope(), "objective", axes, this, node.span());
        Family definitions = context.family(node.scope(), "objective_def", axes, this, node.span());
        Refs refs = new Refs(stages);
        for (int s = 0; s < node.stages().size(); s++) {
            double lo = 0;
            double hi = 0;
            boolean integral = true;
            for (UserNodes.Term term : node.stages().get(s)) {
                int t = termColumns.get(term.name());
                integral &= term.weight() == Math.rint(term.weight()) && model.colType(t).isIntegral();
                double a = term.weight() * model.colLo(t);
                double b = term.weight() * model.colHi(t);
                lo += Math.min(a, b);
                hi += Math.max(a, b);
            }
            int o = model.addColumn(stages, s, lo, hi, integral ? VarType.INTEGER : VarType.CONTINUOUS);
            refs.setColumn(s, o);
            model.beginRow(definitions, s);
            model.term(o, 1);
            for (UserNodes.Term term : node.stages().get(s)) {
                model.term(termColumns.get(term.name()), -term.weight());
            }
            model.endRow(0, 0);
        }
        model.addObjective(refs.column(0), 1);
        context.define(node, refs);
    }
}
