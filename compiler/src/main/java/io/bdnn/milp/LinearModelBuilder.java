package io.bdnn.milp;

import io.bdnn.ast.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link LinearModel} row by row into growable primitive arrays. Lowering rules reach
 * it only through their context: they declare a family, add its columns, and emit rows with
 * {@link #beginRow}, {@link #term} and {@link #endRow}. Repeated columns within one row are
 * merged when the row ends.
 */
public final class LinearModelBuilder {
    /** How far from 0 a constant row may be and still count as satisfied by 0. */
    private static final double EMPTY_ROW_TOLERANCE = 1e-9;
    private final String name;
    private final List<Family> families = new ArrayList<>();
    private final Map<Integer, double[]> bigMRanges = new LinkedHashMap<>();
    private final Map<Integer, String> bigMOrigins = new LinkedHashMap<>();

    private int numCols;
    private double[] colLo = new double[64];
    private double[] colHi = new double[64];
    private byte[] colType = new byte[64];
    private int[] colFamily = new int[64];
    private int[] colLocal = new int[64];
    private double[] objective = new double[64];
    private double objectiveConstant;

    private int numRows;
    private int[] rowStart = new int[65];
    private double[] rowLo = new double[64];
    private double[] rowHi = new double[64];
    private int[] rowFamily = new int[64];
    private int[] rowLocal = new int[64];
    private int numNonzeros;
    private int[] rowCol = new int[256];
    private double[] rowCoef = new double[256];
    private boolean rowOpen;
    /** Per family id, its big-M range once noted (the rows of two families often alternate). */
    private double[][] bigMById = new double[0][];
    /** Per row the switching column of an indicator row, -1 otherwise; null until the first indicator row. */
    private int[] indicatorColumn;
    private byte[] indicatorValue;
    private int openIndicator = -1;
    private byte openIndicatorValue;
    /** Per column, the number of the merge that last saw it and where it went (see {@link #mergeRepeatedColumns}). */
    private int[] seenIn = new int[0];
    private int[] seenAt = new int[0];
    private int merges;

    public LinearModelBuilder(String name) {
        this.name = name;
    }

    /** Declares a family of columns or rows; its members are numbered row-major over the axes. */
    public Family family(String layer, String kind, List<Family.Axis> axes, String rule, SourceSpan span) {
        Family family = new Family(families.size(), layer, kind, axes, rule, span);
        families.add(family);
        return family;
    }

    /** Adds a column and returns its index. */
    public int addColumn(Family family, int local, double lo, double hi, VarType type) {
        if (lo > hi) {
            throw new IllegalArgumentException(family.memberName(local) + ": empty bounds [" + lo + ", " + hi + "]");
        }
        if (numCols == colLo.length) {
            growColumns(colLo.length * 2);
        }
        colLo[numCols] = lo;
        colHi[numCols] = hi;
        colType[numCols] = (byte) type.ordinal();
        colFamily[numCols] = family.id();
        colLocal[numCols] = local;
        return numCols++;
    }

    /**
     * Makes room for {@code size} more columns, rows and nonzeros at once. Each array then grows
     * (is copied) at most once, to exactly the size asked for; one-by-one doubling from a small
     * start would copy it about log2(n) times and leave up to half of it unused, to be copied
     * again by {@link #build}. Only the capacity changes; nothing is added.
     */
    public void reserve(ModelSize size) {
        long columns = numCols + size.columns();
        long rows = numRows + size.rows();
        long nonzeros = numNonzeros + size.nonzeros();
        if (columns > colLo.length) {
            growColumns(capacity(columns));
        }
        if (rows > rowLo.length) {
            growRows(capacity(rows));
        }
        if (nonzeros > rowCol.length) {
            growNonzeros(capacity(nonzeros));
        }
    }

    /** A requested capacity as an array length (past the largest one, adding fails as it would have). */
    private static int capacity(long wanted) {
        return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
    }

    private void growColumns(int size) {
        colLo = Arrays.copyOf(colLo, size);
        colHi = Arrays.copyOf(colHi, size);
        colType = Arrays.copyOf(colType, size);
        colFamily = Arrays.copyOf(colFamily, size);
        colLocal = Arrays.copyOf(colLocal, size);
        objective = Arrays.copyOf(objective, size);
    }

    private void growRows(int size) {
        rowLo = Arrays.copyOf(rowLo, size);
        rowHi = Arrays.copyOf(rowHi, size);
        rowFamily = Arrays.copyOf(rowFamily, size);
        rowLocal = Arrays.copyOf(rowLocal, size);
        rowStart = Arrays.copyOf(rowStart, size + 1);
    }

    private void growNonzeros(int size) {
        rowCol = Arrays.copyOf(rowCol, size);
        rowCoef = Arrays.copyOf(rowCoef, size);
    }

    public int numColumns() {
        return numCols;
    }

    public int numRows() {
        return numRows;
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

    /** Adds {@code coefficient * x_col} to the objective. */
    public void addObjective(int col, double coefficient) {
        objective[col] += coefficient;
    }

    public void addObjectiveConstant(double constant) {
        objectiveConstant += constant;
    }

    /** Starts a row of the given family; terms follow, then {@link #endRow}. */
    public void beginRow(Family family, int local) {
        if (rowOpen) {
            throw new IllegalStateException("row " + rowFamilyName() + " is still open");
        }
        if (numRows == rowLo.length) {
            growRows(rowLo.length * 2);
        }
        rowFamily[numRows] = family.id();
        rowLocal[numRows] = local;
        rowStart[numRows] = numNonzeros;
        rowOpen = true;
    }

    /**
     * Starts an indicator row of the given family: {@code x_column = value => lo <= terms <= hi},
     * with {@code x_column} a binary column and the row one-sided or an equality (as CPLEX, Gurobi
     * and SCIP require); terms follow, then {@link #endRow}.
     */
    public void beginIndicatorRow(Family family, int local, int column, int value) {
        if (column < 0 || column >= numCols || colType[column] != VarType.BINARY.ordinal()) {
            throw new IllegalArgumentException(family.memberName(local) + ": an indicator needs a binary column");
        }
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException(family.memberName(local) + ": an indicator value is 0 or 1, got " + value);
        }
        beginRow(family, local);
        openIndicator = column;
        openIndicatorValue = (byte) value;
    }

    /** Adds {@code coefficient * x_col} to the open row; zero coefficients are dropped. */
    public void term(int col, double coefficient) {
        if (coefficient == 0) {
            return;
        }
        if (numNonzeros == rowCol.length) {
            growNonzeros(rowCol.length * 2);
        }
        rowCol[numNonzeros] = col;
        rowCoef[numNonzeros] = coefficient;
        numNonzeros++;
    }

    /**
     * Closes the open row as {@code lo <= sum <= hi}, merging repeated columns. A row left with
     * no terms that {@code 0} satisfies says nothing and is dropped (false is returned); an
     * empty row that 0 violates is kept, so that the model is honestly infeasible.
     */
    public boolean endRow(double lo, double hi) {
        if (!rowOpen) {
            throw new IllegalStateException("no open row");
        }
        int indicator = openIndicator;
        openIndicator = -1;
        if (indicator >= 0 && Double.isFinite(lo) && Double.isFinite(hi) && lo != hi) {
            // The row is dropped, so that the builder stays consistent.
            numNonzeros = rowStart[numRows];
            rowOpen = false;
            throw new IllegalArgumentException(rowFamilyName() + ": an indicator row cannot be ranged");
        }
        mergeRepeatedColumns(rowStart[numRows]);
        rowOpen = false;
        if (numNonzeros == rowStart[numRows] && lo <= EMPTY_ROW_TOLERANCE && hi >= -EMPTY_ROW_TOLERANCE) {
            return false;
        }
        if (indicator >= 0 || indicatorColumn != null) {
            recordIndicator(indicator);
        }
        rowLo[numRows] = lo;
        rowHi[numRows] = hi;
        numRows++;
        rowStart[numRows] = numNonzeros;
        return true;
    }

    /** Notes the open row's switching column (-1: an ordinary row), making room for it first. */
    private void recordIndicator(int column) {
        if (indicatorColumn == null) {
            indicatorColumn = new int[rowLo.length];
            Arrays.fill(indicatorColumn, -1);
            indicatorValue = new byte[rowLo.length];
        } else if (indicatorColumn.length < rowLo.length) {
            int old = indicatorColumn.length;
            indicatorColumn = Arrays.copyOf(indicatorColumn, rowLo.length);
            Arrays.fill(indicatorColumn, old, rowLo.length, -1);
            indicatorValue = Arrays.copyOf(indicatorValue, rowLo.length);
        }
        indicatorColumn[numRows] = column;
        indicatorValue[numRows] = column >= 0 ? openIndicatorValue : 0;
    }

    /** Records that a row family uses an M of this size, derived as {@code origin} says. */
    public void noteBigM(Family family, double m, String origin) {
        double magnitude = Math.abs(m);
        int id = family.id();
        double[] range = id < bigMById.length ? bigMById[id] : null;
        if (range == null) {
            range = bigMRanges.computeIfAbsent(id, key -> new double[] {Double.POSITIVE_INFINITY, 0});
            bigMOrigins.putIfAbsent(id, origin);
            if (id >= bigMById.length) {
                bigMById = Arrays.copyOf(bigMById, Math.max(id + 1, families.size()));
            }
            bigMById[id] = range;
        }
        range[0] = Math.min(range[0], magnitude);
        range[1] = Math.max(range[1], magnitude);
    }

    /**
     * The model built so far. The row arrays (the matrix above all) are trimmed one at a time and
     * handed over rather than copied a second time, so building needs one array's worth of extra
     * memory, not a second copy of the matrix: the whole compile of the credit card model (33
     * million nonzeros) fits a heap of 40 bytes per nonzero (docs/benchmarks.md). Sharing is
     * safe: the builder never writes into a closed row again, and adding rows grows (copies) the
     * trimmed arrays first. Column arrays are copied, since {@link #addObjective} may still
     * change them.
     */
    public LinearModel build() {
        if (rowOpen) {
            throw new IllegalStateException("row " + rowFamilyName() + " is still open");
        }
        List<BigM> bigMs = new ArrayList<>();
        bigMRanges.forEach((id, range) ->
                bigMs.add(new BigM(families.get(id), range[0], range[1], bigMOrigins.get(id))));
        rowCoef = trim(rowCoef, numNonzeros);
        rowCol = trim(rowCol, numNonzeros);
        rowStart = trim(rowStart, numRows + 1);
        rowLo = trim(rowLo, numRows);
        rowHi = trim(rowHi, numRows);
        rowFamily = trim(rowFamily, numRows);
        rowLocal = trim(rowLocal, numRows);
        return new LinearModel(name, families,
                Arrays.copyOf(colLo, numCols), Arrays.copyOf(colHi, numCols), Arrays.copyOf(colType, numCols),
                Arrays.copyOf(colFamily, numCols), Arrays.copyOf(colLocal, numCols),
                Arrays.copyOf(objective, numCols), objectiveConstant,
                rowStart, rowCol, rowCoef, rowLo, rowHi, rowFamily, rowLocal, bigMs,
                indicatorColumn == null ? null : Arrays.copyOf(indicatorColumn, numRows),
                indicatorValue == null ? null : Arrays.copyOf(indicatorValue, numRows));
    }

    private static double[] trim(double[] values, int size) {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    private static int[] trim(int[] values, int size) {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    private String rowFamilyName() {
        return families.get(rowFamily[numRows]).memberName(rowLocal[numRows]);
    }

    /**
     * Merges repeated columns of the open row into their first occurrence, in the order they
     * came, then drops coefficients that cancelled to zero. Each column remembers the merge that
     * last saw it and where it went, so a row of n terms takes n steps, not the n^2 / 2 of a
     * scan (rows reach a layer's fan-in plus two: 52 terms on breast-cancer-50's output).
     */
    private void mergeRepeatedColumns(int start) {
        if (seenIn.length < colLo.length) {
            seenIn = Arrays.copyOf(seenIn, colLo.length);
            seenAt = Arrays.copyOf(seenAt, colLo.length);
        }
        int merge = ++merges;
        int end = numNonzeros;
        int write = start;
        boolean repeated = false;
        for (int read = start; read < end; read++) {
            int col = rowCol[read];
            if (seenIn[col] == merge) {
                rowCoef[seenAt[col]] += rowCoef[read];
                repeated = true;
            } else {
                seenIn[col] = merge;
                seenAt[col] = write;
                rowCol[write] = col;
                rowCoef[write] = rowCoef[read];
                write++;
            }
        }
        if (!repeated) {
            return; // term() keeps no zero, so only a sum can have cancelled
        }
        // Drop coefficients that cancelled to zero.
        int compact = start;
        for (int k = start; k < write; k++) {
            if (rowCoef[k] != 0) {
                rowCol[compact] = rowCol[k];
                rowCoef[compact] = rowCoef[k];
                compact++;
            }
        }
        numNonzeros = compact;
    }
}
