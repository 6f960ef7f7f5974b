package io.bdnn.data;

import java.util.Arrays;
import java.util.List;

/**
 * An affine rescaling of each feature, {@code x'_j = (x_j - offset_j) / scale_j}, fitted on the
 * training rows and applied to every split, and stored with a trained network so that new
 * points are scaled the same way.
 *
 * <ul>
 *   <li>{@code none}: offset 0 and scale 1, so values are unchanged.</li>
 *   <li>{@code minmax}: offset the training minimum and scale the training range, so training
 *       values fall in [0, 1]; other splits may fall outside.</li>
 *   <li>{@code standard}: offset the training mean and scale the training standard deviation
 *       (dividing by the number of rows), so training values have mean 0 and variance 1.</li>
 * </ul>
 * A feature that is constant on the training rows gets scale 1, so no value is divided by zero.
 */
public record Scaler(String kind, double[] offset, double[] scale) {
    /** The scale kinds a {@code scale} statement accepts. */
    public static final List<String> KINDS = List.of("none", "minmax", "standard");

    /** A standard deviation below this fraction of the mean's size counts as a constant feature. */
    private static final double RELATIVE_CONSTANT_SPREAD = 1e-12;

    public Scaler {
        if (offset.length != scale.length) {
            throw new IllegalArgumentException("offset has " + offset.length + " entries, scale has " + scale.length);
        }
    }

    /** The scaler that leaves {@code features} features unchanged. */
    public static Scaler identity(int features) {
        double[] ones = new double[features];
        Arrays.fill(ones, 1.0);
        return new Scaler("none", new double[features], ones);
    }

    /** The number of features this scaler expects. */
    public int features() {
        return offset.length;
    }

    /** The scaled copy {@code (raw - offset) / scale} of one feature vector. */
    public double[] apply(double[] raw) {
        if (raw.length != offset.length) {
            throw new IllegalArgumentException("expected " + offset.length + " features, got " + raw.length);
        }
        double[] scaled = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            scaled[j] = (raw[j] - offset[j]) / scale[j];
        }
        return scaled;
    }

    /** The scaled copies of many feature vectors. */
    public double[][] applyAll(double[][] rows) {
        double[][] scaled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            scaled[i] = apply(rows[i]);
        }
        return scaled;
    }

    /**
     * Fits a scaler of the given kind (one of {@link #KINDS}) on {@code rows}, each of
     * {@code features} values. With no rows every kind gives the identity.
     */
    public static Scaler fit(String kind, double[][] rows, int features) {
        if (rows.length == 0 || kind.equals("none")) {
            return identity(features).withKind(kind);
        }
        return switch (kind) {
            case "minmax" -> fitMinMax(rows, features);
            case "standard" -> fitStandard(rows, features);
            default -> throw new IllegalArgumentException("unknown scale kind '" + kind + "'");
        };
    }

    private Scaler withKind(String newKind) {
        return new Scaler(newKind, offset, scale);
    }

    private static Scaler fitMinMax(double[][] rows, int features) {
        double[] min = new double[features];
        double[] max = new double[features];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : rows) {
            for (int j = 0; j < features; j++) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        double[] range = new double[features];
        for (int j = 0; j < features; j++) {
            double spread = max[j] - min[j];
            range[j] = spread > 0 ? spread : 1.0;
        }
        return new Scaler("minmax", min, range);
    }

    private static Scaler fitStandard(double[][] rows, int features) {
        double[] mean = new double[features];
        for (double[] row : rows) {
            for (int j = 0; j < features; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < features; j++) {
            mean[j] /= rows.length;
        }
        // The variance is summed around the mean in a second pass, which is exact for constant
        // features and avoids the cancellation of the one-pass formula E[x^2] - E[x]^2.
        double[] deviation = new double[features];
        for (double[] row : rows) {
            for (int j = 0; j < features; j++) {
                double centred = row[j] - mean[j];
                deviation[j] += centred * centred;
            }
        }
        for (int j = 0; j < features; j++) {
            double spread = Math.sqrt(deviation[j] / rows.length);
            boolean constant = spread <= RELATIVE_CONSTANT_SPREAD * Math.max(1.0, Math.abs(mean[j]));
            deviation[j] = constant ? 1.0 : spread;
        }
        return new Scaler("standard", mean, deviation);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scaler that && kind.equals(that.kind)
                && Arrays.equals(offset, that.offset) && Arrays.equals(scale, that.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + Arrays.hashCode(offset)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Scaler[" + kind + ", offset=" + Arrays.toString(offset) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
