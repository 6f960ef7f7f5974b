package io.bdnn.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem with an idx source, per_class or pool is an error at the statement or file name
 * it is about (the body starts on line 3 of model.bdnn, one statement per line).
 */
class InvalidIdxDataTest {
    private static final String SOURCE = "idx \"train-images.gz\" labels \"train-labels.gz\"";

    @TempDir
    Path folder;

    private void assertErrors(String body, String... expected) {
        Diagnostics diagnostics = new Diagnostics();
        PreparedData data = IdxFiles.load(folder, body, diagnostics);
        assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(expected);
        assertThat(data).isNull();
    }

    private void trainFiles() throws IOException {
        IdxFiles.numbered(folder, "train", 12, 4, 3);
    }

    @Test
    void missingFilesAreNamedAtTheirPaths() {
        assertErrors("idx \"a.gz\" labels \"b.gz\"",
                "model.bdnn:3:5: cannot read 'a.gz': no such file",
                "model.bdnn:3:19: cannot read 'b.gz': no such file");
    }

    @Test
    void aFileThatIsNotIdxSaysWhatItStartsWith() throws IOException {
        trainFiles();
        Files.writeString(folder.resolve("train-labels.gz"), "label\n1\n");
        assertErrors(SOURCE, "model.bdnn:3:30: 'train-labels.gz' is not an IDX file: it starts with bytes 6c 61, "
                + "expected 00 00");
    }

    @Test
    void anEmptyFileEndsInsideItsHeader() throws IOException {
        trainFiles();
        Files.write(folder.resolve("train-labels.gz"), new byte[0]);
        assertErrors(SOURCE, "model.bdnn:3:30: 'train-labels.gz' is not an IDX file: it ends inside its header");
    }

    @Test
    void otherValueTypesAreNamed() throws IOException {
        trainFiles();
        IdxFiles.write(folder.resolve("train-labels.gz"), new byte[] {0, 0, 0x0D, 1, 0, 0, 0, 1}, new byte[4], false);
        assertErrors(SOURCE, "model.bdnn:3:30: 'train-labels.gz' holds IDX values of type 0x0d (float); bdnn reads "
                + "unsigned bytes (type 0x08), as MNIST and Fashion-MNIST use");
    }

    @Test
    void swappedFilesAreCaughtByTheirDimensions() throws IOException {
        trainFiles();
        assertErrors("idx \"train-labels.gz\" labels \"train-images.gz\"",
                "model.bdnn:3:30: 'train-images.gz' has 3 dimensions, but label files have 1 (the number of labels); "
                        + "are images and labels swapped?");
    }

    @Test
    void aTruncatedGzippedFileIsFoundWhenItsImagesRunOut() throws IOException {
        IdxFiles.write(folder.resolve("train-images.gz"), IdxFiles.header(3, 12, 4, 4), new byte[16 * 5], true);
        IdxFiles.labels(folder.resolve("train-labels.gz"), new int[12], true);
        assertErrors(SOURCE, "model.bdnn:3:5: 'train-images.gz' is truncated: its header declares 12 items, "
                + "but it ends after 5");
    }

    @Test
    void aPlainFileMustHaveTheLengthItsHeaderDeclares() throws IOException {
        IdxFiles.write(folder.resolve("short"), IdxFiles.header(3, 12, 4, 4), new byte[16 * 5 + 3], false);
        IdxFiles.write(folder.resolve("long"), IdxFiles.header(1, 2), new byte[3], false);
        assertErrors("idx \"short\" labels \"long\"",
                "model.bdnn:3:20: 'long' has 1 byte after the 2 items its header declares");
        IdxFiles.labels(folder.resolve("long"), new int[12], false);
        assertErrors("idx \"short\" labels \"long\"",
                "model.bdnn:3:5: 'short' is truncated: its header declares 12 items, but it ends after 5");
    }

    @Test
    void imagesAndLabelsMustBeAsMany() throws IOException {
        trainFiles();
        IdxFiles.labels(folder.resolve("train-labels.gz"), new int[] {0, 1, 2}, true);
        assertErrors(SOURCE, "model.bdnn:3:30: 'train-labels.gz' has 3 labels but 'train-images.gz' has 12 images");
    }

    @Test
    void poolMustDivideTheImagesAndNeedsImages() throws IOException {
        trainFiles();
        assertErrors(SOURCE + "\npool 3", "model.bdnn:4:6: pool 3 does not divide the 4x4 images of "
                + "'train-images.gz'; sizes that do: 2, 4");
        assertErrors(SOURCE + "\npool 0", "model.bdnn:4:6: pool needs a positive block size, found 0");
        Files.writeString(folder.resolve("x.csv"), "1,0\n2,1\n");
        assertErrors("csv \"x.csv\"\npool 2", "model.bdnn:4:1: pool averages blocks of pixels; it needs images "
                + "from an idx source");
    }

    @Test
    void perClassNeedsAPositiveCountAndKnowsOnlySeed() throws IOException {
        trainFiles();
        assertErrors(SOURCE + "\nper_class 0", "model.bdnn:4:11: per_class needs a positive number of rows, found 0");
        assertErrors(SOURCE + "\nper_class 2 sed 3", "model.bdnn:4:13: unknown per_class option 'sed'; "
                + "did you mean 'seed'?");
        assertErrors(SOURCE + "\nper_class 2\nper_class 3", "model.bdnn:5:1: 'per_class' is given twice; "
                + "the first is on line 4");
    }

    @Test
    void testFilesExcludeATestFractionAndUnknownClassesAndOtherSizes() throws IOException {
        trainFiles();
        IdxFiles.numbered(folder, "t10k", 4, 4, 4); // has class 3, unknown to the training rows
        IdxFiles.numbered(folder, "small", 3, 2, 3);
        String withTest = SOURCE + " test \"t10k-images.gz\" labels \"t10k-labels.gz\"";
        assertErrors(withTest + "\nsplit train 0.5 test 0.5", "model.bdnn:4:1: the test rows come from the test "
                + "files of line 3; split the other rows into train and validation only");
        assertErrors(withTest, "model.bdnn:3:77: test label '3' is not a class of the training rows "
                + "(classes 0, 1, 2)");
        assertErrors(SOURCE + " test \"small-images.gz\" labels \"small-labels.gz\"", "model.bdnn:3:53: the test "
                + "images of 'small-images.gz' are 2x2 but the training images of 'train-images.gz' are 4x4");
    }

    @Test
    void theFirstRowsOfASingleClassAreReportedAtTake() throws IOException {
        byte[] pixels = new byte[16 * 4];
        Arrays.fill(pixels, (byte) 1);
        IdxFiles.images(folder.resolve("train-images.gz"), 4, 4, pixels, true);
        IdxFiles.labels(folder.resolve("train-labels.gz"), new int[] {5, 5, 6, 6}, true);
        assertErrors(SOURCE + "\ntake 2", "model.bdnn:4:1: the first 2 rows all have label '5'; "
                + "training needs at least 2 classes");
    }
}
