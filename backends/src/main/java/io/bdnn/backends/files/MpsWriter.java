package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import io.bdnn.milp.VarType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a lowered model as free or fixed MPS (with an {@code INDICATORS} section when the model
 * has indicator rows), streaming section by section straight from the
 * model's primitive arrays (the COLUMNS section from a column-major copy of them).
 *
 * <p>The format rules, chosen so that CBC, GLPK, lp_solve, HiGHS, SCIP and OR-Tools all read the
 * same model (see {@code docs/files.md} and {@code SOLVER-FORMATS.md}):
 * <ul>
 *   <li>Header: {@code *} comment lines with the provenance ({@link ModelFileHeader}), then
 *       {@code NAME model FREE} (free; the keyword keeps CoinMpsIO from guessing fixed) or
 *       {@code NAME} with the name in columns 15-22 (fixed).</li>
 *   <li>Minimisation form with no {@code OBJSENSE} section (GLPK rejects it, CBC ignores it); the
 *       objective row {@code N obj} comes first and gets no right-hand side: the objective
 *       constant is only in the header and the name map.</li>
 *   <li>Rows and ranges as {@link RowSense} says; a right-hand side of 0 is not written.</li>
 *   <li>COLUMNS in model order (GLPK numbers solution columns in this order), at most two
 *       (row, value) pairs per card, the objective entry first; a column with no entry at all
 *       gets {@code obj 0} so that it exists. Runs of integer and binary columns sit between
 *       {@code MARKER 'MARKER' 'INTORG'} and {@code 'INTEND'}.</li>
 *   <li>Explicit bounds on every column: {@code BV} for a binary in [0, 1]; {@code FX} when
 *       both bounds are equal; {@code FR}; {@code MI} then {@code UP}; {@code LO} then
 *       {@code UP}, or {@code LO} then {@code PL} for no upper bound (an integer column with only
 *       {@code LO} is read as binary by some readers). A negative {@code UP} never stands
 *       without a lower bound.</li>
 *   <li>Free MPS separates fields by one space and never writes more than two pairs per line.
 *       Fixed MPS puts fields in columns 2, 5, 15, 25, 40 and 50, names of at most 8
 *       characters and numbers of at most 12 ({@link FixedWidthNumber}); a comment before
 *       {@code ENDATA} counts the values it had to round and gives the largest relative change.</li>
 * </ul>
 */
public final class MpsWriter {
    /** 0-based first character of fields 1 to 6 of a fixed MPS card. */
    private static final int[] FIXED_FIELD = {0, 1, 4, 14, 24, 39, 49};
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_]+");
    /** Formatted fixed-width numbers are cached: data coefficients repeat a lot. */
    private static final int CACHE_LIMIT = 1 << 16;

    private final LinearModel model;
    private final NameScheme names;
    private final boolean fixed;
    private final AsciiSink sink;
    private final Map<Double, FixedText> fixedCache = new HashMap<>();
    private long rounded;
    private double largestChange;

    private MpsWriter(LinearModel model, NameScheme names, boolean fixed, OutputStream out) {
        this.model = model;
        this.names = names;
        this.fixed = fixed;
        this.sink = new AsciiSink(out);
    }

    /** Writes free MPS. */
    public static WriteStats writeFree(LinearModel model, NameScheme names, ModelFileHeader header, OutputStream out)
            throws IOException {
        return new MpsWriter(model, names, false, out).write(header);
    }

    /** Writes fixed MPS; the names must be at most 8 characters long (the short scheme). */
    public static WriteStats writeFixed(LinearModel model, NameScheme names, ModelFileHeader header, OutputStream out)
            throws IOException {
        return new MpsWriter(model, names, true, out).write(header);
    }

    private WriteStats write(ModelFileHeader header) throws IOException {
        for (String line : header.lines()) {
            sink.write("* ").write(line).newline();
        }
        String name = SIMPLE_NAME.matcher(header.provenance().model()).matches() ? header.provenance().model() : "bdnn";
        if (fixed) {
            sink.write("NAME").padTo(FIXED_FIELD[3]).write(name.length() > 8 ? name.substring(0, 8) : name).newline();
        } else {
            sink.write("NAME ").write(name).write(" FREE").newline();
        }
        rows();
        columns();
        rightHandSides();
        ranges();
        bounds();
        indicators();
        if (rounded > 0) {
            sink.write("* values rounded to fit their fields: ").integer(rounded).write(", largest relative change ")
                    .write(DecimalText.text(largestChange)).newline();
        }
        sink.write("ENDATA").newline();
        sink.flush();
        return new WriteStats(sink.bytesWritten(), rounded, largestChange);
    }

    private void rows() throws IOException {
        sink.write("ROWS").newline();
        field(1);
        sink.write('N');
        field(2);
        sink.write(NameScheme.OBJECTIVE).newline();
        for (int row = 0; row < model.numRows(); row++) {
            field(1);
            sink.write(RowSense.mpsType(model.rowLo(row), model.rowHi(row)));
            field(2);
            names.writeRowName(sink, row);
            sink.newline();
        }
    }

    private void columns() throws IOException {
        sink.write("COLUMNS").newline();
        ColumnMajor matrix = ColumnMajor.of(model);
        boolean inIntegers = false;
        for (int col = 0; col < model.numColumns(); col++) {
            boolean integral = model.colType(col).isIntegral();
            if (integral != inIntegers) {
                marker(integral ? "'INTORG'" : "'INTEND'");
                inIntegers = integral;
            }
            boolean open = false;
            double cost = model.objective(col);
            if (cost != 0 || matrix.start(col) == matrix.end(col)) {
                open = entry(col, -1, cost, false);
            }
            for (int entry = matrix.start(col); entry < matrix.end(col); entry++) {
                open = entry(col, matrix.row(entry), matrix.coefficient(entry), open);
            }
            if (open) {
                sink.newline();
            }
        }
        if (inIntegers) {
            marker("'INTEND'");
        }
    }

    /** Writes one (row, value) pair of column {@code col}; row -1 is the objective. Returns whether a card is half full. */
    private boolean entry(int col, int row, double value, boolean open) throws IOException {
        if (!open) {
            field(2);
            names.writeColumnName(sink, col);
            field(3);
            rowName(row);
            field(4);
            number(value);
            return true;
        }
        field(5);
        rowName(row);
        field(6);
        number(value);
        sink.newline();
        return false;
    }

    private void marker(String kind) throws IOException {
        field(2);
        sink.write("MARKER");
        field(3);
        sink.write("'MARKER'");
        field(5);
        sink.write(kind).newline();
    }

    private void rightHandSides() throws IOException {
        sink.write("RHS").newline();
        boolean open = false;
        for (int row = 0; row < model.numRows(); row++) {
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            double rhs = RowSense.mpsRhs(RowSense.mpsType(lo, hi), lo, hi);
            if (rhs != 0) {
                open = pair("RHS", row, rhs, open);
            }
        }
        if (open) {
            sink.newline();
        }
    }

    private void ranges() throws IOException {
        boolean any = false;
        boolean open = false;
        for (int row = 0; row < model.numRows(); row++) {
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            if (RowSense.isRanged(lo, hi)) {
                if (!any) {
                    sink.write("RANGES").newline();
                    any = true;
                }
                char type = RowSense.mpsType(lo, hi);
                note(RowSense.rangeChange(type, lo, hi));
                open = pair("RNG", row, hi - lo, open);
            }
        }
        if (open) {
            sink.newline();
        }
    }

    /** A card of the RHS or RANGES section: set name, then up to two (row, value) pairs. */
    private boolean pair(String set, int row, double value, boolean open) throws IOException {
        if (!open) {
            field(2);
            sink.write(set);
            field(3);
            names.writeRowName(sink, row);
            field(4);
            number(value);
            return true;
        }
        field(5);
        names.writeRowName(sink, row);
        field(6);
        number(value);
        sink.newline();
        return false;
    }

    private void bounds() throws IOException {
        sink.write("BOUNDS").newline();
        for (int col = 0; col < model.numColumns(); col++) {
            double lo = model.colLo(col);
            double hi = model.colHi(col);
            if (model.colType(col) == VarType.BINARY && lo == 0 && hi == 1) {
                bound("BV", col, Double.NaN);
            } else if (lo == hi) {
                bound("FX", col, lo);
            } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
                bound("FR", col, Double.NaN);
            } else if (lo == Double.NEGATIVE_INFINITY) {
                bound("MI", col, Double.NaN);
                bound("UP", col, hi);
            } else {
                bound("LO", col, lo);
                if (hi == Double.POSITIVE_INFINITY) {
                    bound("PL", col, Double.NaN);
                } else {
                    bound("UP", col, hi);
                }
            }
        }
    }

    /**
     * The {@code INDICATORS} section (CPLEX's extension, read by SCIP, Gurobi and OR-Tools; CBC,
     * GLPK, HiGHS and lp_solve reject the file): {@code IF row column value} per indicator row, whose terms and
     * right-hand side are in the sections above. In fixed MPS the fields are 1 to 4.
     */
    private void indicators() throws IOException {
        if (!model.hasIndicators()) {
            return;
        }
        sink.write("INDICATORS").newline();
        for (int row = 0; row < model.numRows(); row++) {
            int col = model.indicatorColumn(row);
            if (col < 0) {
                continue;
            }
            field(1);
            sink.write("IF");
            field(2);
            names.writeRowName(sink, row);
            field(3);
            names.writeColumnName(sink, col);
            field(4);
            sink.integer(model.indicatorValue(row));
            sink.newline();
        }
    }

    private void bound(String type, int col, double value) throws IOException {
        field(1);
        sink.write(type);
        field(2);
        sink.write("BND");
        field(3);
        names.writeColumnName(sink, col);
        if (!Double.isNaN(value)) {
            field(4);
            number(value);
        }
        sink.newline();
    }

    private void rowName(int row) throws IOException {
        if (row < 0) {
            sink.write(NameScheme.OBJECTIVE);
        } else {
            names.writeRowName(sink, row);
        }
    }

    /** Moves to the start of a field: one space in free MPS, its column in fixed MPS. */
    private void field(int field) throws IOException {
        if (fixed) {
            sink.padTo(FIXED_FIELD[field]);
        } else {
            sink.write(' ');
        }
    }

    private void number(double value) throws IOException {
        if (!fixed) {
            sink.number(value);
            return;
        }
        if (DecimalText.isSmallInteger(value) && Math.abs(value) < 1e11) {
            sink.number(value);
            return;
        }
        FixedText text = fixedCache.get(value);
        if (text == null) {
            String formatted = FixedWidthNumber.format(value);
            text = new FixedText(formatted, FixedWidthNumber.relativeChange(value, formatted));
            if (fixedCache.size() < CACHE_LIMIT) {
                fixedCache.put(value, text);
            }
        }
        note(text.change());
        sink.write(text.text());
    }

    /** A number's fixed-width text and the relative change it makes. */
    private record FixedText(String text, double change) {
    }

    /**
     * What free MPS rounds, known before writing: only ranges whose width does not rebuild the
     * far side exactly (the values themselves are written exactly), as {@link #ranges} notes them.
     */
    static WriteStats freeRounding(LinearModel model) {
        long count = 0;
        double largest = 0;
        for (int row = 0; row < model.numRows(); row++) {
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            if (RowSense.isRanged(lo, hi)) {
                double change = RowSense.rangeChange(RowSense.mpsType(lo, hi), lo, hi);
                if (change > 0) {
                    count++;
                    largest = Math.max(largest, change);
                }
            }
        }
        return new WriteStats(0, count, largest);
    }

    private void note(double change) {
        if (change > 0) {
            rounded++;
            largestChange = Math.max(largestChange, change);
        }
    }
}
