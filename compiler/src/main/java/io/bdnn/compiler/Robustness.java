package io.bdnn.compiler;

import io.bdnn.ast.SourceSpan;
import io.bdnn.data.PreparedData;
import java.util.Arrays;

/**
 * The uncertainty set of {@code robust}: an l-infinity ball of radius {@code rho} in the scaled
 * features ({@code robust linf RHO}), or the per-feature box of the data block's {@code radius}
 * ({@code robust box}). Both are boxes {@code |x'_j - x_j| <= r_j} around each point.
 *
 * @param kind  {@code linf} or {@code box}
 * @param rho   the radius of {@code linf}; NaN for {@code box}
 * @param span  where {@code robust} was written
 */
public record Robustness(String kind, double rho, SourceSpan span) {

    /**
     * The radii {@code r_j} in the scaled units the network reads: {@code rho} for every feature,
     * or the data block's raw radii divided by the scaler's scale.
     */
    public double[] radii(PreparedData data) {
        if (kind.equals("linf")) {
            double[] radii = new double[data.features()];
            Arrays.fill(radii, rho);
            return radii;
        }
        return data.scaledRadius();
    }

    /** A short description for reports, such as {@code linf 0.1} or {@code box}. */
    public String describe() {
        return kind.equals("linf") ? "linf " + rho : "box";
    }
}
