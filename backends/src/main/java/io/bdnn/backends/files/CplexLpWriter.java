package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import io.bdnn.milp.VarType;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a lowered model as CPLEX LP, streaming section by section from the model's row-major
 * arrays.
 *
 * <p>The format rules, chosen so that CBC, GLPK, HiGHS, SCIP and CPLEX read the same model
 * (lp_solve reads no CPLEX LP; give it MPS):
 * <ul>
 *   <li>{@code \} comment lines with the provenance, then the full keywords {@code Minimize},
 *       {@code Subject To}, {@code Bounds}, {@code Generals}, {@code Binaries}, {@code End}
 *       (CBC takes {@code Bin}/{@code Gen} for variable names). Every entry is indented by one
 *       space, so that no name stands in column 1 where GLPK looks for keywords.</li>
 *   <li>The objective {@code obj:} lists every column in model order, with coefficient 0 where
 *       it has none: LP readers number columns in order of first appearance, so GLPK's solution
 *       file, which gives column numbers only, follows the model's order. No objective constant
 *       (CBC drops it, GLPK rejects it): it is in the header and the name map.</li>
 *   <li>Rows {@code name: terms >= lo}, {@code <= hi} or {@code = v}; a ranged row becomes two
 *       rows {@code name.lo: terms >= lo} and {@code name.hi: terms <= hi} (the one-line form
 *       {@code lo <= terms <= hi} breaks CBC and crashes HiGHS-wasm). A row without terms is
 *       written as {@code 0 C} of the first column. An indicator row reads
 *       {@code name: u = 0 -> terms <= rhs}, CPLEX's syntax, read by SCIP, Gurobi and CPLEX; CBC
 *       misreads it silently (it takes {@code ->} for a column and reports the model infeasible),
 *       GLPK and HiGHS reject it.</li>
 *   <li>Explicit bounds on every column: {@code lo <= x <= hi}, {@code x = v}, {@code x free},
 *       {@code -inf <= x <= hi}, {@code lo <= x <= +inf}. Binaries in [0, 1] are listed under
 *       {@code Binaries}, other integer columns under {@code Generals}.</li>
 *   <li>Coefficients as {@code + 2 x}, {@code - x}; lines are wrapped before a term once they
 *       pass {@value #WRAP} characters (continuation lines start with a space).</li>
 * </ul>
 */
public final class CplexLpWriter {
    /** The suffixes {@code .lo} and {@code .hi} of a ranged row's two halves. */
    public static final int RANGE_SUFFIX_LENGTH = 3;
    /** Lines are wrapped before a term beyond this column. */
    static final int WRAP = 200;

    private final LinearModel model;
    private final NameScheme names;
    private final AsciiSink sink;

    private CplexLpWriter(LinearModel model, NameScheme names, OutputStream out) {
        this.model = model;
        this.names = names;
        this.sink = new AsciiSink(out);
    }

    public static WriteStats write(LinearModel model, NameScheme names, ModelFileHeader header, OutputStream out)
            throws IOException {
        return new CplexLpWriter(model, names, out).write(header);
    }

    private WriteStats write(ModelFileHeader header) throws IOException {
        for (String line : header.lines()) {
            sink.write("\\ ").write(line).newline();
        }
        objective();
        rows();
        bounds();
        integers();
        sink.write("End").newline();
        sink.flush();
        return new WriteStats(sink.bytesWritten(), 0, 0);
    }

    private void objective() throws IOException {
        sink.write("Minimize").newline();
        sink.write(' ').write(NameScheme.OBJECTIVE).write(':');
        for (int col = 0; col < model.numColumns(); col++) {
            term(model.objective(col), col);
        }
        sink.newline();
    }

    private void rows() throws IOException {
        sink.write("Subject To").newline();
        for (int row = 0; row < model.numRows(); row++) {
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            if (RowSense.isRanged(lo, hi)) {
                row(row, ".lo", ">=", lo);
                row(row, ".hi", "<=", hi);
            } else if (RowSense.isFree(lo, hi)) {
                // A free row constrains nothing; a huge bound keeps it in the file without infinity syntax.
                row(row, "", ">=", -1e30);
            } else if (lo == hi) {
                row(row, "", "=", lo);
            } else if (lo == Double.NEGATIVE_INFINITY) {
                row(row, "", "<=", hi);
            } else {
                row(row, "", ">=", lo);
            }
        }
    }

    private void row(int row, String suffix, String sense, double rhs) throws IOException {
        sink.write(' ');
        names.writeRowName(sink, row);
        sink.write(suffix).write(':');
        int indicator = model.indicatorColumn(row);
        if (indicator >= 0) {
            sink.write(' ');
            names.writeColumnName(sink, indicator);
            sink.write(" = ").integer(model.indicatorValue(row)).write(" ->");
        }
        int[] columns = model.rowColumns();
        double[] coefficients = model.rowCoefficients();
        if (model.rowStart(row) == model.rowEnd(row) && model.numColumns() > 0) {
            term(0, 0);
        }
        for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
            term(coefficients[nz], columns[nz]);
        }
        sink.write(' ').write(sense).write(' ').number(rhs).newline();
    }

    /** Writes {@code + c name}, {@code - name} or {@code + 0 name}, wrapping long lines first. */
    private void term(double coefficient, int col) throws IOException {
        if (sink.column() > WRAP) {
            sink.newline().write(' ');
        }
        double magnitude = Math.abs(coefficient);
        sink.write(coefficient < 0 ? " - " : " + ");
        if (magnitude != 1) {
            sink.number(magnitude).write(' ');
        }
        names.writeColumnName(sink, col);
    }

    private void bounds() throws IOException {
        sink.write("Bounds").newline();
        for (int col = 0; col < model.numColumns(); col++) {
            double lo = model.colLo(col);
            double hi = model.colHi(col);
            sink.write(' ');
            if (lo == hi) {
                names.writeColumnName(sink, col);
                sink.write(" = ").number(lo);
            } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
                names.writeColumnName(sink, col);
                sink.write(" free");
            } else {
                if (lo == Double.NEGATIVE_INFINITY) {
                    sink.write("-inf");
                } else {
                    sink.number(lo);
                }
                sink.write(" <= ");
                names.writeColumnName(sink, col);
                sink.write(" <= ");
                if (hi == Double.POSITIVE_INFINITY) {
                    sink.write("+inf");
                } else {
                    sink.number(hi);
                }
            }
            sink.newline();
        }
    }

    private void integers() throws IOException {
        list("Generals", false);
        list("Binaries", true);
    }

    /** Lists general integer columns, or binaries in [0, 1], several per line. */
    private void list(String keyword, boolean binaries) throws IOException {
        boolean any = false;
        for (int col = 0; col < model.numColumns(); col++) {
            if (!model.colType(col).isIntegral() || isBinary(col) != binaries) {
                continue;
            }
            if (!any) {
                sink.write(keyword).newline();
                any = true;
            } else if (sink.column() > WRAP) {
                sink.newline();
            }
            sink.write(' ');
            names.writeColumnName(sink, col);
        }
        if (any) {
            sink.newline();
        }
    }

    private boolean isBinary(int col) {
        return model.colType(col) == VarType.BINARY && model.colLo(col) == 0 && model.colHi(col) == 1;
    }
}
