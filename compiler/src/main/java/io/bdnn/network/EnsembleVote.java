package io.bdnn.network;

/**
 * The prediction rule of an ensemble, the one {@code train}, {@code evaluate}, {@code predict}
 * and the forward-pass check all use (docs/formulation.md, "Ensembles").
 *
 * <p>Member {@code m} computes its exact forward pass; its output pre-activations are
 * {@code s_0 = W^L_0 h^{L-1} + b^L_0} and {@code s_1} likewise, and its own prediction is
 * {@link ForwardPass#predict} of its step outputs (output 1 wins only when it alone is active).
 * <ul>
 *   <li>one-vs-one member of classes {@code (a, b)}: votes for {@code a} when it predicts 0, for
 *       {@code b} when it predicts 1; its margin towards {@code a} is {@code s_0 - s_1} and towards
 *       {@code b} is {@code s_1 - s_0}.</li>
 *   <li>one-vs-rest member of class {@code c}: votes for {@code c} when it predicts 0 and for no
 *       class otherwise; its margin towards {@code c} is {@code s_0 - s_1}.</li>
 * </ul>
 * {@code votes(c)} counts the votes for {@code c} and {@code margin(c)} sums the margins towards
 * {@code c} of every member that has {@code c} among its classes (voting for it or not). The
 * prediction is the class with the most votes; among classes tied on votes, the one with the
 * largest margin; among those, the smallest class index. Members absent from the ensemble (never
 * trained) cast no vote and add no margin.
 */
public final class EnsembleVote {
    private EnsembleVote() {
    }

    /** The votes and margins of every class for one input, and the class they elect. */
    public record Ballot(int[] votes, double[] margins, int predicted) {
    }

    /** The member outputs of one input combined: {@code votes}, {@code margins} and the elected class. */
    public static Ballot ballot(Ensemble ensemble, double[] scaled) {
        int classes = ensemble.classLabels().size();
        int[] votes = new int[classes];
        double[] margins = new double[classes];
        for (Ensemble.Member member : ensemble.members()) {
            MemberOutput output = output(member.network(), scaled);
            int a = member.classes()[0];
            double margin = output.preActivation()[0] - output.preActivation()[1];
            margins[a] += margin;
            if (member.oneVsOne()) {
                int b = member.classes()[1];
                margins[b] -= margin;
                votes[output.predicted() == 0 ? a : b]++;
            } else if (output.predicted() == 0) {
                votes[a]++;
            }
        }
        return new Ballot(votes, margins, elect(votes, margins));
    }

    /** Most votes; ties by the largest margin; then the smallest class index. */
    public static int elect(int[] votes, double[] margins) {
        int best = 0;
        for (int c = 1; c < votes.length; c++) {
            if (votes[c] > votes[best] || (votes[c] == votes[best] && margins[c] > margins[best])) {
                best = c;
            }
        }
        return best;
    }

    /** A member's step outputs, output pre-activations and own prediction for one input. */
    public record MemberOutput(int[] outputs, double[] preActivation, int predicted) {
    }

    /** The exact forward pass of one member, with the pre-activations of its output layer. */
    public static MemberOutput output(Network network, double[] scaled) {
        int[][] activations = ForwardPass.activations(network, scaled);
        int last = network.depth() - 1;
        double[] previous = scaled;
        if (last > 0) {
            previous = new double[activations[last - 1].length];
            for (int j = 0; j < previous.length; j++) {
                previous[j] = activations[last - 1][j];
            }
        }
        double[][] weights = network.weights()[last];
        double[] sums = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double sum = network.biases()[last][k];
            for (int j = 0; j < previous.length; j++) {
                sum += weights[k][j] * previous[j];
            }
            sums[k] = sum;
        }
        int[] outputs = activations[last];
        return new MemberOutput(outputs, sums, ForwardPass.predict(outputs));
    }

    /**
     * Accuracy and confusion matrix of the elected classes; the loss is the members' Hamming loss
     * summed over every (point, member) pair where the point's class is one of the member's
     * classes (every member for one-vs-rest), against the member's own one-hot target.
     */
    public static Evaluation evaluate(Ensemble ensemble, String split, double[][] x, int[] y) {
        int classes = ensemble.classLabels().size();
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            int predicted = ballot(ensemble, x[i]).predicted();
            for (Ensemble.Member member : ensemble.members()) {
                if (member.covers(y[i])) {
                    int[][] activations = ForwardPass.activations(member.network(), x[i]);
                    loss += ForwardPass.hamming(activations[activations.length - 1], member.target(y[i]));
                }
            }
            if (predicted == y[i]) {
                correct++;
            }
            confusion[y[i]][predicted]++;
        }
        return new Evaluation(split, x.length, loss, correct, confusion);
    }
}
