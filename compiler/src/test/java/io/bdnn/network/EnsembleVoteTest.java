package io.bdnn.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ensemble's prediction rule: votes, then the sum of margins, then the smallest class; the
 * forward pass of each member with its output pre-activations; and the ensemble's loss.
 */
class EnsembleVoteTest {
    private static final Network.Scaling IDENTITY = new Network.Scaling("none", new double[] {0, 0},
            new double[] {1, 1});

    /**
     * A member without hidden layer reading two inputs: {@code s_0 = x_0 + b0}, {@code s_1 = x_1 + b1}.
     * With input (s0, s1) as given, the pre-activations are exactly the inputs plus the biases.
     */
    private static Network member(double b0, double b1) {
        return new Network(List.of("output"), new double[][][] {{{1, 0}, {0, 1}}}, new double[][] {{b0, b1}},
                IDENTITY, List.of("a", "b"));
    }

    /** A member with a fixed vote and margin whatever the input: outputs from the biases alone. */
    private static Network constant(double s0, double s1) {
        return new Network(List.of("output"), new double[][][] {{{0, 0}, {0, 0}}}, new double[][] {{s0, s1}},
                IDENTITY, List.of("a", "b"));
    }

    private static Ensemble oneVsOne(Network m01, Network m02, Network m12) {
        return new Ensemble("one_vs_one", "majority", List.of(
                new Ensemble.Member(0, new int[] {0, 1}, m01, true),
                new Ensemble.Member(1, new int[] {0, 2}, m02, true),
                new Ensemble.Member(2, new int[] {1, 2}, m12, true)), 3, List.of("x", "y", "z"), IDENTITY);
    }

    private static final double[] ANY = {0, 0};

    @Test
    void theClassWithMostVotesWins() {
        // (0,1) votes 1, (0,2) votes 2, (1,2) votes 1: class 1 has two votes.
        Ensemble ensemble = oneVsOne(constant(-1, 1), constant(-1, 1), constant(1, -1));
        EnsembleVote.Ballot ballot = EnsembleVote.ballot(ensemble, ANY);
        assertThat(ballot.votes()).containsExactly(0, 2, 1);
        assertThat(ballot.predicted()).isEqualTo(1);
        assertThat(ensemble.predict(ANY)).isEqualTo(1);
    }

    @Test
    void aThreeWayTieGoesToTheLargestSumOfMargins() {
        // A cycle: (0,1) votes 0 with margin 1, (0,2) votes 2 with margin 3, (1,2) votes 1 with margin 2.5.
        Ensemble ensemble = oneVsOne(constant(1, 0), constant(0, 3), constant(2.5, 0));
        EnsembleVote.Ballot ballot = EnsembleVote.ballot(ensemble, ANY);
        assertThat(ballot.votes()).containsExactly(1, 1, 1);
        // D(0) = (1-0) + (0-3) = -2; D(1) = (0-1) + (2.5-0) = 1.5; D(2) = (3-0) + (0-2.5) = 0.5
        assertThat(ballot.margins()).containsExactly(-2, 1.5, 0.5);
        assertThat(ballot.predicted()).isEqualTo(1);
    }

    @Test
    void tiedVotesAndTiedMarginsGoToTheSmallestClass() {
        // The cycle with equal margins everywhere: D = 0 for every class.
        Ensemble ensemble = oneVsOne(constant(1, 0), constant(0, 1), constant(1, 0));
        EnsembleVote.Ballot ballot = EnsembleVote.ballot(ensemble, ANY);
        assertThat(ballot.votes()).containsExactly(1, 1, 1);
        assertThat(ballot.margins()).containsExactly(0, 0, 0);
        assertThat(ballot.predicted()).isZero();
        // Only classes 1 and 2 tied at the top on votes and margins: 1 wins, not 0.
        assertThat(EnsembleVote.elect(new int[] {1, 2, 2}, new double[] {9, 0.5, 0.5})).isEqualTo(1);
        assertThat(EnsembleVote.elect(new int[] {1, 2, 2}, new double[] {9, 0.5, 0.75})).isEqualTo(2);
    }

    @Test
    void aMemberWithBothOrNoOutputsActiveVotesForItsFirstClass() {
        // Both outputs active (s = 2, 1): the single-network rule picks output 0; margin +1.
        EnsembleVote.MemberOutput both = EnsembleVote.output(constant(2, 1), ANY);
        assertThat(both.outputs()).containsExactly(1, 1);
        assertThat(both.predicted()).isZero();
        EnsembleVote.MemberOutput none = EnsembleVote.output(constant(-2, -1), ANY);
        assertThat(none.outputs()).containsExactly(0, 0);
        assertThat(none.predicted()).isZero();
        assertThat(none.preActivation()).containsExactly(-2, -1);
    }

    @Test
    void preActivationsComeFromTheLastHiddenLayer() {
        // Hidden: h0 = step(x0), h1 = step(x1); output: s0 = 2 h0 - 0.5, s1 = h1 - 0.25.
        Network deep = new Network(List.of("hidden", "output"),
                new double[][][] {{{1, 0}, {0, 1}}, {{2, 0}, {0, 1}}}, new double[][] {{0, 0}, {-0.5, -0.25}},
                IDENTITY, List.of("a", "b"));
        EnsembleVote.MemberOutput output = EnsembleVote.output(deep, new double[] {0.3, 0.7});
        assertThat(output.preActivation()).containsExactly(1.5, 0.75);
        assertThat(output.outputs()).containsExactly(1, 1);
        EnsembleVote.MemberOutput other = EnsembleVote.output(deep, new double[] {-0.3, 0.7});
        assertThat(other.preActivation()).containsExactly(-0.5, 0.75);
        assertThat(other.predicted()).isEqualTo(1);
    }

    @Test
    void oneVsRestMembersVoteOnlyForTheirOwnClass() {
        // Member c says "c" when s_0 > s_1 (here s = x + bias). Nobody claims the point: margins decide.
        Ensemble ensemble = new Ensemble("one_vs_rest", "majority", List.of(
                new Ensemble.Member(0, new int[] {0}, constant(0, 1), true),
                new Ensemble.Member(1, new int[] {1}, constant(0, 3), true),
                new Ensemble.Member(2, new int[] {2}, constant(0, 0.5), true)), 3, List.of("x", "y", "z"), IDENTITY);
        EnsembleVote.Ballot ballot = EnsembleVote.ballot(ensemble, ANY);
        assertThat(ballot.votes()).containsExactly(0, 0, 0);
        assertThat(ballot.margins()).containsExactly(-1, -3, -0.5);
        assertThat(ballot.predicted()).isEqualTo(2);
        // Member 1 claims it: one vote beats any margin.
        Ensemble claimed = new Ensemble("one_vs_rest", "majority", List.of(
                new Ensemble.Member(0, new int[] {0}, constant(0, 1), true),
                new Ensemble.Member(1, new int[] {1}, constant(1, 0), true)), 3, List.of("x", "y", "z"), IDENTITY);
        assertThat(claimed.predict(ANY)).isEqualTo(1);
        assertThat(claimed.complete()).isFalse();
    }

    @Test
    void inputsDriveTheVoteAndTheLossCountsCoveredMembersOnly() {
        // (0,1) follows the input: x = (1, 0) gives s = (0.5, -0.5): class 0; x = (0, 1): class 1.
        Ensemble ensemble = oneVsOne(member(-0.5, -0.5), constant(1, -1), constant(-1, 1));
        double[][] x = {{1, 0}, {0, 1}, {0, 1}};
        int[] y = {0, 1, 2};
        assertThat(ensemble.predict(x[0])).isZero();
        // x = (0, 1): votes 1 (from (0,1)), 0 (from (0,2)), 2 (from (1,2)): a tie of three;
        // D(0) = -1 + 2 = 1, D(1) = 1 - 2 = -1, D(2) = -2 + 2 = 0: class 0.
        assertThat(ensemble.predict(x[1])).isZero();
        Evaluation evaluation = ensemble.evaluate("test", x, y);
        assertThat(evaluation.correct()).isEqualTo(1);
        assertThat(evaluation.confusion()[1][0]).isEqualTo(1);
        assertThat(evaluation.confusion()[2][0]).isEqualTo(1);
        // Point 0 (class 0): (0,1) outputs (1,0) target 0: 0; (0,2) outputs (1,0) target 0: 0.
        // Point 1 (class 1): (0,1) outputs (0,1) target 1: 0; (1,2) outputs (0,1) target 0: 2.
        // Point 2 (class 2): (0,2) outputs (1,0) target 1: 2; (1,2) outputs (0,1) target 1: 0.
        assertThat(evaluation.loss()).isEqualTo(4);
    }
}
