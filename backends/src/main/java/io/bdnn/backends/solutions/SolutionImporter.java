package io.bdnn.backends.solutions;

import io.bdnn.backends.files.NameScheme;
import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;

/**
 * Matches a solution file with the model it claims to solve and turns it into the
 * {@link SolveResult} a direct solve would have given, so that {@code bdnn import} reports
 * exactly as {@code bdnn train} does.
 *
 * <p>Checks, each failing with a sentence that says what is wrong:
 * <ul>
 *   <li>every name (or GLPK column number) is a column of the model, and a file that lists
 *       every column (GLPK, HiGHS raw, lp_solve) lists all of them: otherwise the file belongs
 *       to a different model or was cut off;</li>
 *   <li>the values satisfy every row, bound and integrality within {@link Feasibility}'s
 *       tolerance for the digits the solver printed: otherwise it is not a solution of this
 *       model (a sparse file that lost lines shows up here);</li>
 *   <li>the objective the file states equals the objective of its values, within the same
 *       tolerance.</li>
 * </ul>
 * A file whose solver found no solution gives a result without values and the solver's words.
 * The objective reported is the file's plus the model's objective constant.
 */
public final class SolutionImporter {

    private SolutionImporter() {
    }

    /**
     * The result, the number of values the file listed, and the largest distance of an integer
     * column's value from an integer.
     */
    public record Imported(SolveResult result, int listed, double integralityViolation) {
    }

    public static Imported match(String file, SolutionFile solution, LinearModel model, NameScheme names)
            throws SolutionFormatException {
        if (!solution.status().hasSolution()) {
            return new Imported(new SolveResult(solution.status(), Double.NaN, Double.NaN, null, 0,
                    solution.format().label() + ": " + solution.statusText()), 0, 0);
        }
        int columns = model.numColumns();
        if (solution.columns() >= 0 && solution.columns() != columns) {
            throw new SolutionFormatException(file + ": the " + solution.format().label() + " solution has "
                    + solution.columns() + " columns but the model has " + columns
                    + ": it belongs to a different model");
        }
        double[] values = new double[columns];
        boolean[] given = new boolean[columns];
        int distinct = 0;
        SolutionFile.Values entries = solution.values();
        for (int entry = 0; entry < entries.size(); entry++) {
            String name = entries.name(entry);
            int col = name != null ? names.columnIndex(name) : entries.number(entry) - 1;
            if (col < 0 || col >= columns) {
                throw new SolutionFormatException(file + ": the solution names "
                        + (name != null ? "column '" + name + "'" : "column number " + entries.number(entry))
                        + ", which this model does not have: it was written for a different model"
                        + (name != null ? " or with other --names" : ""));
            }
            values[col] = entries.value(entry);
            if (!given[col]) {
                given[col] = true;
                distinct++;
            }
        }
        if (solution.dense() && distinct < columns) {
            int missing = 0;
            while (given[missing]) {
                missing++;
            }
            throw new SolutionFormatException(file + ": the solution gives " + distinct + " of the model's " + columns
                    + " columns (the first missing is " + names.columnName(missing) + "): the file is truncated");
        }
        Feasibility feasibility = Feasibility.of(model, values, solution.format().digits(), new Feasibility.Names() {
            @Override
            public String column(int col) {
                return names.columnName(col);
            }

            @Override
            public String row(int row) {
                return names.rowName(row);
            }
        });
        if (!feasibility.feasible()) {
            if (solution.format() == SolverFormat.CBC && solution.statusText().startsWith("Stopped")) {
                return new Imported(new SolveResult(SolveStatus.NO_SOLUTION, Double.NaN, Double.NaN, null, 0,
                        "cbc: " + solution.statusText() + " without a feasible solution"), entries.size(), 0);
            }
            throw new SolutionFormatException(file + ": the values violate " + feasibility.what() + " by "
                    + String.format("%.3g", feasibility.violation()) + ": this is not a solution of the model"
                    + " (a truncated file, or one written for another model)");
        }
        double computed = 0;
        double magnitude = 0;
        for (int col = 0; col < columns; col++) {
            computed += model.objective(col) * values[col];
            magnitude += Math.abs(model.objective(col) * values[col]);
        }
        double claimed = solution.objective();
        if (!Double.isNaN(claimed)) {
            int digits = solution.format().digits();
            double tolerance = Feasibility.SOLVER_TOLERANCE * Math.max(1, Math.abs(claimed))
                    + (digits >= 17 ? 0 : 0.5 * Math.pow(10, 1 - digits)) * (magnitude + Math.abs(claimed));
            if (Math.abs(claimed - computed) > tolerance) {
                throw new SolutionFormatException(file + ": the file says the objective is " + claimed
                        + " but its values give " + computed + ": it was truncated or written for another model");
            }
        }
        double objective = (Double.isNaN(claimed) ? computed : claimed) + model.objectiveConstant();
        double integrality = 0;
        for (int col = 0; col < columns; col++) {
            if (model.colType(col).isIntegral()) {
                integrality = Math.max(integrality, Math.abs(values[col] - Math.rint(values[col])));
            }
        }
        SolveResult result = new SolveResult(solution.status(), objective, Double.NaN, values, 0, "");
        return new Imported(result, entries.size(), integrality);
    }
}
