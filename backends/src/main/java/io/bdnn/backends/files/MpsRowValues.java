package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import java.io.IOException;

/**
 * The RHS and RANGES sections of an MPS file, as parts for {@link MpsWriter}: the right-hand
 * side of every row that has a nonzero one ({@link RowSense#mpsRhs}), then the width
 * {@code hi - lo} of every ranged row (the section only when there is one), two (row, value)
 * pairs per card. A section is cut into parts only after an even number of pairs, where the
 * sequential writer starts a new card, so the cards are the same however it is cut.
 */
final class MpsRowValues {
    private final LinearModel model;
    private final MpsCards.Factory cards;
    private final boolean ranges;

    private MpsRowValues(LinearModel model, MpsCards.Factory cards, boolean ranges) {
        this.model = model;
        this.cards = cards;
        this.ranges = ranges;
    }

    /** Adds the RHS section's parts, then the RANGES section's. */
    static void add(LinearModel model, MpsLayout layout, MpsCards.Factory cards,
                    OrderedParts<MpsCards.Rounding> parts) throws IOException {
        new MpsRowValues(model, cards, false).addParts(layout, parts);
        new MpsRowValues(model, cards, true).addParts(layout, parts);
    }

    private void addParts(MpsLayout layout, OrderedParts<MpsCards.Rounding> parts) throws IOException {
        int rows = model.numRows();
        int from = 0;
        int pairs = 0;
        for (int row = 0; row < rows; row++) {
            if (pairs >= layout.linesPerPart() && pairs % 2 == 0) {
                addPart(parts, from, row);
                from = row;
                pairs = 0;
            }
            if (hasPair(row)) {
                pairs++;
            }
        }
        if (!ranges || from > 0 || pairs > 0) {
            addPart(parts, from, rows);
        }
    }

    private void addPart(OrderedParts<MpsCards.Rounding> parts, int from, int to) throws IOException {
        parts.add(sink -> write(cards.on(sink), from, to));
    }

    /** The cards of rows {@code from} to {@code to - 1}, after the section's title when {@code from} is 0. */
    private MpsCards.Rounding write(MpsCards cards, int from, int to) throws IOException {
        AsciiSink sink = cards.sink;
        if (from == 0) {
            sink.write(ranges ? "RANGES" : "RHS").newline();
        }
        boolean open = false;
        for (int row = from; row < to; row++) {
            if (!hasPair(row)) {
                continue;
            }
            double lo = model.rowLo(row);
            double hi = model.rowHi(row);
            char type = RowSense.mpsType(lo, hi);
            double value;
            if (ranges) {
                cards.note(RowSense.rangeChange(type, lo, hi));
                value = hi - lo;
            } else {
                value = RowSense.mpsRhs(type, lo, hi);
            }
            if (!open) {
                cards.field(2).sink.write(ranges ? "RNG" : "RHS");
                cards.field(3).rowName(row).field(4).number(value);
            } else {
                cards.field(5).rowName(row).field(6).number(value).sink.newline();
            }
            open = !open;
        }
        if (open) {
            sink.newline();
        }
        return cards.rounding();
    }

    private boolean hasPair(int row) {
        double lo = model.rowLo(row);
        double hi = model.rowHi(row);
        return ranges ? RowSense.isRanged(lo, hi) : RowSense.mpsRhs(RowSense.mpsType(lo, hi), lo, hi) != 0;
    }
}
