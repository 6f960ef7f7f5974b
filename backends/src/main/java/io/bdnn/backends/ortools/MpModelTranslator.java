package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.bdnn.milp.LinearModel;

/**
 * Copies a {@link LinearModel} into an {@code MPSolver}, straight from its primitive arrays:
 * {@code min c'x + c0 s.t. rowLo <= A x <= rowHi, colLo <= x <= colHi} becomes one variable per
 * column (integer for INTEGER and BINARY, with the model's own bounds, which lie inside [0, 1]
 * for binaries), one ranged constraint per row, and a minimised objective whose offset is
 * {@code c0}. Infinite bounds become {@code MPSolver.infinity()}.
 *
 * <p>Variables and constraints carry the model's readable unique names, such as
 * {@code hidden/n1/s17/step_hi}, so that solver logs and exports point back to the source. The
 * names cost about half a microsecond each: measured on a model of 501,000 columns, 500,000 rows
 * and 5.5 million nonzeros, building takes about 0.3 s without names and 0.7 to 1.0 s with them,
 * which is small next to solving a model of that size, so they are always passed.
 *
 * <p>A model with indicator rows goes through an {@code MPModelProto} instead
 * ({@link IndicatorModels}), since {@code MPSolver}'s Java API makes no indicator constraint.
 *
 * <p>The Java proxies of variables and constraints do not own native memory (the solver does),
 * so only {@code MPSolver.delete()} frees anything; the proxies must not be used after it.
 */
final class MpModelTranslator {

    private MpModelTranslator() {
    }

    /**
     * Adds the model's variables, constraints and objective to an empty solver and returns the
     * variables in column order.
     *
     * @param names whether to pass the readable names (otherwise OR-Tools leaves them empty)
     */
    static MPVariable[] translate(LinearModel model, MPSolver solver, boolean names) {
        if (model.hasIndicators()) {
            return IndicatorModels.load(model, solver, names);
        }
        double infinity = MPSolver.infinity();
        int numColumns = model.numColumns();
        MPVariable[] variables = new MPVariable[numColumns];
        for (int col = 0; col < numColumns; col++) {
            variables[col] = solver.makeVar(finite(model.colLo(col), infinity), finite(model.colHi(col), infinity),
                    model.colType(col).isIntegral(), names ? model.columnName(col) : "");
        }
        int[] columns = model.rowColumns();
        double[] coefficients = model.rowCoefficients();
        for (int row = 0; row < model.numRows(); row++) {
            MPConstraint constraint = solver.makeConstraint(finite(model.rowLo(row), infinity),
                    finite(model.rowHi(row), infinity), names ? model.rowName(row) : "");
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                constraint.setCoefficient(variables[columns[nz]], coefficients[nz]);
            }
        }
        MPObjective objective = solver.objective();
        for (int col = 0; col < numColumns; col++) {
            double cost = model.objective(col);
            if (cost != 0) {
                objective.setCoefficient(variables[col], cost);
            }
        }
        objective.setOffset(model.objectiveConstant());
        objective.setMinimization();
        return variables;
    }

    /** Maps the model's infinities onto OR-Tools' own, leaving finite values alone. */
    static double finite(double value, double infinity) {
        if (value == Double.POSITIVE_INFINITY) {
            return infinity;
        }
        return value == Double.NEGATIVE_INFINITY ? -infinity : value;
    }
}
