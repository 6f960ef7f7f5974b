package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import java.util.Arrays;

/**
 * Reads the {@code radius} statement of a data block: the half-widths {@code r_j} of the box
 * {@code |x'_j - x_j| <= r_j} around each point that {@code robust box} protects against, in the
 * data's raw units. One value applies to every feature; otherwise there is one value per feature.
 */
final class BoxRadius {
    private BoxRadius() {
    }

    /** The radii per feature, or null when there is no statement or it is invalid (then an error is added). */
    static double[] read(Ast.Radius statement, int features, Diagnostics diagnostics) {
        if (statement == null) {
            return null;
        }
        int given = statement.values().size();
        if (given != 1 && given != features) {
            diagnostics.error(statement.span(), "radius has " + given + " values but the data has " + features
                    + " features; give one value for all features or one per feature");
            return null;
        }
        double[] radii = new double[features];
        for (int j = 0; j < features; j++) {
            double value = statement.values().get(given == 1 ? 0 : j);
            if (!(value >= 0)) {
                diagnostics.error(statement.span(), "radius values must be at least 0, found "
                        + NumberText.shortest(value));
                return null;
            }
            radii[j] = value;
        }
        return Arrays.copyOf(radii, features);
    }
}
