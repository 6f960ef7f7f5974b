package io.bdnn.milp;

/**
 * Models derived from a built one without lowering again: the same rows and columns with another
 * objective and other column bounds. Staged (lexicographic) solves use it to optimise one stage
 * after the other; the rows are shared, not copied.
 */
public final class ModelVariants {
    private ModelVariants() {
    }

    /**
     * The model with objective {@code c'x + constant} and column bounds {@code [lo, hi]}; the
     * arrays must have one entry per column.
     */
    public static LinearModel with(LinearModel model, double[] objective, double constant, double[] lo, double[] hi) {
        int columns = model.numColumns();
        int rows = model.numRows();
        if (objective.length != columns || lo.length != columns || hi.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values per array");
        }
        byte[] type = new byte[columns];
        int[] family = new int[columns];
        int[] local = new int[columns];
        for (int col = 0; col < columns; col++) {
            type[col] = (byte) model.colType(col).ordinal();
            family[col] = model.columnFamily(col).id();
            local[col] = model.columnLocalIndex(col);
        }
        int[] rowStart = new int[rows + 1];
        double[] rowLo = new double[rows];
        double[] rowHi = new double[rows];
        int[] rowFamily = new int[rows];
        int[] rowLocal = new int[rows];
        int[] indicatorColumn = model.hasIndicators() ? new int[rows] : null;
        byte[] indicatorValue = model.hasIndicators() ? new byte[rows] : null;
        for (int row = 0; row < rows; row++) {
            rowStart[row] = model.rowStart(row);
            rowLo[row] = model.rowLo(row);
            rowHi[row] = model.rowHi(row);
            rowFamily[row] = model.rowFamily(row).id();
            rowLocal[row] = model.rowLocalIndex(row);
            if (indicatorColumn != null) {
                indicatorColumn[row] = model.indicatorColumn(row);
                indicatorValue[row] = (byte) model.indicatorValue(row);
            }
        }
        rowStart[rows] = rows == 0 ? 0 : model.rowEnd(rows - 1);
        return new LinearModel(model.name(), model.families(), lo.clone(), hi.clone(), type, family, local,
                objective.clone(), constant, rowStart, model.rowColumns(), model.rowCoefficients(), rowLo, rowHi,
                rowFamily, rowLocal, model.bigMs(), indicatorColumn, indicatorValue);
    }

    /** The model's objective coefficients, one per column. */
    public static double[] objective(LinearModel model) {
        double[] objective = new double[model.numColumns()];
        for (int col = 0; col < objective.length; col++) {
            objective[col] = model.objective(col);
        }
        return objective;
    }
}
