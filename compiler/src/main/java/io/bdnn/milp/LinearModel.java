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
 *
 * <p>A row may be an <b>indicator row</b> ({@code method exact indicators}): {@code x_c = v =>
 * lo <= a'x <= hi} with {@code x_c} a binary column and {@code v} 0 or 1, enforced only when the
 * binary takes that value. It is stored like every other row (family, local index, coefficients,
 * one-sided bounds) plus its switching column and value. Only solvers and file formats that
 * accept indicator constraints can take such a model ({@link #hasIndicators()}); every reader of
 * rows must ask {@link #indicatorColumn(int)} or use {@link #enforced(int, double[])}.
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
    /** Per row the switching binary column, -1 for an ordinary row; null when no row is an indicator row. */
    private final int[] indicatorColumn;
    /** Per row the value (0 or 1) of the switching column that enforces the row; null as above. */
    private final byte[] indicatorValue;
    private final int numIndicatorRows;

    LinearModel(String name, List<Family> families, double[] colLo, double[] colHi, byte[] colType,
                int[] colFamily, int[] colLocal, double[] objective, double objectiveConstant,
                int[] rowStart, int[] rowCol, double[] rowCoef, double[] rowLo, double[] rowHi,
                int[] rowFamily, int[] rowLocal, List<BigM> bigMs, int[] indicatorColumn, byte[] indicatorValue) {
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
        this.indicatorColumn = indicatorColumn;
        this.indicatorValue = indicatorValue;
        int count = 0;
        if (indicatorColumn != null) {
            for (int col : indicatorColumn) {
                count += col >= 0 ? 1 : 0;
            }
        }
        this.numIndicatorRows = count;
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

    /** Whether some row is an indicator row (only solvers and formats that accept indicators can take the model). */
    public boolean hasIndicators() {
        return numIndicatorRows > 0;
    }

    public int numIndicatorRows() {
        return numIndicatorRows;
    }

    /** The binary column that switches an indicator row on, or -1 for an ordinary row. */
    public int indicatorColumn(int row) {
        return indicatorColumn == null ? -1 : indicatorColumn[row];
    }

    /** The value, 0 or 1, of {@link #indicatorColumn(int)} under which the row must hold (0 for ordinary rows). */
    public int indicatorValue(int row) {
        return indicatorValue == null ? 0 : indicatorValue[row];
    }

    /**
     * Whether the row must hold for this assignment: an ordinary row always, an indicator row when
     * its binary, rounded, takes the row's value.
     */
    public boolean enforced(int row, double[] values) {
        int col = indicatorColumn(row);
        return col < 0 || Math.rint(values[col]) == indicatorValue[row];
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
