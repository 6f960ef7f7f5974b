package io.bdnn.milp;

import java.util.List;

/**
 * The lowered model: a mixed-integer linear program in minimisation form,
 * {@code min c'x + c0  s.t.  rowLo <= A x <= rowHi,  colLo <= x <= colHi}, with integrality per
 * column. Coefficients live in primitive arrays in compressed sparse row form (no object per
 * nonzero), so that solvers and file writers can stream it.
 *
 * <p>Every row and column knows its source: a {@link Family} and a local index in it, from which
 * {@link #rowName(int)} and {@link #columnName(int)} build a readable unique name on demand.
 * Infinite row bounds are {@link Double#POSITIVE_INFINITY} / {@link Double#NEGATIVE_INFINITY}.
 */
public final class LinearModel {
    private final String name;
    private final List<Family> families;
    // columns
    private final double[] colLo;
    private final double[] colHi;
    private final byte[] colType;
    private final int[] colFamily;
    private final int[] colLocal;
    private final double[] objective;
    private final double objectiveConstant;
    // rows, CSR
    private final int[] rowStart;
    private final int[] rowCol;
    private final double[] rowCoef;
    private final double[] rowLo;
    private final double[] rowHi;
    private final int[] rowFamily;
    private final int[] rowLocal;
    private final List<BigM> bigMs;

    LinearModel(String name, List<Family> families, double[] colLo, double[] colHi, byte[] colType,
                int[] colFamily, int[] colLocal, double[] objective, double objectiveConstant,
                int[] rowStart, int[] rowCol, double[] rowCoef, double[] rowLo, double[] rowHi,
                int[] rowFamily, int[] rowLocal, List<BigM> bigMs) {
        this.name = name;
        this.families = List.copyOf(families);
        this.colLo = colLo;
        this.colHi = colHi;
        this.colType = colType;
        this.colFamily = colFamily;
        this.colLocal = colLocal;
        this.objective = objective;
        this.objectiveConstant = objectiveConstant;
        this.rowStart = rowStart;
        this.rowCol = rowCol;
        this.rowCoef = rowCoef;
        this.rowLo = rowLo;
        this.rowHi = rowHi;
        this.rowFamily = rowFamily;
        this.rowLocal = rowLocal;
        this.bigMs = List.copyOf(bigMs);
    }

    public String name() {
        return name;
    }

    public int numColumns() {
        return colLo.length;
    }

    public int numRows() {
        return rowLo.length;
    }

    public long numNonzeros() {
        return rowStart[rowLo.length];
    }

    public double colLo(int col) {
        return colLo[col];
    }

    public double colHi(int col) {
        return colHi[col];
    }

    public VarType colType(int col) {
        return VarType.VALUES[colType[col]];
    }

    public double objective(int col) {
        return objective[col];
    }

    /** The constant added to {@code c'x}; file formats cannot carry it, so writers report it. */
    public double objectiveConstant() {
        return objectiveConstant;
    }

    public double rowLo(int row) {
        return rowLo[row];
    }

    public double rowHi(int row) {
        return rowHi[row];
    }

    /** Index of the first nonzero of a row in {@link #rowColumns()} / {@link #rowCoefficients()}. */
    public int rowStart(int row) {
        return rowStart[row];
    }

    public int rowEnd(int row) {
        return rowStart[row + 1];
    }

    /** The column of every nonzero, row after row. Shared, not copied: do not modify. */
    public int[] rowColumns() {
        return rowCol;
    }

    /** The value of every nonzero, row after row. Shared, not copied: do not modify. */
    public double[] rowCoefficients() {
        return rowCoef;
    }

    public List<Family> families() {
        return families;
    }

    public Family columnFamily(int col) {
        return families.get(colFamily[col]);
    }

    public int columnLocalIndex(int col) {
        return colLocal[col];
    }

    public Family rowFamily(int row) {
        return families.get(rowFamily[row]);
    }

    public int rowLocalIndex(int row) {
        return rowLocal[row];
    }

    public String columnName(int col) {
        return columnFamily(col).memberName(colLocal[col]);
    }

    public String rowName(int row) {
        return rowFamily(row).memberName(rowLocal[row]);
    }

    /** Big-M values per row family, with where they came from. */
    public List<BigM> bigMs() {
        return bigMs;
    }

    /** The objective {@code c'x + c0} of a full assignment of the columns. */
    public double evaluateObjective(double[] values) {
        double total = objectiveConstant;
        for (int col = 0; col < objective.length; col++) {
            total += objective[col] * values[col];
        }
        return total;
    }

    /** The activity {@code a_r' x} of one row. */
    public double rowActivity(int row, double[] values) {
        double activity = 0;
        for (int nz = rowStart[row]; nz < rowStart[row + 1]; nz++) {
            activity += rowCoef[nz] * values[rowCol[nz]];
        }
        return activity;
    }
}
