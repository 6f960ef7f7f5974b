package io.bdnn.backends.solutions;

import io.bdnn.milp.LinearModel;

/**
 * How far a full assignment of the columns is from satisfying a model: rows, column bounds and
 * integrality, each violation measured against a tolerance that allows for the solver's own
 * feasibility tolerance and for the digits its solution file prints.
 *
 * <p>A row {@code lo <= a'x <= hi} is satisfied when it holds within
 * {@code absolute * max(1, |bound|) + relative * sum_j |a_j x_j|}: {@code absolute} is the
 * solver's tolerance ({@value #SOLVER_TOLERANCE}, the default of CBC, SCIP, HiGHS and GLPK's
 * 1e-7 scaled), {@code relative} the rounding of printed values ({@code 0.5 * 10^(1 - digits)},
 * for example 5e-6 for lp_solve's 6 significant digits). A bound or integrality holds within
 * {@code absolute * max(1, |value|)} plus the same rounding. An indicator row is measured only
 * where its binary, rounded, takes the row's value.
 *
 * @param worst       the largest violation divided by its tolerance (at most 1 means feasible)
 * @param what        where it is, such as {@code row hidden.n1.s3.step_lo}, or null when none
 * @param violation   the largest violation itself
 */
public record Feasibility(double worst, String what, double violation) {
    /** The solvers' default primal feasibility and integrality tolerance. */
    public static final double SOLVER_TOLERANCE = 1e-6;

    public boolean feasible() {
        return worst <= 1;
    }

    /**
     * Measures the assignment.
     *
     * @param digits significant digits of the printed values (17 for exact files)
     * @param names  how to name a row or column in the result
     */
    public static Feasibility of(LinearModel model, double[] values, int digits, Names names) {
        double relative = digits >= 17 ? 0 : 0.5 * Math.pow(10, 1 - digits);
        double worst = 0;
        double violation = 0;
        String what = null;
        for (int col = 0; col < model.numColumns(); col++) {
            double value = values[col];
            double tolerance = SOLVER_TOLERANCE * Math.max(1, Math.abs(value)) + relative * Math.abs(value);
            double excess = Math.max(model.colLo(col) - value, value - model.colHi(col));
            if (model.colType(col).isIntegral()) {
                excess = Math.max(excess, Math.abs(value - Math.rint(value)));
            }
            if (excess / tolerance > worst) {
                worst = excess / tolerance;
                violation = excess;
                what = "column " + names.column(col);
            }
        }
        int[] columns = model.rowColumns();
        double[] coefficients = model.rowCoefficients();
        for (int row = 0; row < model.numRows(); row++) {
            if (!model.enforced(row, values)) {
                continue;
            }
            double activity = 0;
            double magnitude = 0;
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                double term = coefficients[nz] * values[columns[nz]];
                activity += term;
                magnitude += Math.abs(term);
            }
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            double excess = Math.max(lo - activity, activity - hi);
            if (excess <= 0) {
                continue;
            }
            double bound = excess == lo - activity ? lo : hi;
            double tolerance = SOLVER_TOLERANCE * Math.max(1, Math.abs(bound)) + relative * magnitude;
            if (excess / tolerance > worst) {
                worst = excess / tolerance;
                violation = excess;
                what = "row " + names.row(row);
            }
        }
        return new Feasibility(worst, what, violation);
    }

    /** Names rows and columns for messages. */
    public interface Names {
        String column(int col);

        String row(int row);
    }
}
