package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.inline;
import static io.bdnn.data.DataAst.load;
import static io.bdnn.data.DataAst.split;
import static io.bdnn.data.DataAst.splitNone;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting rows into train, validation and test. */
class SplitTest {

    private static SplitPlan plan(double train, double validation, double test, long seed) {
        return new SplitPlan(false, train, validation, test, seed, false);
    }

    @ParameterizedTest(name = "{0} rows at {1}/{2}/{3} give {4}/{5}/{6}")
    @CsvSource({
        "80, 0.5, 0.25, 0.25, 40, 20, 20",
        "7, 0.5, 0.25, 0.25, 4, 2, 1",
        "10, 0.8, 0, 0.2, 8, 0, 2",
        "3, 0.5, 0.5, 0, 2, 1, 0",
        "4, 0.3333333333333333, 0.3333333333333333, 0.3333333333333334, 1, 1, 2",
        "1, 1, 0, 0, 1, 0, 0",
    })
    void sizesRoundTrainAndValidationAndGiveTheRestToTest(int rows, double train, double validation, double test,
                                                          int trainRows, int validationRows, int testRows) {
        assertThat(Splitter.sizes(plan(train, validation, test, 0), rows))
                .containsExactly(trainRows, validationRows, testRows);
    }

    @Test
    void partsCoverEveryRowOnce() {
        int[][] parts = Splitter.indices(plan(0.6, 0.2, 0.2, 11), 101);

        int[] all = Stream.of(parts).flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).containsExactly(IntStream.range(0, 101).toArray());
        assertThat(parts[0]).hasSize(61);
        assertThat(parts[1]).hasSize(20);
        assertThat(parts[2]).hasSize(20);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[][] first = Splitter.indices(plan(0.5, 0.25, 0.25, 7), 50);
        int[][] again = Splitter.indices(plan(0.5, 0.25, 0.25, 7), 50);
        int[][] other = Splitter.indices(plan(0.5, 0.25, 0.25, 8), 50);

        assertThat(again).isDeepEqualTo(first);
        assertThat(Arrays.deepEquals(other, first)).isFalse();
        assertThat(first[0]).as("a permutation, not the first rows").isNotEqualTo(IntStream.range(0, 25).toArray());
    }

    @Test
    void splitNoneKeepsEveryRowForTrainingInOrder() {
        int[][] parts = Splitter.indices(SplitPlan.unsplit(), 5);

        assertThat(parts[0]).containsExactly(0, 1, 2, 3, 4);
        assertThat(parts[1]).isEmpty();
        assertThat(parts[2]).isEmpty();
    }

    private static final Ast.InlineSource TEN_ROWS = inline("0 : 0", "1 : 1", "2 : 0", "3 : 1", "4 : 0",
            "5 : 1", "6 : 0", "7 : 1", "8 : 0", "9 : 1");

    @Test
    void loaderDealsRowsWithTheirLabels() {
        PreparedData data = load(TEN_ROWS, split("train", "0.6", "validation", "0.2", "test", "0.2", "seed", "1"));

        assertThat(data.train().name()).isEqualTo("train");
        assertThat(data.validation().name()).isEqualTo("validation");
        assertThat(data.test().name()).isEqualTo("test");
        assertThat(new int[] {data.train().size(), data.validation().size(), data.test().size()})
                .containsExactly(6, 2, 2);
        double[] values = Stream.of(data.train(), data.validation(), data.test())
                .flatMap(part -> Arrays.stream(part.x())).mapToDouble(row -> row[0]).sorted().toArray();
        assertThat(values).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (Split part : new Split[] {data.train(), data.validation(), data.test()}) {
            for (int i = 0; i < part.size(); i++) {
                assertThat(part.y()[i]).as("label of row %s", part.x()[i][0]).isEqualTo((int) part.x()[i][0] % 2);
            }
        }
    }

    @Test
    void missingPartsAreZeroAndTheDefaultSeedIs0() {
        PreparedData implicit = load(TEN_ROWS, split("train", "0.7", "test", "0.3"));
        PreparedData explicit = load(TEN_ROWS, split("train", "0.7", "validation", "0", "test", "0.3", "seed", "0"));

        assertThat(implicit.validation().isEmpty()).isTrue();
        assertThat(implicit.test().size()).isEqualTo(3);
        assertThat(implicit.train().x()).isDeepEqualTo(explicit.train().x());
        assertThat(implicit.dataHash()).isEqualTo(explicit.dataHash());
    }

    @Test
    void splitNoneIsTheDefault() {
        PreparedData implicit = load(TEN_ROWS);
        PreparedData explicit = load(TEN_ROWS, splitNone());

        assertThat(implicit.train().size()).isEqualTo(10);
        assertThat(implicit.train().x()).isDeepEqualTo(explicit.train().x());
        assertThat(implicit.dataHash()).isEqualTo(explicit.dataHash());
    }
}
