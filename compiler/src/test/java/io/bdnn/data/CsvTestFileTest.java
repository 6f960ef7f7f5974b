package io.bdnn.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csv "train.csv" test "test.csv"}: a second file, read with the same options, is the test split. */
class CsvTestFileTest {
    @TempDir
    Path folder;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(folder.resolve("train.csv"), "0;0;a\n2;4;b\n1;2;a\n");
        Files.writeString(folder.resolve("test.csv"), "4;8;b\n1;1;a\n");
        Files.writeString(folder.resolve("narrow.csv"), "4;b\n");
        Files.writeString(folder.resolve("unknown.csv"), "4;8;c\n");
    }

    private static final String SOURCE = "csv \"train.csv\" delimiter \";\" test ";

    @Test
    void theTestFileIsTheTestSplitScaledByTheTrainingRows() {
        Diagnostics diagnostics = new Diagnostics();
        PreparedData data = IdxFiles.load(folder, SOURCE + "\"test.csv\"\nscale minmax\n"
                + "split train 0.67 validation 0.33 ordered", diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(data.train().size()).isEqualTo(2);
        assertThat(data.validation().size()).isEqualTo(1);
        assertThat(data.test().x()).isDeepEqualTo(new double[][] {{2, 2}, {0.5, 0.25}});
        assertThat(data.test().y()).containsExactly(1, 0);
    }

    @Test
    void theTestFileMustMatchTheTrainingFile() {
        assertErrors(SOURCE + "\"narrow.csv\"", "model.bdnn:3:36: 'narrow.csv' has 1 feature but 'train.csv' has 2");
        assertErrors(SOURCE + "\"unknown.csv\"", "model.bdnn:3:36: test label 'c' is not a class of the training "
                + "rows (classes a, b)");
        assertErrors(SOURCE + "\"missing.csv\"", "model.bdnn:3:36: cannot read 'missing.csv': no such file");
        assertErrors(SOURCE + "\"test.csv\"\nsplit train 0.5 test 0.5", "model.bdnn:4:1: the test rows come from "
                + "the test files of line 3; split the other rows into train and validation only");
    }

    private void assertErrors(String body, String... expected) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(IdxFiles.load(folder, body, diagnostics)).isNull();
        assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(expected);
    }
}
