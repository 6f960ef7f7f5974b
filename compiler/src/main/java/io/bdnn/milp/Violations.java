package io.bdnn.milp;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows and columns of a model a full assignment violates, with the solvers' default
 * tolerance: a row {@code lo <= a'x <= hi} is violated when it misses a bound by more than
 * {@code 1e-6 max(1, |bound|)}, a column when it leaves its bounds by more than
 * {@code 1e-6 max(1, |value|)} or an integral column is further than that from an integer (an
 * indicator row counts only where its binary takes the row's value). A MIP
 * start with no violation is a solution the solver can take as its incumbent.
 *
 * @param rows     how many rows are violated
 * @param columns  how many columns are violated
 * @param examples the names of the first few, such as {@code row hidden.n3.g12.s40.step_on}
 */
public record Violations(int rows, int columns, List<String> examples) {
    /** The solvers' default primal feasibility and integrality tolerance. */
    public static final double TOLERANCE = 1e-6;

    private static final int EXAMPLES = 5;

    public boolean none() {
        return rows == 0 && columns == 0;
    }

    public static Violations of(LinearModel model, double[] values) {
        int rows = 0;
        int columns = 0;
        List<String> examples = new ArrayList<>();
        for (int col = 0; col < model.numColumns(); col++) {
            double value = values[col];
            double tolerance = TOLERANCE * Math.max(1, Math.abs(value));
            double excess = Math.max(model.colLo(col) - value, value - model.colHi(col));
            if (model.colType(col).isIntegral()) {
                excess = Math.max(excess, Math.abs(value - Math.rint(value)));
            }
            if (excess > tolerance) {
                columns++;
                if (examples.size() < EXAMPLES) {
                    examples.add("column " + model.columnName(col) + " = " + value);
                }
            }
        }
        for (int row = 0; row < model.numRows(); row++) {
            if (!model.enforced(row, values)) {
                continue;
            }
            double activity = model.rowActivity(row, values);
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            boolean below = lo - activity > TOLERANCE * Math.max(1, Math.abs(lo));
            boolean above = activity - hi > TOLERANCE * Math.max(1, Math.abs(hi));
            if (below || above) {
                rows++;
                if (examples.size() < EXAMPLES) {
                    examples.add("row " + model.rowName(row) + ": " + activity + (below ? " < " + lo : " > " + hi));
                }
            }
        }
        return new Violations(rows, columns, List.copyOf(examples));
    }
}
