package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.generate;
import static io.bdnn.data.DataAst.inline;
import static io.bdnn.data.DataAst.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The inline and generated sources. */
class InlineAndGeneratedDataTest {

    @Test
    void inlineXor() {
        PreparedData data = load(inline("0 0 : 0", "0 1 : 1", "1 0 : 1", "1 1 : 0"));

        assertThat(data.train().x()).isDeepEqualTo(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        assertThat(data.train().y()).containsExactly(0, 1, 1, 0);
        assertThat(data.classLabels()).containsExactly("0", "1");
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.scaler()).isEqualTo(Scaler.identity(2));
    }

    @Test
    void inlineTextLabelsAreOrderedAsText() {
        PreparedData data = load(inline("1 : yes", "2 : no", "3 : maybe", "4 : yes"));

        assertThat(data.classLabels()).containsExactly("maybe", "no", "yes");
        assertThat(data.train().y()).containsExactly(2, 1, 0, 2);
    }

    @Test
    void generatedDataIsDeterministicForASeed() {
        PreparedData first = load(generate("uniform", "features", "5", "samples", "90", "seed", "7"));
        PreparedData again = load(generate("uniform", "features", "5", "samples", "90", "seed", "7"));
        PreparedData other = load(generate("uniform", "features", "5", "samples", "90", "seed", "8"));

        assertThat(again.train().x()).isDeepEqualTo(first.train().x());
        assertThat(again.train().y()).containsExactly(first.train().y());
        assertThat(again.dataHash()).isEqualTo(first.dataHash());
        assertThat(Arrays.deepEquals(other.train().x(), first.train().x())).isFalse();
        assertThat(other.dataHash()).isNotEqualTo(first.dataHash());
    }

    @Test
    void generatedSeedDefaultsTo0() {
        PreparedData implicit = load(generate("uniform", "features", "3", "samples", "30"));
        PreparedData explicit = load(generate("uniform", "features", "3", "samples", "30", "seed", "0"));

        assertThat(implicit.dataHash()).isEqualTo(explicit.dataHash());
    }

    @Test
    void generatedDataHasThePaperProportionsAndRanges() {
        int samples = 3000;
        PreparedData data = load(generate("uniform", "features", "3", "samples", Integer.toString(samples),
                "seed", "1"));
        double[][] x = data.train().x();
        int[] y = data.train().y();

        assertThat(x).hasNumberOfRows(samples);
        assertThat(data.classLabels()).containsExactly("0", "1");
        int outsideUnitBox = 0;
        for (int i = 0; i < samples; i++) {
            double min = Arrays.stream(x[i]).min().orElseThrow();
            double max = Arrays.stream(x[i]).max().orElseThrow();
            assertThat(min).isBetween(-10.0, 10.0);
            assertThat(max).isBetween(-10.0, 10.0);
            assertThat(min >= 0 || max <= 0 || (min >= -1 && max <= 1))
                    .as("row %d lies in [0,10]^n, [-10,0]^n or [-1,1]^n", i).isTrue();
            if (max > 1) {
                assertThat(y[i]).as("row %d beyond 1 lies in [0,10]^n, label 1", i).isEqualTo(1);
                outsideUnitBox++;
            } else if (min < -1) {
                assertThat(y[i]).as("row %d below -1 lies in [-10,0]^n, label 0", i).isEqualTo(0);
                outsideUnitBox++;
            }
        }
        // Two thirds lie in the big boxes; only about 1 in 1000 of those falls inside [-1,1]^3.
        assertThat(outsideUnitBox).isBetween(1985, 2000);
        // A third plus about half of the random third have label 1 (binomial sd about 22).
        long ones = Arrays.stream(y).filter(label -> label == 1).count();
        assertThat(ones).isBetween(1400L, 1600L);
    }

    @Test
    void generatedRowsAreShuffled() {
        PreparedData data = load(generate("uniform", "features", "2", "samples", "300", "seed", "3"));

        int[] firstThird = Arrays.copyOf(data.train().y(), 100);
        assertThat(Arrays.stream(firstThird).distinct().count()).isEqualTo(2);
    }
}
