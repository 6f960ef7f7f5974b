package io.bdnn.network;

import java.util.List;

/**
 * An ensemble of binarized networks with two outputs each, combined by {@link EnsembleVote}.
 *
 * @param scheme      {@code one_vs_one} or {@code one_vs_rest}
 * @param vote        the voting rule, {@code majority}
 * @param members     the trained members; a member that was never trained (an interrupted run) is absent
 * @param memberCount how many members the full ensemble has
 * @param classLabels the label of each class of the whole model
 * @param scaling     the scaling every member reads its inputs through
 */
public record Ensemble(String scheme, String vote, List<Member> members, int memberCount, List<String> classLabels,
                       Network.Scaling scaling) implements Classifier {

    /**
     * One member: a network whose output 0 stands for class {@code classes[0]} and output 1 for
     * {@code classes[1]} (one-vs-one) or for every class but {@code classes[0]} (one-vs-rest).
     *
     * @param index    the member's position in the full ensemble
     * @param classes  the whole model's class indices
     * @param network  the trained network
     * @param complete whether its training ran to its end (false: the best network of an interrupted member)
     */
    public record Member(int index, int[] classes, Network network, boolean complete) {
        public boolean oneVsOne() {
            return classes.length == 2;
        }

        /** Whether a point of class {@code label} is one of this member's training classes. */
        public boolean covers(int label) {
            return !oneVsOne() || classes[0] == label || classes[1] == label;
        }

        /** The member's own target output index for a point of class {@code label}. */
        public int target(int label) {
            return label == classes[0] ? 0 : 1;
        }
    }

    public Ensemble {
        members = List.copyOf(members);
        classLabels = List.copyOf(classLabels);
    }

    /** Whether every member is present and trained to its end. */
    public boolean complete() {
        return members.size() == memberCount && members.stream().allMatch(Member::complete);
    }

    @Override
    public int inputs() {
        return members.get(0).network().inputs();
    }

    @Override
    public int predict(double[] scaled) {
        return EnsembleVote.ballot(this, scaled).predicted();
    }

    @Override
    public Evaluation evaluate(String split, double[][] x, int[] y) {
        return EnsembleVote.evaluate(this, split, x, y);
    }
}
