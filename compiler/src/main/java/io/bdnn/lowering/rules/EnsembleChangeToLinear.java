package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * "The ensemble does not elect class c" ({@code EnsembleVote}: most votes, then the largest summed
 * margin, then the smallest class index), exactly, over every member's outputs at one point.
 * <pre>
 *   member m predicts 1:  p_m = u^m_1 (1 - u^m_0), p_m in [0, 1]:
 *     vote_p_on:   p_m - u^m_1 <= 0        vote_p_off:  p_m + u^m_0 <= 1
 *     vote_p_both: p_m - u^m_1 + u^m_0 >= 0
 *   votes   V_d = sum_{m one-vs-one (d, .)} (1 - p_m) + sum_{m one-vs-one (., d)} p_m
 *                 + sum_{m one-vs-rest (d)} (1 - p_m)          (an integer)
 *   margins M_d = sum_{m with d first} D_m - sum_{m one-vs-one (., d)} D_m,  D_m = s^m_0 - s^m_1
 * </pre>
 * Class d beats c lexicographically on (votes, margin, -index) iff {@code V_d >= V_c + 1}, or
 * {@code V_d >= V_c} and {@code M_d - M_c >= delta_d}, with {@code delta_d = 0} for d &lt; c (the
 * smaller index wins a full tie) and {@code delta_d} the strict margin for d &gt; c: 1 when every
 * margin is an integer ({@code integralMargins}), else the first layer's step margin eps (0 in
 * the verifier's relaxed solve, whose infeasibility therefore proves robustness; a relaxed
 * solution is only accepted after the exact forward pass). With binaries {@code t_d} (d wins on
 * votes) and {@code e_d} (d ties on votes, wins on margin), {@code lv_d} the lower bound of
 * {@code V_d - V_c} (from {@code p in [0, 1]}) and {@code lm_d} that of {@code M_d - M_c} (from the
 * bounds analysis of the members' output pre-activations):
 * <pre>
 *   vote_any:    sum_{d != c} (t_d + e_d) >= 1
 *   vote_more:   V_d - V_c - (1 - lv_d) t_d  >= lv_d          (t_d = 1: V_d - V_c >= 1)
 *   vote_tie:    V_d - V_c + lv_d e_d        >= lv_d          (e_d = 1: V_d - V_c >= 0)
 *   margin_tie:  M_d - M_c - (delta_d - lm_d) e_d >= lm_d     (e_d = 1: M_d - M_c >= delta_d)
 * </pre>
 * Each big-M is the bound of the expression it relaxes, so {@code t_d = e_d = 0} leaves them
 * without effect.
 */
public final class EnsembleChangeToLinear implements LoweringRule<IrNode.EnsembleChange> {
    private static final String SCOPE = "vote";

    @Override
    public Class<IrNode.EnsembleChange> accepts() {
        return IrNode.EnsembleChange.class;
    }

    @Override
    public void lower(IrNode.EnsembleChange node, LoweringContext context) {
        LinearModelBuilder model = context.model();
        var span = node.layer().span();
        int members = node.outputs().size();
        int c = node.predicted();
        int[] p = memberPredictions(node, context, span);
        double[][] voteCoef = new double[node.classCount()][members];
        double[] voteConst = new double[node.classCount()];
        double[][] marginCoef = new double[node.classCount()][members];
        for (int m = 0; m < members; m++) {
            int[] classes = node.classes()[m];
            voteConst[classes[0]] += 1;
            voteCoef[classes[0]][m] -= 1;
            marginCoef[classes[0]][m] += 1;
            if (classes.length == 2) {
                voteCoef[classes[1]][m] += 1;
                marginCoef[classes[1]][m] -= 1;
            }
        }
        double[] dLo = new double[members];
        double[] dHi = new double[members];
        for (int m = 0; m < members; m++) {
            LayerBounds bounds = context.bounds(node.layers().get(m));
            dLo[m] = bounds.preLo()[0][0] - bounds.preHi()[1][0];
            dHi[m] = bounds.preHi()[0][0] - bounds.preLo()[1][0];
        }
        double eps = node.integralMargins() ? 1 : context.bounds(node.layer()).margin().value();
        List<Family.Axis> classAxis = List.of(new Family.Axis("c", node.classCount()));
        Family more = context.family(SCOPE, "t", classAxis, this, span);
        Family tie = context.family(SCOPE, "e", classAxis, this, span);
        Family any = context.family(SCOPE, "vote_any", List.of(), this, span);
        Family moreRows = context.family(SCOPE, "vote_more", classAxis, this, span);
        Family tieRows = context.family(SCOPE, "vote_tie", classAxis, this, span);
        Family marginRows = context.family(SCOPE, "margin_tie", classAxis, this, span);
        int[] t = new int[node.classCount()];
        int[] e = new int[node.classCount()];
        for (int d = 0; d < node.classCount(); d++) {
            if (d == c) {
                continue;
            }
            t[d] = model.addColumn(more, d, 0, 1, VarType.BINARY);
            e[d] = model.addColumn(tie, d, 0, 1, VarType.BINARY);
            double[] dv = new double[members];
            double[] dm = new double[members];
            double lv = voteConst[d] - voteConst[c];
            double lm = 0;
            for (int m = 0; m < members; m++) {
                dv[m] = voteCoef[d][m] - voteCoef[c][m];
                dm[m] = marginCoef[d][m] - marginCoef[c][m];
                lv += Math.min(0, dv[m]);
                lm += Math.min(dm[m] * dLo[m], dm[m] * dHi[m]);
            }
            double constant = voteConst[d] - voteConst[c];
            // vote_more: V_d - V_c - (1 - lv) t_d >= lv
            model.beginRow(moreRows, d);
            votes(model, p, dv);
            model.term(t[d], -(1 - lv));
            model.endRow(lv - constant, Double.POSITIVE_INFINITY);
            model.noteBigM(moreRows, 1 - lv, "votes: V_d - V_c >= -(members voting for c)");
            // vote_tie: V_d - V_c + lv e_d >= lv
            model.beginRow(tieRows, d);
            votes(model, p, dv);
            model.term(e[d], lv);
            model.endRow(lv - constant, Double.POSITIVE_INFINITY);
            // margin_tie: M_d - M_c - (delta - lm) e_d >= lm
            double delta = d < c ? 0 : eps;
            model.beginRow(marginRows, d);
            double marginConstant = 0;
            for (int m = 0; m < members; m++) {
                if (dm[m] != 0) {
                    IrLayer out = node.layers().get(m);
                    marginConstant += context.appendPreActivation(out, 0, 0, dm[m]);
                    marginConstant += context.appendPreActivation(out, 1, 0, -dm[m]);
                }
            }
            model.term(e[d], -(delta - lm));
            model.endRow(lm - marginConstant, Double.POSITIVE_INFINITY);
            model.noteBigM(marginRows, delta - lm, "bounds analysis of the members' output margins");
        }
        model.beginRow(any, 0);
        for (int d = 0; d < node.classCount(); d++) {
            if (d != c) {
                model.term(t[d], 1);
                model.term(e[d], 1);
            }
        }
        model.endRow(1, Double.POSITIVE_INFINITY);
    }

    /** The columns {@code p_m}, member m predicts its output 1, tied to its outputs by three rows each. */
    private int[] memberPredictions(IrNode.EnsembleChange node, LoweringContext context, io.bdnn.ast.SourceSpan span) {
        LinearModelBuilder model = context.model();
        int members = node.outputs().size();
        List<Family.Axis> axis = List.of(new Family.Axis("m", members));
        Family predicts = context.family(SCOPE, "p", axis, this, span);
        Family on = context.family(SCOPE, "vote_p_on", axis, this, span);
        Family off = context.family(SCOPE, "vote_p_off", axis, this, span);
        Family both = context.family(SCOPE, "vote_p_both", axis, this, span);
        int[] p = new int[members];
        for (int m = 0; m < members; m++) {
            Refs u = context.refs(node.outputs().get(m));
            int u0 = u.family().localIndex(0, 0);
            int u1 = u.family().localIndex(1, 0);
            p[m] = model.addColumn(predicts, m, 0, 1, VarType.CONTINUOUS);
            model.beginRow(on, m);
            model.term(p[m], 1);
            double constant = u.appendTo(model, u1, -1);
            model.endRow(Double.NEGATIVE_INFINITY, -constant);
            model.beginRow(off, m);
            model.term(p[m], 1);
            constant = u.appendTo(model, u0, 1);
            model.endRow(Double.NEGATIVE_INFINITY, 1 - constant);
            model.beginRow(both, m);
            model.term(p[m], 1);
            constant = u.appendTo(model, u1, -1) + u.appendTo(model, u0, 1);
            model.endRow(-constant, Double.POSITIVE_INFINITY);
        }
        return p;
    }

    /** Appends {@code sum_m coef[m] p_m}. */
    private static void votes(LinearModelBuilder model, int[] p, double[] coef) {
        for (int m = 0; m < p.length; m++) {
            model.term(p[m], coef[m]);
        }
    }
}
