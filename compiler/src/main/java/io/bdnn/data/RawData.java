package io.bdnn.data;

import java.util.List;

/**
 * Rows as a source produced them, before taking, splitting or scaling: one feature vector and
 * one normalised class name per row, and the names of the features.
 */
record RawData(double[][] features, String[] labels, List<String> featureNames) {

    RawData {
        featureNames = List.copyOf(featureNames);
    }

    int rows() {
        return labels.length;
    }

    /** The rows at the given indices, in that order; this data itself when that is every row in order. */
    RawData select(int[] indices) {
        boolean identity = indices.length == rows();
        for (int i = 0; identity && i < indices.length; i++) {
            identity = indices[i] == i;
        }
        if (identity) {
            return this;
        }
        double[][] features = new double[indices.length][];
        String[] labels = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            features[i] = this.features[indices[i]];
            labels[i] = this.labels[indices[i]];
        }
        return new RawData(features, labels, featureNames);
    }

    /** The names {@code x1 .. xn}, for sources whose features have no names of their own. */
    static List<String> numberedNames(int features) {
        String[] names = new String[features];
        for (int j = 0; j < features; j++) {
            names[j] = "x" + (j + 1);
        }
        return List.of(names);
    }
}
