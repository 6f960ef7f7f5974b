package io.bdnn.backends.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One part's writer of MPS cards ({@link MpsWriter} formats a file in parts, possibly on several
 * threads): moves to a card's fields, one space apart in free MPS or at their columns in fixed
 * MPS, writes names, copied from {@link NameTable}s when the writer built them, and numbers, and
 * counts the values fixed MPS had to round to fit its 12-character fields.
 */
final class MpsCards {
    /** 0-based first character of fields 1 to 6 of a fixed MPS card. */
    private static final int[] FIXED_FIELD = {0, 1, 4, 14, 24, 39, 49};
    /** Formatted fixed-width numbers are cached: data coefficients repeat a lot. */
    private static final int CACHE_LIMIT = 1 << 16;
    private static final int CACHE_BITS = 10;
    private static final int CACHE_SLOTS = 1 << CACHE_BITS;

    final AsciiSink sink;
    private final boolean fixed;
    private final NameScheme names;
    private final NameTable rowTable;
    private final NameTable columnTable;
    private Map<Double, FixedText> fixedCache;
    /** Free MPS: the texts of recent fractional values, by a hash of their bits (see {@link #number}). */
    private final long[] cachedBits = new long[CACHE_SLOTS];
    private final byte[][] cachedText = new byte[CACHE_SLOTS][];
    private long rounded;
    private double largestChange;

    /** Cards on a part's sink. */
    interface Factory {
        MpsCards on(AsciiSink sink) throws IOException;
    }

    /** The values a part rounded: how many, and the largest relative change. */
    record Rounding(long count, double largest) {
        static final Rounding NONE = new Rounding(0, 0);

        Rounding plus(Rounding other) {
            return new Rounding(count + other.count, Math.max(largest, other.largest));
        }
    }

    /** Cards into {@code sink}; the tables may be null (names are then decoded by the scheme). */
    MpsCards(AsciiSink sink, boolean fixed, NameScheme names, NameTable rowTable, NameTable columnTable) {
        this.sink = sink;
        this.fixed = fixed;
        this.names = names;
        this.rowTable = rowTable;
        this.columnTable = columnTable;
    }

    /** Moves to the start of field 1 to 6: one space in free MPS, its column in fixed MPS. */
    MpsCards field(int field) throws IOException {
        if (fixed) {
            sink.padTo(FIXED_FIELD[field]);
        } else {
            sink.write(' ');
        }
        return this;
    }

    /** Writes a row's name; row -1 is the objective. */
    MpsCards rowName(int row) throws IOException {
        if (row < 0) {
            sink.write(NameScheme.OBJECTIVE);
        } else if (rowTable != null) {
            rowTable.write(sink, row);
        } else {
            names.writeRowName(sink, row);
        }
        return this;
    }

    MpsCards columnName(int col) throws IOException {
        if (columnTable != null) {
            columnTable.write(sink, col);
        } else {
            names.writeColumnName(sink, col);
        }
        return this;
    }

    /**
     * Writes a finite number: exactly in free MPS, in at most 12 characters in fixed MPS (noting
     * the rounding). Free MPS keeps the texts of fractional values in a small direct-mapped cache:
     * a model's coefficients are few distinct values (132 among the 1.3 million of the breast
     * cancer benchmark: the data's scaled values and the big-M constants), each of which would
     * otherwise cost a search for its shortest round-trip digits ({@link DecimalText}).
     */
    MpsCards number(double value) throws IOException {
        // Most coefficients of a training MILP are 1 or -1 (70% on breast-cancer-50).
        if (value == 1) {
            sink.write('1');
            return this;
        }
        if (value == -1) {
            sink.write('-').write('1');
            return this;
        }
        if (DecimalText.isSmallInteger(value) && (!fixed || Math.abs(value) < 1e11)) {
            sink.number(value);
            return this;
        }
        if (!fixed) {
            long bits = Double.doubleToRawLongBits(value);
            int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> (64 - CACHE_BITS));
            byte[] text = cachedText[slot];
            if (text != null && cachedBits[slot] == bits) {
                sink.write(text);
                return this;
            }
            long mark = sink.bytesWritten();
            sink.number(value);
            text = sink.since(mark);
            if (text != null) {
                cachedText[slot] = text;
                cachedBits[slot] = bits;
            }
            return this;
        }
        if (fixedCache == null) {
            fixedCache = new HashMap<>();
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
        return this;
    }

    /** Counts a value written with a relative change (0: exact). */
    void note(double change) {
        if (change > 0) {
            rounded++;
            largestChange = Math.max(largestChange, change);
        }
    }

    Rounding rounding() {
        return rounded == 0 ? Rounding.NONE : new Rounding(rounded, largestChange);
    }

    /** A number's fixed-width text and the relative change it makes. */
    private record FixedText(String text, double change) {
    }
}
