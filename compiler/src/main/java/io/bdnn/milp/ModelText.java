package io.bdnn.milp;

import java.util.Locale;

/**
 * A plain-text form of a lowered model, one line per row, for rule tests ("text in, text out")
 * and for debugging. Rows read {@code name: 2 x - 3 y <= 4}, indicator rows
 * {@code name: u = 0 -> 2 x - 3 y <= 4}; columns {@code name in [lo, hi] type}.
 */
public final class ModelText {
    private ModelText() {
    }

    public static String rows(LinearModel model) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < model.numRows(); row++) {
            text.append(row(model, row)).append('\n');
        }
        return text.toString();
    }

    public static String columns(LinearModel model) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < model.numColumns(); col++) {
            text.append(model.columnName(col)).append(" in [").append(number(model.colLo(col))).append(", ")
                    .append(number(model.colHi(col))).append("] ").append(model.colType(col).name().toLowerCase())
                    .append('\n');
        }
        return text.toString();
    }

    public static String objective(LinearModel model) {
        StringBuilder text = new StringBuilder("min:");
        boolean first = true;
        for (int col = 0; col < model.numColumns(); col++) {
            if (model.objective(col) != 0) {
                appendTerm(text, model.objective(col), model.columnName(col), first);
                first = false;
            }
        }
        return text.append(" + ").append(number(model.objectiveConstant())).toString();
    }

    public static String row(LinearModel model, int row) {
        StringBuilder text = new StringBuilder(model.rowName(row)).append(':');
        if (model.indicatorColumn(row) >= 0) {
            text.append(' ').append(model.columnName(model.indicatorColumn(row))).append(" = ")
                    .append(model.indicatorValue(row)).append(" ->");
        }
        int[] cols = model.rowColumns();
        double[] coefs = model.rowCoefficients();
        for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
            appendTerm(text, coefs[nz], model.columnName(cols[nz]), nz == model.rowStart(row));
        }
        double lo = model.rowLo(row);
        double hi = model.rowHi(row);
        if (lo == hi) {
            text.append(" = ").append(number(hi));
        } else if (Double.isInfinite(lo)) {
            text.append(" <= ").append(number(hi));
        } else if (Double.isInfinite(hi)) {
            text.append(" >= ").append(number(lo));
        } else {
            text.append(" in [").append(number(lo)).append(", ").append(number(hi)).append(']');
        }
        return text.toString();
    }

    private static void appendTerm(StringBuilder text, double coef, String name, boolean first) {
        if (first) {
            text.append(coef < 0 ? " -" : " ");
        } else {
            text.append(coef < 0 ? " - " : " + ");
        }
        double magnitude = Math.abs(coef);
        if (magnitude != 1) {
            text.append(number(magnitude)).append(' ');
        }
        text.append(name);
    }

    /** Shortest readable form: integers without a point, others with up to 6 significant digits. */
    public static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
