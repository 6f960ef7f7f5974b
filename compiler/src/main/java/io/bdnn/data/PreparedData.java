package io.bdnn.data;

import java.util.List;

/**
 * The data of a model after loading, taking, splitting and scaling: three splits whose
 * features are already scaled, the scaler that did it (fitted on the training rows), the class
 * names in class order, the feature names, and a hash of the loaded data and its settings.
 *
 * @param dataHash the SHA-256 (hexadecimal) of the loaded rows and labels and of the split and
 *                 scale settings; see {@link DataHash}
 * @param radius   the per-feature box radii of the {@code radius} statement in raw data units, one
 *                 per feature, or null when the data block has none
 */
public record PreparedData(Split train, Split validation, Split test, Scaler scaler,
                           List<String> classLabels, List<String> featureNames, String dataHash, double[] radius) {

    public PreparedData {
        classLabels = List.copyOf(classLabels);
        featureNames = List.copyOf(featureNames);
    }

    /** Data without box radii. */
    public PreparedData(Split train, Split validation, Split test, Scaler scaler,
                        List<String> classLabels, List<String> featureNames, String dataHash) {
        this(train, validation, test, scaler, classLabels, featureNames, dataHash, null);
    }

    /** The same data with the given raw box radii (null for none). */
    public PreparedData withRadius(double[] rawRadius) {
        return new PreparedData(train, validation, test, scaler, classLabels, featureNames, dataHash, rawRadius);
    }

    /**
     * The box radii in the scaled units the network reads: a raw interval {@code x +- r} becomes
     * {@code x' +- r / scale} under {@code x' = (x - offset) / scale}. Null without radii.
     */
    public double[] scaledRadius() {
        if (radius == null) {
            return null;
        }
        double[] scaled = new double[radius.length];
        for (int j = 0; j < radius.length; j++) {
            scaled[j] = radius[j] / scaler.scale()[j];
        }
        return scaled;
    }

    /** The number of features of every row. */
    public int features() {
        return featureNames.size();
    }

    /** The number of distinct classes in the loaded data. */
    public int classes() {
        return classLabels.size();
    }

    /** The number of rows over all three splits. */
    public int rows() {
        return train.size() + validation.size() + test.size();
    }
}
