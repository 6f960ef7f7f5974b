package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.column;
import static io.bdnn.data.DataAst.csv;
import static io.bdnn.data.DataAst.load;
import static io.bdnn.data.DataAst.named;
import static io.bdnn.data.DataAst.scale;
import static io.bdnn.data.DataAst.splitNone;
import static io.bdnn.data.DataAst.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the shared data sets the way the example models do. */
class RealDatasetsTest {

    @Test
    void breastCancerTake80AsInTheExampleModel() throws IOException {
        Path datasets = ProjectFiles.datasets();
        // models/breast-cancer-small.bdnn names the file relative to the models folder of the
        // project, a sibling of shared/; the folder need not exist for the path to resolve.
        Path modelsFolder = datasets.resolve("../../project/models").normalize();
        Ast.DataBlock block = block(csv("../../shared/datasets/breast-cancer-wisconsin.csv", ";", false,
                DataAst.last()), take(80), scale("minmax"), splitNone());

        PreparedData data = load(block, modelsFolder);

        assertThat(data.train().size()).isEqualTo(80);
        assertThat(data.validation().isEmpty()).isTrue();
        assertThat(data.test().isEmpty()).isTrue();
        assertThat(data.features()).isEqualTo(9);
        assertThat(data.featureNames()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9");
        assertThat(data.classLabels()).containsExactly("0", "1");
        assertThat(data.scaler().kind()).isEqualTo("minmax");
        // The first rows in file order, scaled by the fitted minimum and range.
        List<String> lines = Files.readAllLines(datasets.resolve("breast-cancer-wisconsin.csv"));
        for (int i = 0; i < 80; i++) {
            String[] fields = lines.get(i).split(";");
            double[] raw = Arrays.stream(fields, 0, 9).mapToDouble(Double::parseDouble).toArray();
            assertThat(data.train().x()[i]).containsExactly(data.scaler().apply(raw));
            assertThat(data.train().y()[i]).isEqualTo(Integer.parseInt(fields[9]));
        }
        for (int j = 0; j < 9; j++) {
            int feature = j;
            double[] column = Arrays.stream(data.train().x()).mapToDouble(row -> row[feature]).toArray();
            // Feature 6 is 1 in all of the first 80 rows: a constant feature gets scale 1.
            double expectedMax = feature == 5 ? 0.0 : 1.0;
            assertThat(Arrays.stream(column).min().orElseThrow()).isEqualTo(0.0);
            assertThat(Arrays.stream(column).max().orElseThrow()).as("feature %d", feature + 1).isEqualTo(expectedMax);
        }
        assertThat(data.scaler().offset()[5]).isEqualTo(1.0);
        assertThat(data.scaler().scale()[5]).isEqualTo(1.0);
        assertThat(data.dataHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void dataHashFollowsRowsAndSettings() {
        String path = ProjectFiles.dataset("breast-cancer-wisconsin.csv").toString();
        String hash = load(block(csv(path, ";", false, null), take(80)), null).dataHash();

        assertThat(load(block(csv(path, ";", false, null), take(80), scale("none")), null).dataHash())
                .as("scale none is the default").isEqualTo(hash);
        assertThat(load(block(csv(path, ";", false, null), take(81)), null).dataHash()).isNotEqualTo(hash);
        assertThat(load(block(csv(path, ";", false, null), take(80), scale("minmax")), null).dataHash())
                .isNotEqualTo(hash);
        assertThat(load(block(csv(path, ";", false, null), take(80),
                DataAst.split("train", "0.5", "test", "0.5")), null).dataHash()).isNotEqualTo(hash);
    }

    @Test
    void irisWithHeaderAndNamedLabel() {
        String path = ProjectFiles.dataset("iris.csv").toString();

        PreparedData data = load(block(csv(path, ",", true, named("label"))), null);

        assertThat(data.train().size()).isEqualTo(150);
        assertThat(data.featureNames()).containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        assertThat(data.classLabels()).containsExactly("0", "1", "2");
        assertThat(data.train().x()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(Arrays.stream(data.train().y()).filter(y -> y == 2).count()).isEqualTo(50);
    }

    @Test
    void irisWithTheFirstColumnAsLabel() {
        String path = ProjectFiles.dataset("iris.csv").toString();

        PreparedData data = load(block(csv(path, ",", true, column(1))), null);

        assertThat(data.featureNames()).containsExactly("sepal_width", "petal_length", "petal_width", "label");
        assertThat(data.classLabels()).startsWith("4.3", "4.4", "4.5").endsWith("7.9");
        assertThat(data.train().x()[0]).containsExactly(3.5, 1.4, 0.2, 0.0);
    }

    @Test
    void uniformFileLabelsWrittenAs1Point0AreNormalised() {
        String path = ProjectFiles.dataset("uniform-n10-m1000-0.csv").toString();

        PreparedData data = load(block(csv(path, ";", false, null)), null);

        assertThat(data.train().size()).isEqualTo(1000);
        assertThat(data.features()).isEqualTo(10);
        assertThat(data.classLabels()).containsExactly("0", "1");
    }

    @Test
    void creditCardLoadsInFullAndStandardised() {
        // Loading speed is measured by the benchmarks under bench/, not asserted in a unit test.
        String path = ProjectFiles.dataset("credit-card-default.csv").toString();
        PreparedData data = load(block(csv(path, ";", false, null), scale("standard")), null);

        assertThat(data.train().size()).isEqualTo(30000);
        assertThat(data.features()).isEqualTo(23);
        double mean = 0;
        for (double[] row : data.train().x()) {
            mean += row[0];
        }
        assertThat(mean / 30000).as("standardised feature 1 has mean 0").isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
