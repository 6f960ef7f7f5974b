package io.bdnn.network;

import java.util.List;

/**
 * Anything that predicts a class from a scaled input: one {@link Network}, or an {@link Ensemble}
 * of networks. Evaluation, prediction, attacks and certification accept either.
 */
public interface Classifier {

    /** The number of features it reads. */
    int inputs();

    /** The label of each class, in class order. */
    List<String> classLabels();

    /** The scaling fitted on the training rows, to apply to raw data first. */
    Network.Scaling scaling();

    /** The predicted class index of one scaled input. */
    int predict(double[] scaled);

    /** Loss, accuracy and confusion matrix on scaled inputs {@code x} with class indices {@code y}. */
    Evaluation evaluate(String split, double[][] x, int[] y);
}
