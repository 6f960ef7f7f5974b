package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import io.bdnn.milp.VarType;
import java.io.IOException;

/**
 * The BOUNDS and INDICATORS sections of an MPS file, as parts for {@link MpsWriter}. Every
 * column gets explicit bounds: {@code BV} for a binary in [0, 1]; {@code FX} when both bounds
 * are equal; {@code FR}; {@code MI} then {@code UP}; {@code LO} then {@code UP}, or {@code LO}
 * then {@code PL} for no upper bound. BOUNDS is cut between columns.
 */
final class MpsBounds {
    private final LinearModel model;
    private final MpsCards.Factory cards;

    private MpsBounds(LinearModel model, MpsCards.Factory cards) {
        this.model = model;
        this.cards = cards;
    }

    /** Adds the BOUNDS section's parts, then the INDICATORS section when the model has indicator rows. */
    static void add(LinearModel model, MpsLayout layout, MpsCards.Factory cards,
                    OrderedParts<MpsCards.Rounding> parts) throws IOException {
        MpsBounds bounds = new MpsBounds(model, cards);
        parts.add(sink -> {
            sink.write("BOUNDS").newline();
            return MpsCards.Rounding.NONE;
        });
        for (int first = 0; first < model.numColumns(); first += layout.linesPerPart()) {
            int from = first;
            int to = Math.min(model.numColumns(), first + layout.linesPerPart());
            parts.add(sink -> bounds.bounds(cards.on(sink), from, to));
        }
        if (model.hasIndicators()) {
            parts.add(sink -> bounds.indicators(cards.on(sink)));
        }
    }

    private MpsCards.Rounding bounds(MpsCards cards, int from, int to) throws IOException {
        for (int col = from; col < to; col++) {
            double lo = model.colLo(col);
            double hi = model.colHi(col);
            if (model.colType(col) == VarType.BINARY && lo == 0 && hi == 1) {
                bound(cards, "BV", col, Double.NaN);
            } else if (lo == hi) {
                bound(cards, "FX", col, lo);
            } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
                bound(cards, "FR", col, Double.NaN);
            } else if (lo == Double.NEGATIVE_INFINITY) {
                bound(cards, "MI", col, Double.NaN);
                bound(cards, "UP", col, hi);
            } else {
                bound(cards, "LO", col, lo);
                if (hi == Double.POSITIVE_INFINITY) {
                    bound(cards, "PL", col, Double.NaN);
                } else {
                    bound(cards, "UP", col, hi);
                }
            }
        }
        return cards.rounding();
    }

    private static void bound(MpsCards cards, String type, int col, double value) throws IOException {
        cards.field(1).sink.write(type);
        cards.field(2).sink.write("BND");
        cards.field(3).columnName(col);
        if (!Double.isNaN(value)) {
            cards.field(4).number(value);
        }
        cards.sink.newline();
    }

    /**
     * The {@code INDICATORS} section (CPLEX's extension, read by SCIP, Gurobi and OR-Tools; CBC,
     * GLPK, HiGHS and lp_solve reject the file): {@code IF row column value} per indicator row,
     * whose terms and right-hand side are in the sections above. In fixed MPS the fields are 1 to 4.
     */
    private MpsCards.Rounding indicators(MpsCards cards) throws IOException {
        AsciiSink sink = cards.sink;
        sink.write("INDICATORS").newline();
        for (int row = 0; row < model.numRows(); row++) {
            int col = model.indicatorColumn(row);
            if (col >= 0) {
                cards.field(1).sink.write("IF");
                cards.field(2).rowName(row).field(3).columnName(col).field(4).sink.integer(model.indicatorValue(row));
                sink.newline();
            }
        }
        return cards.rounding();
    }
}
