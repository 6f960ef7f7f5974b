package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import java.util.List;

/**
 * Reads the rows of an {@code inline { 0 1 : 1 ... }} source: every row must have the width of
 * the first, with finite feature values and a label after the colon. Errors point at the row.
 */
final class InlineData {
    private InlineData() {
    }

    /** The rows written inline, or null after reporting why they cannot be used. */
    static RawData read(Ast.InlineSource source, Diagnostics diagnostics) {
        List<Ast.InlineRow> rows = source.rows();
        if (rows.isEmpty()) {
            diagnostics.error(source.span(), "inline data has no rows");
            return null;
        }
        int width = rows.get(0).features().size();
        int errorsBefore = diagnostics.errors().size();
        double[][] features = new double[rows.size()][];
        String[] labels = new String[rows.size()];
        LabelNormaliser normaliser = new LabelNormaliser();
        for (int i = 0; i < rows.size(); i++) {
            Ast.InlineRow row = rows.get(i);
            List<Double> values = row.features();
            if (values.isEmpty()) {
                diagnostics.error(row.span(), "row has no feature values before ':'");
                continue;
            }
            if (values.size() != width) {
                diagnostics.error(row.span(), "row has " + count(values.size()) + ", expected " + width);
                continue;
            }
            double[] vector = new double[width];
            for (int j = 0; j < width; j++) {
                Double value = values.get(j);
                if (value == null || !Double.isFinite(value)) {
                    diagnostics.error(row.span(), "value " + (j + 1) + " of the row is not a finite number");
                    break;
                }
                vector[j] = value + 0.0;
            }
            features[i] = vector;
            if (row.label() == null || row.label().isBlank()) {
                diagnostics.error(row.span(), "row has no label after ':'");
                continue;
            }
            labels[i] = normaliser.normalise(row.label());
        }
        if (diagnostics.errors().size() > errorsBefore) {
            return null;
        }
        return new RawData(features, labels, RawData.numberedNames(width));
    }

    /** {@code "1 value"} or {@code "n values"}. */
    static String count(int values) {
        return values == 1 ? "1 value" : values + " values";
    }
}
