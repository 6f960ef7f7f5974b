package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>A large model is formatted in parts of about a megabyte on one thread per core and the
 * parts are written in order ({@link OrderedParts}), with the names of rows and columns made once
 * ({@link NameTable}); parts are cut where the sequential writer starts a new card, so the bytes
 * are the same either way (tested). Writing files is the product's core, so this is hand-written
 * rather than a library's: see docs/benchmarks.md for what it buys.
 */
public final class MpsWriter {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final LinearModel model;
    private final NameScheme names;
    private final boolean fixed;
    private final OutputStream out;
    private final MpsLayout layout;
    /** The names' tables, when the caller shares them (with the name map's writer); else made here when parallel. */
    private NameTables tables;
    private NameTable rowTable;
    private NameTable columnTable;
    private MpsCards.Rounding rounding = MpsCards.Rounding.NONE;

    private MpsWriter(LinearModel model, NameScheme names, boolean fixed, OutputStream out, MpsLayout layout,
                      NameTables tables) {
        this.model = model;
        this.names = names;
        this.fixed = fixed;
        this.out = out;
        this.layout = layout;
        this.tables = tables;
    }

    /** Writes free MPS. */
    public static WriteStats writeFree(LinearModel model, NameScheme names, ModelFileHeader header, OutputStream out)
            throws IOException {
        return new MpsWriter(model, names, false, out, MpsLayout.of(model), null).write(header);
    }

    /** Writes fixed MPS; the names must be at most 8 characters long (the short scheme). */
    public static WriteStats writeFixed(LinearModel model, NameScheme names, ModelFileHeader header, OutputStream out)
            throws IOException {
        return new MpsWriter(model, names, true, out, MpsLayout.of(model), null).write(header);
    }

    /** Writes with a given layout (tests: small parts give the same bytes). */
    static WriteStats write(LinearModel model, NameScheme names, ModelFileHeader header, boolean fixed,
                            OutputStream out, MpsLayout layout) throws IOException {
        return new MpsWriter(model, names, fixed, out, layout, null).write(header);
    }

    /**
     * Writes with a given layout of at least two threads, filling the given names' tables (which
     * must be this model's and this scheme's, in blocks of {@code layout.nameShift()}).
     */
    static WriteStats write(LinearModel model, NameScheme names, ModelFileHeader header, boolean fixed,
                            OutputStream out, MpsLayout layout, NameTables tables) throws IOException {
        if (layout.threads() < 2) {
            throw new IllegalArgumentException("names' tables are filled by a parallel write");
        }
        return new MpsWriter(model, names, fixed, out, layout, tables).write(header);
    }

    private WriteStats write(ModelFileHeader header) throws IOException {
        ExecutorService pool = layout.threads() < 2 ? null : Executors.newFixedThreadPool(layout.threads(), task -> {
            Thread thread = new Thread(task, "bdnn-mps-writer");
            thread.setDaemon(true);
            return thread;
        });
        OrderedParts<MpsCards.Rounding> parts = new OrderedParts<>(out, pool, 2 * layout.threads() + 2,
                part -> rounding = rounding.plus(part));
        try {
            Future<ColumnMajor> matrix = null;
            if (pool != null) {
                // First in the pool's queue: the matrix's column-major copy and the columns' names;
                // the rows' names are made by the ROWS section's parts, one block each.
                matrix = pool.submit(() -> ColumnMajor.of(model));
                if (tables == null && layout.tables() && MpsLayout.tablesFit(model, names)) {
                    tables = new NameTables(model, names, layout.nameShift());
                }
                if (tables != null) {
                    columnTable = tables.columns;
                    for (int block = 0; block < columnTable.blocks(); block++) {
                        int b = block;
                        pool.submit(() -> {
                            columnTable.fill(b);
                            return null;
                        });
                    }
                    rowTable = tables.rows;
                }
            }
            parts.add(sink -> head(header, new MpsCards(sink, fixed, names, null, null)));
            rows(parts);
            columns(parts, matrix != null ? OrderedParts.await(matrix) : ColumnMajor.of(model));
            MpsRowValues.add(model, layout, this::cards, parts);
            MpsBounds.add(model, layout, this::cards, parts);
            long bytes = parts.finish();
            AsciiSink sink = new AsciiSink(out, 1 << 10);
            if (rounding.count() > 0) {
                sink.write("* values rounded to fit their fields: ").integer(rounding.count())
                        .write(", largest relative change ").write(DecimalText.text(rounding.largest())).newline();
            }
            sink.write("ENDATA").newline();
            sink.flush();
            return new WriteStats(bytes + sink.bytesWritten(), rounding.count(), rounding.largest());
        } catch (IOException | RuntimeException | Error e) {
            parts.abandon();
            if (tables != null) {
                tables.abandon();
            }
            throw e;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Cards for a part after the ROWS section: it waits until every name is in the tables. */
    private MpsCards cards(AsciiSink sink) throws IOException {
        if (rowTable != null) {
            rowTable.awaitAll();
            columnTable.awaitAll();
        }
        return new MpsCards(sink, fixed, names, rowTable, columnTable);
    }

    private MpsCards.Rounding head(ModelFileHeader header, MpsCards cards) throws IOException {
        AsciiSink sink = cards.sink;
        for (String line : header.lines()) {
            sink.write("* ").write(line).newline();
        }
        String name = SIMPLE_NAME.matcher(header.provenance().model()).matches() ? header.provenance().model() : "bdnn";
        if (fixed) {
            sink.write("NAME").padTo(14).write(name.length() > 8 ? name.substring(0, 8) : name).newline();
        } else {
            sink.write("NAME ").write(name).write(" FREE").newline();
        }
        sink.write("ROWS").newline();
        cards.field(1).sink.write('N');
        cards.field(2).rowName(-1).sink.newline();
        return cards.rounding();
    }

    /** ROWS, in parts of one block of the row names' table (which each part fills), or of {@code linesPerPart} rows. */
    private void rows(OrderedParts<MpsCards.Rounding> parts) throws IOException {
        if (rowTable == null) {
            for (int first = 0; first < model.numRows(); first += layout.linesPerPart()) {
                int from = first;
                int to = Math.min(model.numRows(), first + layout.linesPerPart());
                parts.add(sink -> rowCards(new MpsCards(sink, fixed, names, null, null), from, to));
            }
            return;
        }
        for (int block = 0; block < rowTable.blocks(); block++) {
            int b = block;
            parts.add(sink -> {
                rowTable.fill(b);
                return rowCards(new MpsCards(sink, fixed, names, rowTable, null), rowTable.first(b), rowTable.end(b));
            });
        }
    }

    private MpsCards.Rounding rowCards(MpsCards cards, int from, int to) throws IOException {
        for (int row = from; row < to; row++) {
            cards.field(1).sink.write(RowSense.mpsType(model.rowLo(row), model.rowHi(row)));
            cards.field(2).rowName(row).sink.newline();
        }
        return cards.rounding();
    }

    /** COLUMNS, cut between columns: every column starts a new card. */
    private void columns(OrderedParts<MpsCards.Rounding> parts, ColumnMajor matrix) throws IOException {
        parts.add(sink -> {
            sink.write("COLUMNS").newline();
            return MpsCards.Rounding.NONE;
        });
        int columns = model.numColumns();
        int from = 0;
        while (from < columns) {
            int to = from + 1;
            while (to < columns && matrix.start(to) - matrix.start(from) < layout.nonzerosPerPart()
                    && to - from < layout.linesPerPart()) {
                to++;
            }
            int first = from;
            int end = to;
            parts.add(sink -> columnRange(cards(sink), matrix, first, end));
            from = to;
        }
        if (columns > 0 && model.colType(columns - 1).isIntegral()) {
            parts.add(sink -> {
                MpsCards cards = cards(sink);
                marker(cards, "'INTEND'");
                return cards.rounding();
            });
        }
    }

    private MpsCards.Rounding columnRange(MpsCards cards, ColumnMajor matrix, int from, int to) throws IOException {
        boolean inIntegers = from > 0 && model.colType(from - 1).isIntegral();
        for (int col = from; col < to; col++) {
            boolean integral = model.colType(col).isIntegral();
            if (integral != inIntegers) {
                marker(cards, integral ? "'INTORG'" : "'INTEND'");
                inIntegers = integral;
            }
            boolean open = false;
            double cost = model.objective(col);
            if (cost != 0 || matrix.start(col) == matrix.end(col)) {
                open = entry(cards, col, -1, cost, false);
            }
            for (int entry = matrix.start(col); entry < matrix.end(col); entry++) {
                open = entry(cards, col, matrix.row(entry), matrix.coefficient(entry), open);
            }
            if (open) {
                cards.sink.newline();
            }
        }
        return cards.rounding();
    }

    /** Writes one (row, value) pair of column {@code col}; row -1 is the objective. Returns whether a card is half full. */
    private static boolean entry(MpsCards cards, int col, int row, double value, boolean open) throws IOException {
        if (!open) {
            cards.field(2).columnName(col).field(3).rowName(row).field(4).number(value);
            return true;
        }
        cards.field(5).rowName(row).field(6).number(value).sink.newline();
        return false;
    }

    private static void marker(MpsCards cards, String kind) throws IOException {
        cards.field(2).sink.write("MARKER");
        cards.field(3).sink.write("'MARKER'");
        cards.field(5).sink.write(kind).newline();
    }

    /**
     * What free MPS rounds, known before writing: only ranges whose width does not rebuild the
     * far side exactly (the values themselves are written exactly), as the RANGES section notes them.
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
}
