package io.bdnn.network;

import java.util.List;

/**
 * A trained binarized network: {@code h^0 = x}, {@code h^l = step(W^l h^{l-1} + b^l)} with
 * {@code step(a) = 1} iff {@code a > 0}; the prediction is the first index of the largest
 * output (an all-zero output predicts class 0).
 *
 * @param layerNames  one name per layer
 * @param weights     {@code weights[l][k][j]}: layer l, neuron k, input j
 * @param biases      {@code biases[l][k]}; all zero when the model has no bias
 * @param scaling     the feature scaling fitted on the training rows: {@code x' = (x - offset) / scale}
 * @param classLabels the label of each output neuron
 */
public record Network(List<String> layerNames, double[][][] weights, double[][] biases, Scaling scaling,
                      List<String> classLabels) implements Classifier {

    /** The scaling stored with a network, so that raw data can be fed to it later. */
    public record Scaling(String kind, double[] offset, double[] scale) {
        public double[] apply(double[] raw) {
            double[] scaled = new double[raw.length];
            for (int j = 0; j < raw.length; j++) {
                scaled[j] = (raw[j] - offset[j]) / scale[j];
            }
            return scaled;
        }
    }

    public Network {
        layerNames = List.copyOf(layerNames);
        classLabels = List.copyOf(classLabels);
    }

    /** The first index of the largest output of the exact forward pass. */
    @Override
    public int predict(double[] scaled) {
        int[][] activations = ForwardPass.activations(this, scaled);
        return ForwardPass.predict(activations[activations.length - 1]);
    }

    @Override
    public Evaluation evaluate(String split, double[][] x, int[] y) {
        return ForwardPass.evaluate(this, split, x, y);
    }

    public int depth() {
        return weights.length;
    }

    @Override
    public int inputs() {
        return weights[0][0].length;
    }

    public int width(int layer) {
        return weights[layer].length;
    }
}
