package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPSolver;
import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;

/**
 * The result of a HiGHS solve that did not end OPTIMAL. OR-Tools 9.15 then has no usable values
 * (see {@link HighsSolutionFile}), so they come from HiGHS's own solution file: integer columns
 * are rounded as OR-Tools does for HiGHS, and the objective is evaluated on the model, constant
 * included. HiGHS gives no dual bound through either route, so the bound is NaN.
 */
final class HighsOutcome {

    private HighsOutcome() {
    }

    /** After {@code solve()} threw because the native status code has no Java constant. */
    static SolveResult fromFile(HighsSolutionFile file, LinearModel model, String error, long started) {
        if (file == null) {
            return OrToolsSolver.noSolution(SolveStatus.ABNORMAL, "highs ended with a status OR-Tools cannot report ("
                    + error + ") and no solution file could be created to recover its incumbent", started);
        }
        HighsSolutionFile.Contents contents = file.read(model.numColumns());
        if (contents == null) {
            return OrToolsSolver.noSolution(SolveStatus.ABNORMAL,
                    "highs did not run (" + error + "); a solver-specific parameter may be invalid", started);
        }
        return fromContents(contents, model, started);
    }

    /** After {@code solve()} returned a status other than OPTIMAL. */
    static SolveResult afterStatus(MPSolver.ResultStatus status, HighsSolutionFile file, LinearModel model,
                                   long started) {
        HighsSolutionFile.Contents contents = file == null ? null : file.read(model.numColumns());
        return switch (status) {
            case FEASIBLE, NOT_SOLVED -> contents == null
                    ? OrToolsSolver.noSolution(SolveStatus.NO_SOLUTION,
                            "highs stopped early and its incumbent could not be read back", started)
                    : fromContents(contents, model, started);
            case INFEASIBLE, UNBOUNDED -> OrToolsSolver.noSolution(OrToolsStatus.of(status),
                    contents == null ? "" : "highs: " + contents.modelStatus(), started);
            default -> OrToolsSolver.noSolution(SolveStatus.ABNORMAL,
                    OrToolsStatus.message(status, OrToolsEngine.HIGHS)
                            + (contents == null ? "" : "; highs: " + contents.modelStatus()), started);
        };
    }

    private static SolveResult fromContents(HighsSolutionFile.Contents contents, LinearModel model, long started) {
        double[] values = contents.values();
        if (values == null) {
            return OrToolsSolver.noSolution(SolveStatus.NO_SOLUTION, "highs: " + contents.modelStatus(), started);
        }
        for (int col = 0; col < values.length; col++) {
            if (model.colType(col).isIntegral()) {
                values[col] = Math.rint(values[col]);
            }
        }
        return new SolveResult(SolveStatus.FEASIBLE, model.evaluateObjective(values), Double.NaN, values,
                OrToolsSolver.secondsSince(started), "");
    }
}
