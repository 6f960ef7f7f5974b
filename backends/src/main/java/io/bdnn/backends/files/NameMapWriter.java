package io.bdnn.backends.files;

import io.bdnn.ast.SourceSpan;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the name map beside a model file ({@code out.map.json}): JSON, streamed entry by entry.
 *
 * <p>Format {@code bdnn-name-map}, version 1. Top-level fields, in this order: {@code format},
 * {@code version}, {@code compiler}, {@code model}, {@code source}, {@code source_sha256},
 * {@code data_sha256}, {@code model_file}, {@code options} ({@code format}, {@code names},
 * {@code gzip}), {@code objective} ({@code name}, {@code sense} = {@code minimize},
 * {@code constant}: the value to add to a solver's objective), {@code size} ({@code columns},
 * {@code binaries}, {@code integers}, {@code rows}, {@code nonzeros}), {@code rounded_values}
 * ({@code count}, {@code largest_relative_change}: numbers fixed MPS could not write exactly),
 * {@code axes} (what each index prefix means: {@code n} neuron, {@code in} input, {@code s}
 * sample), {@code families}, {@code columns}, {@code rows}.
 *
 * <p>Each family: {@code id}, {@code pattern} (its members' path with a star for each index, such
 * as <code>hidden/n&#42;/s&#42;/u</code>),
 * {@code layer}, {@code kind}, {@code axes} (prefixes), {@code sizes}, {@code rule} (the lowering
 * rule that made it) and {@code span} ({@code file}, {@code line}, {@code column},
 * {@code end_line}, {@code end_column}; 0 when unknown). Each column and row is one line
 * {@code [name, family, i1, i2, ...]}: its name in the model file, its family's id and its
 * 1-based indices along the family's axes (for {@code hidden.n2.s17.u}: neuron 2, sample 17).
 * Columns are in file order, which is the model's column order and GLPK's column numbering;
 * rows are in model order (an LP file writes a ranged row as {@code name.lo} and
 * {@code name.hi}).
 */
public final class NameMapWriter {
    public static final String FORMAT = "bdnn-name-map";
    public static final int VERSION = 1;
    private static final Map<String, String> AXIS_MEANINGS = Map.of("n", "neuron", "in", "input", "s", "sample",
            "g", "group");

    private NameMapWriter() {
    }

    /**
     * Writes the map of a model file.
     *
     * @param modelFile the model file's name, relative to the map's folder
     * @param gzip      whether the model file is compressed
     * @param stats     what writing the model file did (for the rounded values)
     */
    public static void write(LinearModel model, NameScheme names, ModelFileHeader header, String modelFile,
                             boolean gzip, WriteStats stats, OutputStream out) throws IOException {
        write(model, names, null, header, modelFile, gzip, stats, out);
    }

    /** The same, copying the names from the tables the MPS writer fills meanwhile (when not null). */
    static void write(LinearModel model, NameScheme names, NameTables tables, ModelFileHeader header,
                      String modelFile, boolean gzip, WriteStats stats, OutputStream out) throws IOException {
        AsciiSink sink = new AsciiSink(out);
        Provenance provenance = header.provenance();
        sink.write("{").newline();
        field(sink, "format", JsonText.quote(FORMAT));
        field(sink, "version", Integer.toString(VERSION));
        field(sink, "compiler", JsonText.quote(Version.COMPILER));
        field(sink, "model", JsonText.quote(provenance.model()));
        field(sink, "source", JsonText.quote(provenance.source()));
        field(sink, "source_sha256", JsonText.quote(provenance.sourceSha256()));
        field(sink, "data_sha256", JsonText.quote(provenance.dataSha256()));
        field(sink, "model_file", JsonText.quote(modelFile));
        field(sink, "options", "{\"format\": " + JsonText.quote(header.format().label()) + ", \"names\": "
                + JsonText.quote(names.kind().label()) + ", \"gzip\": " + gzip + "}");
        field(sink, "objective", "{\"name\": " + JsonText.quote(NameScheme.OBJECTIVE)
                + ", \"sense\": \"minimize\", \"constant\": " + DecimalText.text(header.objectiveConstant()) + "}");
        var counts = header.counts();
        field(sink, "size", "{\"columns\": " + counts.variables() + ", \"binaries\": " + counts.binaries()
                + ", \"integers\": " + counts.integers() + ", \"rows\": " + counts.rows() + ", \"nonzeros\": "
                + counts.nonzeros() + "}");
        field(sink, "rounded_values", "{\"count\": " + stats.roundedValues() + ", \"largest_relative_change\": "
                + DecimalText.text(stats.largestRelativeChange()) + "}");
        field(sink, "axes", axes(model));
        sink.write("  \"families\": [").newline();
        for (Family family : model.families()) {
            sink.write("    ").write(family(family));
            sink.write(family.id() + 1 < model.families().size() ? "," : "").newline();
        }
        sink.write("  ],").newline();
        Indices indices = new Indices(model);
        sink.write("  \"columns\": [").newline();
        NameTable.Namer columnNames = names::writeColumnName;
        if (tables != null) {
            tables.columns.awaitAll();
            columnNames = tables.columns::write;
        }
        for (int col = 0; col < model.numColumns(); col++) {
            sink.write(ENTRY_START);
            columnNames.write(sink, col);
            indices.writeTail(sink, model.columnFamily(col).id(), model.columnLocalIndex(col),
                    col + 1 < model.numColumns());
        }
        sink.write("  ],").newline();
        sink.write("  \"rows\": [").newline();
        NameTable.Namer rowNames = names::writeRowName;
        if (tables != null) {
            tables.rows.awaitAll();
            rowNames = tables.rows::write;
        }
        for (int row = 0; row < model.numRows(); row++) {
            sink.write(ENTRY_START);
            rowNames.write(sink, row);
            indices.writeTail(sink, model.rowFamily(row).id(), model.rowLocalIndex(row), row + 1 < model.numRows());
        }
        sink.write("  ]").newline();
        sink.write("}").newline();
        sink.flush();
    }

    private static void field(AsciiSink sink, String name, String value) throws IOException {
        sink.write("  \"").write(name).write("\": ").write(value).write(",").newline();
    }

    private static final byte[] ENTRY_START = "    [\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Writes the end of an entry, family id and 1-based indices, decoding indices without allocating. */
    private static final class Indices {
        private final int[][] sizes;
        private final int[] scratch;

        Indices(LinearModel model) {
            sizes = new int[model.families().size()][];
            int most = 0;
            for (Family family : model.families()) {
                sizes[family.id()] = family.axes().stream().mapToInt(Family.Axis::size).toArray();
                most = Math.max(most, sizes[family.id()].length);
            }
            scratch = new int[most];
        }

        void writeTail(AsciiSink sink, int family, int local, boolean more) throws IOException {
            sink.write('"').write(',').write(' ').integer(family);
            int[] axisSizes = sizes[family];
            for (int a = axisSizes.length - 1; a >= 0; a--) {
                scratch[a] = local % axisSizes[a];
                local /= axisSizes[a];
            }
            for (int a = 0; a < axisSizes.length; a++) {
                sink.write(',').write(' ').integer(scratch[a] + 1L);
            }
            sink.write(']');
            if (more) {
                sink.write(',');
            }
            sink.newline();
        }
    }

    private static String axes(LinearModel model) {
        Map<String, String> meanings = new LinkedHashMap<>();
        for (Family family : model.families()) {
            for (Family.Axis axis : family.axes()) {
                meanings.putIfAbsent(axis.prefix(), AXIS_MEANINGS.getOrDefault(axis.prefix(), axis.prefix()));
            }
        }
        StringBuilder text = new StringBuilder("{");
        meanings.forEach((prefix, meaning) -> text.append(text.length() > 1 ? ", " : "")
                .append(JsonText.quote(prefix)).append(": ").append(JsonText.quote(meaning)));
        return text.append('}').toString();
    }

    private static String family(Family family) {
        StringBuilder axes = new StringBuilder();
        StringBuilder sizes = new StringBuilder();
        for (Family.Axis axis : family.axes()) {
            axes.append(axes.length() > 0 ? ", " : "").append(JsonText.quote(axis.prefix()));
            sizes.append(sizes.length() > 0 ? ", " : "").append(axis.size());
        }
        SourceSpan span = family.span();
        return "{\"id\": " + family.id() + ", \"pattern\": " + JsonText.quote(family.name()) + ", \"layer\": "
                + JsonText.quote(family.layer()) + ", \"kind\": " + JsonText.quote(family.kind()) + ", \"axes\": ["
                + axes + "], \"sizes\": [" + sizes + "], \"rule\": " + JsonText.quote(family.rule())
                + ", \"span\": {\"file\": " + JsonText.quote(span.file()) + ", \"line\": " + span.line()
                + ", \"column\": " + span.column() + ", \"end_line\": " + span.endLine() + ", \"end_column\": "
                + span.endColumn() + "}}";
    }
}
