package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;

/**
 * The constraint matrix column by column, for the COLUMNS section of MPS files: a compressed
 * sparse column copy of the model's row-major arrays, in primitive arrays only (12 bytes per
 * nonzero, no object per nonzero). Built by a counting sort in two passes over the rows, so the
 * entries of each column come in increasing row order.
 */
final class ColumnMajor {
    private final int[] start;
    private final int[] rows;
    private final double[] coefficients;

    private ColumnMajor(int[] start, int[] rows, double[] coefficients) {
        this.start = start;
        this.rows = rows;
        this.coefficients = coefficients;
    }

    static ColumnMajor of(LinearModel model) {
        int columns = model.numColumns();
        int nonzeros = Math.toIntExact(model.numNonzeros());
        int[] rowColumns = model.rowColumns();
        double[] rowCoefficients = model.rowCoefficients();
        int[] start = new int[columns + 1];
        for (int nz = 0; nz < nonzeros; nz++) {
            start[rowColumns[nz] + 1]++;
        }
        for (int col = 0; col < columns; col++) {
            start[col + 1] += start[col];
        }
        int[] next = java.util.Arrays.copyOf(start, columns);
        int[] rows = new int[nonzeros];
        double[] coefficients = new double[nonzeros];
        for (int row = 0; row < model.numRows(); row++) {
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                int slot = next[rowColumns[nz]]++;
                rows[slot] = row;
                coefficients[slot] = rowCoefficients[nz];
            }
        }
        return new ColumnMajor(start, rows, coefficients);
    }

    /** Index of the column's first entry in {@link #row} / {@link #coefficient}. */
    int start(int col) {
        return start[col];
    }

    int end(int col) {
        return start[col + 1];
    }

    int row(int entry) {
        return rows[entry];
    }

    double coefficient(int entry) {
        return coefficients[entry];
    }
}
