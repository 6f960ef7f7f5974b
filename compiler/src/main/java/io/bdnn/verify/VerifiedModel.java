package io.bdnn.verify;

import io.bdnn.ir.IrGraph;
import io.bdnn.network.Network;

/**
 * What {@code bdnn verify} needs of a trained classifier: its exact prediction rule on a scaled
 * point, and the IR graph of "a point of the ball whose prediction is not c". This is the seam
 * between the verifier and the kind of classifier: a single network ({@link SingleNetwork}), or an
 * ensemble ({@link EnsembleNetworks}: majority vote of several networks, ties by summed margins
 * then smallest class) with its own vote node and rule.
 */
public interface VerifiedModel {

    /** The number of raw features the model reads. */
    int inputs();

    /** The scaler stored with the model: raw features to the scaled units it reads. */
    Network.Scaling scaling();

    /** The class the model predicts for a scaled point, exactly as {@code bdnn predict} does. */
    int predict(double[] scaled);

    /**
     * The graph of the verification MILP: the model's weights fixed, its input a variable point
     * {@code x'} with {@code |x'_j - centre_j| <= rho radii_j} ({@code rho = 1}, or a variable in
     * {@code [0, searchUpTo]} that the objective minimises when searchUpTo is a number), and its
     * prediction at {@code x'} different from {@code predicted}.
     */
    IrGraph graph(double[] centre, double[] radii, int predicted, double searchUpTo);
}
