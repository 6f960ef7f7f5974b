package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.Suggestions;
import java.util.List;

/**
 * Finds the label column of a CSV file from the model's {@code label} option: {@code last}
 * (the default), {@code column N} counted from 1, or {@code "name"} looked up in the header.
 * Errors point at the label option in the model.
 */
final class CsvLabelColumn {
    /** Headers with at most this many columns are listed in full when a name is not found. */
    private static final int LISTED_COLUMNS = 12;

    private CsvLabelColumn() {
    }

    /**
     * The 0-based label column of a file with {@code width} columns, or -1 after reporting why
     * there is none. {@code header} holds the column names, or is null without a header.
     */
    static int resolve(Ast.CsvSource source, int width, List<String> header, Diagnostics diagnostics) {
        Ast.Label label = source.label();
        if (label == null || label instanceof Ast.LastLabel) {
            return width - 1;
        }
        if (label instanceof Ast.ColumnLabel column) {
            if (column.column() < 1 || column.column() > width) {
                diagnostics.error(column.span(), "label column " + column.column() + " is out of range: '"
                        + source.path() + "' has " + width + (width == 1 ? " column" : " columns")
                        + ", numbered from 1");
                return -1;
            }
            return column.column() - 1;
        }
        Ast.NamedLabel named = (Ast.NamedLabel) label;
        if (header == null) {
            diagnostics.error(named.span(), needsHeader(named));
            return -1;
        }
        int found = header.indexOf(named.name());
        if (found < 0) {
            String hint = Suggestions.didYouMean(named.name(), header);
            if (hint.isEmpty() && header.size() <= LISTED_COLUMNS) {
                hint = "; its columns are " + String.join(", ", header);
            }
            diagnostics.error(named.span(), "no column '" + named.name() + "' in the header of '"
                    + source.path() + "'" + hint);
            return -1;
        }
        if (header.lastIndexOf(named.name()) != found) {
            diagnostics.error(named.span(), "the header of '" + source.path() + "' has more than one column '"
                    + named.name() + "'; use label column N");
            return -1;
        }
        return found;
    }

    /** The message for a label named without a header row. */
    static String needsHeader(Ast.NamedLabel named) {
        return "label \"" + named.name() + "\" names a header column, but the file has no header; "
                + "add 'header true' or use label column N";
    }
}
