package io.bdnn.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idx source, per_class and pool on tiny IDX files written by the test. */
class IdxDataTest {
    @TempDir
    Path folder;

    private PreparedData load(String body) {
        Diagnostics diagnostics = new Diagnostics();
        PreparedData data = IdxFiles.load(folder, body, diagnostics);
        assertThat(diagnostics.errors()).isEmpty();
        assertThat(data).isNotNull();
        return data;
    }

    /** Two 2x2 images: pixels 0, 51, 102, 255 and 255, 0, 0, 0; labels 3 and 7. */
    private void twoImages(boolean gzip) throws IOException {
        IdxFiles.images(folder.resolve("images"), 2, 2, new byte[] {0, 51, 102, (byte) 255, (byte) 255, 0, 0, 0}, gzip);
        IdxFiles.labels(folder.resolve("labels"), new int[] {3, 7}, gzip);
    }

    @Test
    void pixelsBecomeIntensitiesInZeroOneRowByRowAndBytesBecomeLabels() throws IOException {
        twoImages(false);
        PreparedData data = load("idx \"images\" labels \"labels\"");
        assertThat(data.featureNames()).containsExactly("r1c1", "r1c2", "r2c1", "r2c2");
        assertThat(data.classLabels()).containsExactly("3", "7");
        assertThat(data.train().x()[0]).containsExactly(0, 0.2, 0.4, 1);
        assertThat(data.train().x()[1]).containsExactly(1, 0, 0, 0);
        assertThat(data.train().y()).containsExactly(0, 1);
        assertThat(data.test().isEmpty()).isTrue();
    }

    @Test
    void gzippedFilesAreRecognisedByTheirBytesAndReadTheSame() throws IOException {
        twoImages(false);
        PreparedData plain = load("idx \"images\" labels \"labels\"");
        twoImages(true);
        PreparedData gzipped = load("idx \"images\" labels \"labels\"");
        assertThat(gzipped.train().x()).isDeepEqualTo(plain.train().x());
        assertThat(gzipped.dataHash()).isEqualTo(plain.dataHash());
    }

    @Test
    void poolAveragesBlocksOfPixels() throws IOException {
        byte[] pixels = new byte[16];
        for (int p = 0; p < 16; p++) {
            pixels[p] = (byte) (p * 17); // 0, 17, ..., 255: row r, column c holds 17 (4r + c)
        }
        IdxFiles.images(folder.resolve("images"), 4, 4, pixels, true);
        IdxFiles.labels(folder.resolve("labels"), new int[] {1}, true);
        byte[] twice = Arrays.copyOf(pixels, 32); // the same image, then a black one
        IdxFiles.images(folder.resolve("more"), 4, 4, twice, true);
        IdxFiles.labels(folder.resolve("more-labels"), new int[] {1, 0}, true);
        PreparedData data = load("idx \"more\" labels \"more-labels\" test \"images\" labels \"labels\"\n"
                + "pool 2");
        // Block (0, 0) holds pixels 0, 1, 4, 5: mean 17 * 2.5 / 255.
        double unit = 17.0 / 255;
        assertThat(data.featureNames()).containsExactly("r1c1", "r1c2", "r2c1", "r2c2");
        assertThat(data.train().x()[0]).containsExactly(new double[] {2.5 * unit, 4.5 * unit, 10.5 * unit, 12.5 * unit},
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(data.test().x()[0]).containsExactly(data.train().x()[0]);
    }

    @Test
    void perClassKeepsTheFirstImagesOfEachClassAfterTake() throws IOException {
        IdxFiles.numbered(folder, "train", 30, 2, 3); // image i has pixels i and class i mod 3
        PreparedData data = load("idx \"train-images.gz\" labels \"train-labels.gz\"\ntake 20\nper_class 2");
        assertThat(firstPixels(data)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(data.train().y()).containsExactly(0, 1, 2, 0, 1, 2);
    }

    @Test
    void takeReadsNoImageBeyondTheLastItKeeps() throws IOException {
        // The header declares 12 images but the file holds 5: reading the sixth would fail.
        byte[] pixels = new byte[5 * 4];
        IdxFiles.write(folder.resolve("images"), IdxFiles.header(3, 12, 2, 2), pixels, true);
        IdxFiles.labels(folder.resolve("labels"), new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, true);
        assertThat(load("idx \"images\" labels \"labels\"\ntake 5").train().size()).isEqualTo(5);
        assertThat(load("idx \"images\" labels \"labels\"\nper_class 2").train().size()).isEqualTo(4);
    }

    @Test
    void aSeedDrawsTheFewShotImagesFromAShuffleDeterministically() throws IOException {
        IdxFiles.numbered(folder, "train", 200, 2, 4);
        PreparedData first = load("idx \"train-images.gz\" labels \"train-labels.gz\"\nper_class 5 seed 1");
        PreparedData again = load("idx \"train-images.gz\" labels \"train-labels.gz\"\nper_class 5 seed 1");
        PreparedData other = load("idx \"train-images.gz\" labels \"train-labels.gz\"\nper_class 5 seed 2");
        assertThat(firstPixels(first)).containsExactly(firstPixels(again));
        assertThat(first.train().size()).isEqualTo(20);
        int[] perClass = new int[4];
        for (int image : firstPixels(first)) {
            perClass[image % 4]++;
        }
        assertThat(perClass).containsOnly(5);
        assertThat(set(firstPixels(first))).isNotEqualTo(set(firstPixels(other)));
        assertThat(set(firstPixels(first))).isNotEqualTo(set(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19}));
        assertThat(first.dataHash()).isNotEqualTo(other.dataHash());
    }

    @Test
    void perClassWorksOnCsvDataToo() throws IOException {
        java.nio.file.Files.writeString(folder.resolve("x.csv"), "1,a\n2,a\n3,b\n4,a\n5,b\n6,b\n");
        PreparedData data = load("csv \"x.csv\"\nper_class 1");
        assertThat(data.train().x()).isDeepEqualTo(new double[][] {{1}, {3}});
    }

    @Test
    void theTestFilesAreTheTestSplitAndTheScalerSeesOnlyTrainingRows() throws IOException {
        IdxFiles.numbered(folder, "train", 12, 2, 3);
        IdxFiles.numbered(folder, "t10k", 6, 2, 3);
        PreparedData data = load("idx \"train-images.gz\" labels \"train-labels.gz\" "
                + "test \"t10k-images.gz\" labels \"t10k-labels.gz\"\n"
                + "per_class 2\nscale minmax\nsplit train 0.5 validation 0.5 ordered");
        assertThat(data.train().size()).isEqualTo(3);
        assertThat(data.validation().size()).isEqualTo(3);
        assertThat(data.test().size()).isEqualTo(6);
        assertThat(data.test().y()).containsExactly(0, 1, 2, 0, 1, 2);
        // The training rows have pixels 0, 1, 2 (/255); minmax maps 2/255 to 1, so test image 5 maps to 2.5.
        assertThat(data.test().x()[5][0]).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theHashCoversTheTestFiles() throws IOException {
        IdxFiles.numbered(folder, "train", 12, 2, 3);
        IdxFiles.numbered(folder, "t10k", 6, 2, 3);
        IdxFiles.numbered(folder, "other", 9, 2, 3);
        String without = load("idx \"train-images.gz\" labels \"train-labels.gz\"").dataHash();
        String with = load("idx \"train-images.gz\" labels \"train-labels.gz\" "
                + "test \"t10k-images.gz\" labels \"t10k-labels.gz\"").dataHash();
        String withOther = load("idx \"train-images.gz\" labels \"train-labels.gz\" "
                + "test \"other-images.gz\" labels \"other-labels.gz\"").dataHash();
        assertThat(Set.of(without, with, withOther)).hasSize(3);
    }

    @Test
    void aClassWithTooFewImagesIsAWarning() throws IOException {
        IdxFiles.numbered(folder, "train", 8, 2, 3); // classes 0 and 1 have 3 images, class 2 has 2
        Diagnostics diagnostics = new Diagnostics();
        IdxFiles.load(folder, "idx \"train-images.gz\" labels \"train-labels.gz\"\nper_class 3", diagnostics);
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly("model.bdnn:4:1: warning: per_class 3 keeps only 2 rows of class '2'");
    }

    private static int[] firstPixels(PreparedData data) {
        return Arrays.stream(data.train().x()).mapToInt(row -> (int) Math.round(row[0] * 255)).toArray();
    }

    private static Set<Integer> set(int[] values) {
        Set<Integer> set = new HashSet<>();
        for (int value : values) {
            set.add(value);
        }
        return set;
    }
}
