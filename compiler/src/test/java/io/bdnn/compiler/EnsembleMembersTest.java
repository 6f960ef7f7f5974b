package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.data.PreparedData;
import io.bdnn.data.Scaler;
import io.bdnn.data.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The members' classes and data: pairs in order, relabelled points, balanced one-vs-rest. */
class EnsembleMembersTest {

    @Test
    void oneVsOneHasAMemberPerPairInOrderAndOneVsRestOnePerClass() {
        List<int[]> pairs = EnsembleMembers.classes(new EnsembleSettings("one_vs_one", "majority", 1, null), 4);
        assertThat(pairs).containsExactly(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2},
                new int[] {1, 3}, new int[] {2, 3});
        assertThat(EnsembleMembers.classes(new EnsembleSettings("one_vs_rest", "majority", 1, null), 3))
                .containsExactly(new int[] {0}, new int[] {1}, new int[] {2});
    }

    @Test
    void oneVsRestTakesAsManyRestPointsRoundRobinOverTheOtherClasses() {
        // Class 0 has 3 points; the rest (classes 1 and 2) has 6: take the first of 1, first of 2, second of 1.
        int[] labels = {1, 1, 0, 2, 1, 0, 2, 2, 0};
        assertThat(EnsembleMembers.oneVsRestRows(labels, 0, true)).containsExactly(0, 1, 2, 3, 5, 8);
        assertThat(EnsembleMembers.oneVsRestRows(labels, 0, false)).hasSize(9);
        // Class 2 has 3 points: first of 0, first of 1, second of 0.
        assertThat(EnsembleMembers.oneVsRestRows(labels, 2, true)).containsExactly(0, 2, 3, 5, 6, 7);
    }

    @Test
    void memberDataKeepsItsClassesPointsRelabelledAndTheWholeScaler() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}};
        Split train = new Split("train", x, new int[] {2, 0, 1, 2, 0});
        Split empty = new Split("validation", new double[0][], new int[0]);
        Scaler scaler = Scaler.identity(1);
        PreparedData whole = new PreparedData(train, empty, new Split("test", new double[0][], new int[0]), scaler,
                List.of("a", "b", "c"), List.of("f"), "hash");
        PreparedData pair = EnsembleMembers.data(whole, new int[] {0, 2});
        assertThat(pair.classLabels()).containsExactly("a", "c");
        assertThat(pair.train().x()).isDeepEqualTo(new double[][] {{0}, {1}, {3}, {4}});
        assertThat(pair.train().y()).containsExactly(1, 0, 1, 0);
        assertThat(pair.scaler()).isSameAs(scaler);
        assertThat(pair.dataHash()).isNotEqualTo("hash")
                .isNotEqualTo(EnsembleMembers.data(whole, new int[] {0, 1}).dataHash());
        PreparedData rest = EnsembleMembers.data(whole, new int[] {1});
        assertThat(rest.classLabels()).containsExactly("b", "not b");
        assertThat(rest.train().y()).containsExactly(1, 0);
    }
}
