package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.generate;
import static io.bdnn.data.DataAst.inline;
import static io.bdnn.data.DataAst.load;
import static io.bdnn.data.DataAst.scale;
import static io.bdnn.data.DataAst.split;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.ast.Ast;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scalers are fitted on the training rows only and applied to every split. */
class ScalingTest {
    private static final Ast.DataStatement DATA = generate("uniform", "features", "4", "samples", "200", "seed", "3");
    private static final Ast.DataStatement SPLIT = split("train", "0.5", "validation", "0.25", "test", "0.25",
            "seed", "5");

    private static double[] column(double[][] rows, int feature) {
        return Arrays.stream(rows).mapToDouble(row -> row[feature]).toArray();
    }

    @Test
    void minmaxIsFittedOnTrainingRowsOnly() {
        PreparedData data = load(DATA, scale("minmax"), SPLIT);

        for (int j = 0; j < 4; j++) {
            double[] train = column(data.train().x(), j);
            assertThat(Arrays.stream(train).min().orElseThrow()).isEqualTo(0.0);
            assertThat(Arrays.stream(train).max().orElseThrow()).isEqualTo(1.0);
        }
        double[] others = Stream.of(data.validation().x(), data.test().x())
                .flatMap(Arrays::stream).flatMapToDouble(Arrays::stream).toArray();
        long outside = Arrays.stream(others).filter(value -> value < 0 || value > 1).count();
        assertThat(outside).as("validation and test values outside the training range").isPositive();

        Scaler onAllRows = load(DATA, scale("minmax")).scaler();
        assertThat(data.scaler()).isNotEqualTo(onAllRows);
        for (int j = 0; j < 4; j++) {
            assertThat(onAllRows.offset()[j]).isLessThanOrEqualTo(data.scaler().offset()[j]);
        }
    }

    @Test
    void standardGivesTrainingMean0AndVariance1() {
        PreparedData data = load(DATA, scale("standard"), SPLIT);

        for (int j = 0; j < 4; j++) {
            double[] train = column(data.train().x(), j);
            double mean = Arrays.stream(train).average().orElseThrow();
            double variance = Arrays.stream(train).map(value -> (value - mean) * (value - mean)).average().orElseThrow();
            assertThat(mean).isCloseTo(0.0, within(1e-12));
            assertThat(variance).isCloseTo(1.0, within(1e-12));
            double validationMean = Arrays.stream(column(data.validation().x(), j)).average().orElseThrow();
            assertThat(validationMean).as("validation is scaled with the training mean").isNotCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void noneLeavesValuesUnchanged() {
        PreparedData data = load(inline("1 -7 : 0", "3 2.5 : 1"), scale("none"));

        assertThat(data.scaler()).isEqualTo(Scaler.identity(2));
        assertThat(data.train().x()).isDeepEqualTo(new double[][] {{1, -7}, {3, 2.5}});
    }

    @Test
    void constantFeatureGetsScale1() {
        double[][] rows = {{1, 5}, {3, 5}};

        Scaler minmax = Scaler.fit("minmax", rows, 2);
        Scaler standard = Scaler.fit("standard", rows, 2);

        assertThat(minmax.offset()).containsExactly(1, 5);
        assertThat(minmax.scale()).containsExactly(2, 1);
        assertThat(minmax.apply(new double[] {2, 5})).containsExactly(0.5, 0);
        assertThat(standard.offset()).containsExactly(2, 5);
        assertThat(standard.scale()).containsExactly(1, 1);
        assertThat(standard.apply(new double[] {4, 6})).containsExactly(2, 1);
    }

    @Test
    void constantDecimalFeatureIsNotDividedByRoundingNoise() {
        double[][] rows = {{0.1}, {0.1}, {0.1}};

        Scaler standard = Scaler.fit("standard", rows, 1);

        assertThat(standard.scale()).containsExactly(1);
        assertThat(standard.apply(new double[] {0.1})[0]).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void identityAppliesAsNoChange() {
        Scaler identity = Scaler.identity(3);

        assertThat(identity.kind()).isEqualTo("none");
        assertThat(identity.apply(new double[] {-1.5, 0, 7})).containsExactly(-1.5, 0, 7);
    }
}
