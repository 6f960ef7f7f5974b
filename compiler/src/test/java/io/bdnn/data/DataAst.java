package io.bdnn.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds data blocks by hand, as the parser would, with fixed and distinct places in a model
 * file called {@code model.bdnn}, so that tests can check where each error points:
 * the block at 1:1; a csv or generate source at 2:3 (csv path at 2:7, label at 2:40, generator
 * kind at 2:12, option k's name at 2:(20+10k) and value at 2:(25+10k)); an inline source at
 * 3:3 with row r at (4+r):5; take at 10:3; scale at 11:3; split at 12:3 with options like
 * generate's, on line 12.
 */
final class DataAst {
    static final String MODEL = "model.bdnn";

    private DataAst() {
    }

    /** Loads a data block of these statements, which must have no diagnostic at all. */
    static PreparedData load(Ast.DataStatement... statements) {
        return load(block(statements), null);
    }

    /** Loads a data block (paths relative to {@code baseDir}), which must have no diagnostic at all. */
    static PreparedData load(Ast.DataBlock block, Path baseDir) {
        Diagnostics diagnostics = new Diagnostics();
        PreparedData data = DataLoader.load(block, baseDir, diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(data).isNotNull();
        return data;
    }

    static SourceSpan at(int line, int column) {
        return new SourceSpan(MODEL, line, column, line, column);
    }

    static Ast.DataBlock block(Ast.DataStatement... statements) {
        return new Ast.DataBlock(List.of(statements), at(1, 1));
    }

    static Ast.CsvSource csv(String path) {
        return csv(path, null, null, null);
    }

    static Ast.CsvSource csv(String path, String delimiter, Boolean header, Ast.Label label) {
        return new Ast.CsvSource(path, delimiter, header, label, at(2, 7), at(2, 3));
    }

    static Ast.Label column(int column) {
        return new Ast.ColumnLabel(column, at(2, 40));
    }

    static Ast.Label named(String name) {
        return new Ast.NamedLabel(name, at(2, 40));
    }

    static Ast.Label last() {
        return new Ast.LastLabel(at(2, 40));
    }

    /** Rows written as in a model, e.g. {@code "0 1 : 1"}. */
    static Ast.InlineSource inline(String... rows) {
        List<Ast.InlineRow> parsed = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] parts = rows[r].split(":");
            List<Double> features = parts[0].isBlank() ? List.of()
                    : Arrays.stream(parts[0].trim().split("\\s+")).map(Double::valueOf).toList();
            parsed.add(new Ast.InlineRow(features, parts[1].trim(), at(4 + r, 5)));
        }
        return new Ast.InlineSource(parsed, at(3, 3));
    }

    /** {@code generate KIND name value name value ...}; values as written. */
    static Ast.GenerateSource generate(String kind, String... namesAndValues) {
        return new Ast.GenerateSource(kind, options(2, namesAndValues), at(2, 12), at(2, 3));
    }

    static Ast.Take take(long count) {
        return new Ast.Take(count, at(10, 3));
    }

    static Ast.Scale scale(String kind) {
        return new Ast.Scale(kind, at(11, 3));
    }

    static Ast.SplitNone splitNone() {
        return new Ast.SplitNone(at(12, 3));
    }

    /** {@code split name value ...}; values as written. */
    static Ast.SplitFractions split(String... namesAndValues) {
        return new Ast.SplitFractions(options(12, namesAndValues), at(12, 3));
    }

    private static List<Ast.Option> options(int line, String... namesAndValues) {
        List<Ast.Option> options = new ArrayList<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            int column = 20 + 5 * k;
            options.add(new Ast.Option(namesAndValues[k], value(namesAndValues[k + 1], at(line, column + 5)),
                    at(line, column), at(line, column)));
        }
        return options;
    }

    /** A value as the parser would read it: a number, a quoted string, or nothing. */
    static Ast.Value value(String text, SourceSpan span) {
        if (text.isEmpty()) {
            return new Ast.NoValue(span);
        }
        if (text.startsWith("\"")) {
            return new Ast.StringValue(text.substring(1, text.length() - 1), span);
        }
        boolean integral = !text.contains(".") && !text.contains("e") && !text.contains("E");
        return new Ast.NumberValue(Double.parseDouble(text), integral, text, span);
    }
}
