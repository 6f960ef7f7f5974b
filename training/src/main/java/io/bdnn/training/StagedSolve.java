package io.bdnn.training;

import io.bdnn.ir.IrNode;
import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelVariants;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves a lowered model whose loss is lexicographic: stage s minimises its column o_s (the
 * model's objective moves from o_1 to o_s, keeping anything else in it, such as an L1 penalty)
 * with every earlier o_r bounded by the value r reached, {@code o_r <= v_r + 1e-6 max(1, |v_r|)},
 * and starts from the previous stage's solution. A stage that stops at its time limit with a
 * solution fixes that solution's value and makes the result FEASIBLE; one without a solution ends
 * the run with its status. A model with one stage is solved once, as it is.
 */
public final class StagedSolve {
    static final double FIX_TOLERANCE = 1e-6;

    private StagedSolve() {
    }

    public static SolveResult solve(LoweredNetwork lowered, MilpSolver solver, SolverOptions options) {
        return solve(lowered, solver, options, null);
    }

    /** As {@link #solve(LoweredNetwork, MilpSolver, SolverOptions)}, with a MIP start for the first stage (or null). */
    public static SolveResult solve(LoweredNetwork lowered, MilpSolver solver, SolverOptions options, double[] hint) {
        LinearModel model = lowered.model();
        UserNodes.Objective objective = objectiveOf(lowered);
        if (objective == null || objective.stages().size() == 1) {
            return solver.solve(model, options, hint);
        }
        Refs stages = lowered.refs().get(objective);
        int first = stages.column(0);
        double[] lo = new double[model.numColumns()];
        double[] hi = new double[model.numColumns()];
        for (int col = 0; col < lo.length; col++) {
            lo[col] = model.colLo(col);
            hi[col] = model.colHi(col);
        }
        double[] start = hint;
        double seconds = 0;
        boolean proven = true;
        List<String> optima = new ArrayList<>();
        SolveResult last = null;
        for (int s = 0; s < objective.stages().size(); s++) {
            double[] c = ModelVariants.objective(model);
            c[first] -= 1;
            c[stages.column(s)] += 1;
            LinearModel stage = ModelVariants.with(model, c, model.objectiveConstant(), lo, hi);
            last = solver.solve(stage, options, start);
            seconds += last.seconds();
            if (!last.status().hasSolution() || last.values() == null) {
                return new SolveResult(last.status(), Double.NaN, Double.NaN, null, seconds, "stage " + (s + 1)
                        + " of " + objective.stages().size() + " found no network"
                        + (last.message().isEmpty() ? "" : ": " + last.message()));
            }
            proven &= last.status() == SolveStatus.OPTIMAL;
            double value = stages.value(s, last.values());
            optima.add(SolutionCheck.fmt(value) + (last.status() == SolveStatus.OPTIMAL ? "" : " (not proven)"));
            hi[stages.column(s)] = Math.min(hi[stages.column(s)], value + FIX_TOLERANCE * Math.max(1, Math.abs(value)));
            start = last.values();
        }
        return new SolveResult(proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, last.objective(),
                last.bestBound(), last.values(), seconds, "lexicographic stages reached " + String.join(", then ", optima));
    }

    static UserNodes.Objective objectiveOf(LoweredNetwork lowered) {
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof UserNodes.Objective objective) {
                return objective;
            }
        }
        return null;
    }
}
