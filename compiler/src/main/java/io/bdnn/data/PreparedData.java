package io.bdnn.data;

import java.util.List;

/**
 * The data of a model after loading, taking, splitting and scaling: three splits whose
 * features are already scaled, the scaler that did it (fitted on the training rows), the class
 * names in class order, the feature names, and a hash of the loaded data and its settings.
 *
 * @param dataHash the SHA-256 (hexadecimal) of the loaded rows and labels and of the split and
 *                 scale settings; see {@link DataHash}
 */
public record PreparedData(Split train, Split validation, Split test, Scaler scaler,
                           List<String> classLabels, List<String> featureNames, String dataHash) {

    public PreparedData {
        classLabels = List.copyOf(classLabels);
        featureNames = List.copyOf(featureNames);
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
