package io.bdnn.data;

import java.util.Arrays;
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

    /** The first {@code count} rows, or all of them when there are fewer. */
    RawData first(long count) {
        if (count >= rows()) {
            return this;
        }
        int kept = (int) count;
        return new RawData(Arrays.copyOf(features, kept), Arrays.copyOf(labels, kept), featureNames);
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
