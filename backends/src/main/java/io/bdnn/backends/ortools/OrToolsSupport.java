package io.bdnn.backends.ortools;

import io.bdnn.ast.Suggestions;
import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolverOptions;

/**
 * Decides, before any native call, whether a solver can solve a model correctly with the given
 * options, and says why not in one sentence the user can act on.
 *
 * <p>CP-SAT reached through {@code MPSolver} converts the model to a pure integer program, and two
 * parts of that conversion give wrong answers that it still reports as OPTIMAL (measured on
 * OR-Tools 9.15, see {@code CpSatProbeTest}): a continuous variable is rounded to an integer
 * grid ({@code min x + y, 3x + y >= 1, x + 3y >= 1} gives 1 instead of 0.5), and an integer
 * variable whose domain is still wider than {@code [-1e7, 1e7]} after OR-Tools' presolve is
 * clipped to it. Both are refused here; the second conservatively, by the declared bounds.
 * Non-integer coefficients are accepted: CP-SAT scales each row and the objective to integers,
 * exactly for short decimals such as 0.1 or 0.25 and approximately otherwise. Rows then hold to
 * about 1e-6 (like any MIP solver's feasibility tolerance), and objective coefficients that
 * differ by less than about 1e-7 may be treated as equal, well inside the default 1e-4 gap.
 *
 * <p>Indicator rows ({@code method exact indicators}) are taken by SCIP and CP-SAT only; CBC's
 * and HiGHS's interfaces fail to load them, so such models are refused for them here.
 */
final class OrToolsSupport {

    private OrToolsSupport() {
    }

    /** Why the named solver cannot take the options, or null; null options mean the defaults. */
    static String optionsProblem(SolverOptions options) {
        if (options == null) {
            return null;
        }
        String name = options.solver();
        if (name != null && OrToolsEngine.byName(name) == null) {
            String known = String.join(", ", OrToolsEngine.languageNames());
            return "unknown solver '" + name + "'; the OR-Tools backend provides " + known
                    + Suggestions.didYouMean(name, OrToolsEngine.languageNames());
        }
        Double seconds = options.timeLimitSeconds();
        if (seconds != null && !(seconds > 0)) {
            return "the time limit must be positive, got " + seconds + " seconds";
        }
        Double gap = options.relativeGap();
        if (gap != null && !(gap >= 0 && gap <= 1)) {
            return "the relative gap must be between 0 and 1, got " + gap;
        }
        // CBC's OR-Tools interface aborts the JVM (a failed CHECK) on fewer than one thread.
        if (options.threads() != null && options.threads() < 1) {
            return "the number of threads must be at least 1, got " + options.threads();
        }
        // SCIP and HiGHS only take seeds in [0, 2^31 - 1]; HiGHS fails the solve on any other.
        if (options.seed() != null && options.seed() < 0) {
            return "the seed must be between 0 and " + Integer.MAX_VALUE + ", got " + options.seed();
        }
        return null;
    }

    private static int firstIndicatorRow(LinearModel model) {
        for (int row = 0; row < model.numRows(); row++) {
            if (model.indicatorColumn(row) >= 0) {
                return row;
            }
        }
        throw new IllegalStateException("no indicator row");
    }

    /** Why this engine cannot solve this model correctly, or null. */
    static String modelProblem(OrToolsEngine engine, LinearModel model) {
        if (model.hasIndicators() && engine != OrToolsEngine.SCIP && engine != OrToolsEngine.CP_SAT) {
            int row = firstIndicatorRow(model);
            return engine.languageName() + " cannot take indicator constraints, and the model has "
                    + model.numIndicatorRows() + " (first: " + model.rowName(row) + ", from "
                    + model.rowFamily(row).rule() + ", the exact option 'indicators'); choose scip or cp-sat,"
                    + " or drop 'indicators' for the portable big-M rows";
        }
        if (engine != OrToolsEngine.CP_SAT) {
            return null;
        }
        int continuous = 0;
        int firstContinuous = -1;
        int firstWide = -1;
        for (int col = 0; col < model.numColumns(); col++) {
            if (!model.colType(col).isIntegral()) {
                continuous++;
                if (firstContinuous < 0) {
                    firstContinuous = col;
                }
            } else if (firstWide < 0 && (Math.abs(model.colLo(col)) > OrToolsEngine.CP_SAT_MAX_BOUND
                    || Math.abs(model.colHi(col)) > OrToolsEngine.CP_SAT_MAX_BOUND)) {
                firstWide = col;
            }
        }
        if (continuous > 0) {
            return "cp-sat needs every variable to be integer, but " + continuous + " of "
                    + model.numColumns() + " are continuous (first: " + model.columnName(firstContinuous)
                    + "); declare `weights integer` and `bias integer` or `bias none`, or choose scip";
        }
        if (firstWide >= 0) {
            return "cp-sat needs every variable bounded within +-1e7, but " + model.columnName(firstWide)
                    + " lies in [" + model.colLo(firstWide) + ", " + model.colHi(firstWide)
                    + "]; give it tighter bounds or choose scip";
        }
        return null;
    }
}
