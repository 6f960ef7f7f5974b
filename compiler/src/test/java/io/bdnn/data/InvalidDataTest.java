package io.bdnn.data;

import static io.bdnn.data.DataAst.at;
import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.column;
import static io.bdnn.data.DataAst.csv;
import static io.bdnn.data.DataAst.generate;
import static io.bdnn.data.DataAst.inline;
import static io.bdnn.data.DataAst.named;
import static io.bdnn.data.DataAst.scale;
import static io.bdnn.data.DataAst.split;
import static io.bdnn.data.DataAst.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid data blocks and data files with the exact messages they give. Files are written to a
 * temporary folder that is the model's folder; {@code {file}} in a message stands for the name
 * under which errors inside {@code x.csv} are reported.
 */
class InvalidDataTest {

    /** One invalid input: the files in the model's folder, the data block, the exact errors. */
    record Case(String name, Map<String, String> files, Ast.DataBlock block, List<String> errors) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case invalid(String name, Map<String, String> files, Ast.DataBlock block, String... errors) {
        return new Case(name, files, block, List.of(errors));
    }

    private static Case invalid(String name, Ast.DataBlock block, String... errors) {
        return invalid(name, Map.of(), block, errors);
    }

    /** A case whose block reads {@code x.csv} with delimiter ';' and no header. */
    private static Case badFile(String name, String contents, String... errors) {
        return invalid(name, Map.of("x.csv", contents), block(csv("x.csv", ";", false, null)), errors);
    }

    private static final Ast.InlineSource FOUR_ROWS = inline("0 : 0", "1 : 1", "2 : 0", "3 : 1");

    static Stream<Case> cases() {
        return Stream.of(
            invalid("no source", block(take(5)),
                "model.bdnn:1:1: the data block has no source; add one of csv \"file.csv\", idx \"images\" "
                    + "labels \"labels\", inline { ... } or generate uniform features N samples M"),
            invalid("two sources", block(csv("x.csv"), FOUR_ROWS),
                "model.bdnn:3:3: a data block has exactly one source; the first is on line 2"),
            invalid("take twice", block(FOUR_ROWS, take(2), new Ast.Take(3, at(13, 3))),
                "model.bdnn:13:3: 'take' is given twice; the first is on line 10"),
            invalid("unknown generator with a hint", block(generate("unifrom", "features", "2", "samples", "9")),
                "model.bdnn:2:12: unknown generator 'unifrom'; did you mean 'uniform'?"),
            invalid("unknown generator", block(generate("gauss", "features", "2", "samples", "9")),
                "model.bdnn:2:12: unknown generator 'gauss'; the only generator is 'uniform'"),
            invalid("misspelt generate option", block(generate("uniform", "feature", "2", "samples", "9")),
                "model.bdnn:2:20: unknown generate uniform option 'feature'; did you mean 'features'?"),
            invalid("unknown generate option", block(generate("uniform", "features", "2", "samples", "9",
                    "noise", "0.1")),
                "model.bdnn:2:40: unknown generate uniform option 'noise'; expected one of features, samples, seed"),
            invalid("missing generate option", block(generate("uniform", "features", "2")),
                "model.bdnn:2:12: generate uniform needs 'samples N'"),
            invalid("fractional feature count", block(generate("uniform", "features", "2.5", "samples", "9")),
                "model.bdnn:2:25: generate uniform option 'features' needs a whole number, found 2.5"),
            invalid("zero samples", block(generate("uniform", "features", "2", "samples", "0")),
                "model.bdnn:2:35: generate uniform option 'samples' must be at least 1, found 0"),
            invalid("negative samples", block(generate("uniform", "features", "2", "samples", "-5")),
                "model.bdnn:2:35: generate uniform option 'samples' must be at least 1, found -5"),
            invalid("string seed", block(generate("uniform", "features", "2", "samples", "9", "seed", "\"a\"")),
                "model.bdnn:2:45: generate uniform option 'seed' needs a whole number, found \"a\""),
            invalid("too much generated data", block(generate("uniform", "features", "100000", "samples", "1000")),
                "model.bdnn:2:3: generate uniform with 100000 features and 1000 samples would make "
                    + "100000000 values; the limit is 20000000"),
            invalid("missing file", block(csv("missing.csv")),
                "model.bdnn:2:7: cannot read 'missing.csv': no such file"),
            invalid("invalid path", block(csv("bad\u0000name.csv")),
                "model.bdnn:2:7: cannot read 'bad\u0000name.csv': not a valid path"),
            invalid("folder", Map.of("sub/y.csv", "1,0\n"), block(csv("sub")),
                "model.bdnn:2:7: cannot read 'sub': it is a folder, not a file"),
            badFile("ragged rows", "1;2;0\n3;4;1\n5;0\n6;7;1\n8;9;0;1\n",
                "{file}:3:1: row has 2 values, expected 3",
                "{file}:5:1: row has 4 values, expected 3"),
            badFile("not a number", "1;2;0\n33;abc;1\n", "{file}:2:4: 'abc' is not a number"),
            badFile("not a number after spaces", "1; 2;0\n3;  ?;1\n", "{file}:2:5: '?' is not a number"),
            badFile("NaN", "1;NaN;0\n2;3;1\n", "{file}:1:3: 'NaN' is not a finite number"),
            badFile("infinity", "1;2;0\n-Infinity;3;1\n", "{file}:2:1: '-Infinity' is not a finite number"),
            badFile("overflow", "1;2;0\n1e999;3;1\n", "{file}:2:1: '1e999' is not a finite number"),
            badFile("decimal comma", "1,5;2;0\n", "{file}:1:1: '1,5' is not a number; write the decimal point as '.'"),
            badFile("empty value", "1;;0\n", "{file}:1:3: empty value; expected a number"),
            badFile("empty label", "1;2;0\n1;2; \n", "{file}:2:5: empty label"),
            badFile("unclosed quote", "1;2;0\n1;\"2;0\n", "{file}:2:1: malformed CSV: EOF reached before "
                + "encapsulated token finished"),
            badFile("empty file", "", "model.bdnn:2:7: 'x.csv' has no data rows"),
            badFile("blank lines only", "\n  \n\n", "model.bdnn:2:7: 'x.csv' has no data rows"),
            badFile("one column", "0\n1\n", "model.bdnn:2:7: 'x.csv' has only 1 column; it needs at least one "
                + "feature column besides the label"),
            badFile("single class", "1;2;0\n3;4;0\n", "model.bdnn:2:7: all 2 rows have label '0'; training needs "
                + "at least 2 classes"),
            badFile("single class written two ways", "1;2;1\n3;4;1.0\n", "model.bdnn:2:7: all 2 rows have label "
                + "'1'; training needs at least 2 classes"),
            invalid("single class after take", Map.of("x.csv", "1;2;0\n3;4;0\n5;6;1\n"),
                block(csv("x.csv", ";", false, null), take(2)),
                "model.bdnn:10:3: the first 2 rows all have label '0'; training needs at least 2 classes"),
            invalid("empty file with header", Map.of("x.csv", ""), block(csv("x.csv", ",", true, null)),
                "model.bdnn:2:7: 'x.csv' is empty, but 'header true' asks for a header row"),
            invalid("header only", Map.of("x.csv", "a,b,label\n"), block(csv("x.csv", ",", true, null)),
                "model.bdnn:2:7: 'x.csv' has a header but no data rows"),
            invalid("label column out of range", Map.of("x.csv", "1;2;0\n"), block(csv("x.csv", ";", false,
                    column(5))),
                "model.bdnn:2:40: label column 5 is out of range: 'x.csv' has 3 columns, numbered from 1"),
            invalid("label column 0", Map.of("x.csv", "1;2;0\n"), block(csv("x.csv", ";", false, column(0))),
                "model.bdnn:2:40: label column 0 is out of range: 'x.csv' has 3 columns, numbered from 1"),
            invalid("misspelt label name", Map.of("x.csv", "a,b,label\n1,2,0\n"),
                block(csv("x.csv", ",", true, named("labels"))),
                "model.bdnn:2:40: no column 'labels' in the header of 'x.csv'; did you mean 'label'?"),
            invalid("unknown label name", Map.of("x.csv", "a,b,label\n1,2,0\n"),
                block(csv("x.csv", ",", true, named("class"))),
                "model.bdnn:2:40: no column 'class' in the header of 'x.csv'; its columns are a, b, label"),
            invalid("label name without header", Map.of("x.csv", "1,2,0\n"), block(csv("x.csv", ",", null,
                    named("label"))),
                "model.bdnn:2:40: label \"label\" names a header column, but the file has no header; "
                    + "add 'header true' or use label column N"),
            invalid("empty delimiter", Map.of("x.csv", "1,2,0\n"), block(csv("x.csv", "", null, null)),
                "model.bdnn:2:3: delimiter must not be empty"),
            invalid("misspelt scale", block(FOUR_ROWS, scale("minmx")),
                "model.bdnn:11:3: unknown scale 'minmx'; did you mean 'minmax'?"),
            invalid("unknown scale", block(FOUR_ROWS, scale("log")),
                "model.bdnn:11:3: unknown scale 'log'; expected one of none, minmax, standard"),
            invalid("misspelt split part", block(FOUR_ROWS, split("train", "0.5", "validaton", "0.5")),
                "model.bdnn:12:30: unknown split option 'validaton'; did you mean 'validation'?"),
            invalid("unknown split part", block(FOUR_ROWS, split("train", "0.5", "dev", "0.5")),
                "model.bdnn:12:30: unknown split option 'dev'; expected one of train, validation, test, seed, ordered"),
            invalid("fraction above 1", block(FOUR_ROWS, split("train", "1.5")),
                "model.bdnn:12:25: split option 'train' must be between 0 and 1, found 1.5"),
            invalid("fractions not adding up to 1", block(FOUR_ROWS, split("train", "0.5", "validation", "0.3")),
                "model.bdnn:12:3: split fractions add up to 0.8, not 1 (train 0.5, validation 0.3, test 0)"),
            invalid("no train fraction", block(FOUR_ROWS, split("validation", "0.5", "test", "0.5")),
                "model.bdnn:12:3: split needs a positive train fraction"),
            invalid("train rounding to no rows", block(FOUR_ROWS, split("train", "0.1", "test", "0.9")),
                "model.bdnn:12:3: split leaves no training rows: train 0.1 of 4 rows rounds to 0"),
            invalid("fractional split seed", block(FOUR_ROWS, split("train", "1", "seed", "1.5")),
                "model.bdnn:12:35: split option 'seed' needs a whole number, found 1.5"),
            invalid("take 0", block(FOUR_ROWS, take(0)),
                "model.bdnn:10:3: take needs a positive number of rows, found 0"),
            invalid("inline rows of different widths", block(inline("0 0 : 0", "0 1 1 : 1", "1 1 : 0")),
                "model.bdnn:5:5: row has 3 values, expected 2"),
            invalid("inline without rows", block(inline()),
                "model.bdnn:3:3: inline data has no rows"),
            invalid("inline single class", block(inline("0 : a", "1 : a")),
                "model.bdnn:3:3: all 2 rows have label 'a'; training needs at least 2 classes"),
            invalid("several problems at once", block(csv("missing.csv"), scale("minmx"), split("train", "2")),
                "model.bdnn:11:3: unknown scale 'minmx'; did you mean 'minmax'?",
                "model.bdnn:12:25: split option 'train' must be between 0 and 1, found 2",
                "model.bdnn:2:7: cannot read 'missing.csv': no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactLocatedErrors(Case invalid, @TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : invalid.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        String fileName = DataFile.displayName(folder.resolve("x.csv"));
        Diagnostics diagnostics = new Diagnostics();

        PreparedData data = DataLoader.load(invalid.block(), folder, diagnostics);

        assertThat(data).isNull();
        assertThat(diagnostics.errors()).extracting(Diagnostic::format)
                .containsExactlyElementsOf(invalid.errors().stream().map(e -> e.replace("{file}", fileName)).toList());
    }

    @Test
    void stopsReadingAfterTenErrorsInAFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("x.csv"), "1;0\n" + "?;1\n".repeat(15));
        Diagnostics diagnostics = new Diagnostics();

        PreparedData data = DataLoader.load(block(csv("x.csv", ";", false, null)), folder, diagnostics);

        assertThat(data).isNull();
        assertThat(diagnostics.errors()).hasSize(10);
        assertThat(diagnostics.all().get(10).format())
                .isEqualTo(DataFile.displayName(folder.resolve("x.csv")) + ": note: stopped reading after 10 errors");
    }

    @Test
    void takeBeyondTheDataWarnsAndKeepsEverything() {
        Diagnostics diagnostics = new Diagnostics();

        PreparedData data = DataLoader.load(block(FOUR_ROWS, take(800)), null, diagnostics);

        assertThat(data).isNotNull();
        assertThat(data.train().size()).isEqualTo(4);
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly("model.bdnn:10:3: warning: take 800 keeps all 4 rows");
    }

    @Test
    void takeStopsReadingBeforeLaterBadRows(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("x.csv"), "1;0\n2;1\nbad;1\n");
        Diagnostics diagnostics = new Diagnostics();

        PreparedData data = DataLoader.load(block(csv("x.csv", ";", false, null), take(2)), folder, diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(data.train().size()).isEqualTo(2);
    }

    @Test
    void fileErrorsAreNamedSoAUserCanOpenThem(@TempDir Path folder) {
        Path here = Path.of("").toAbsolutePath();

        assertThat(DataFile.displayName(here.resolve("data/x.csv"))).isEqualTo(Path.of("data", "x.csv").toString());
        assertThat(DataFile.displayName(here.resolve("../x.csv"))).isEqualTo(Path.of("..", "x.csv").toString());
        assertThat(DataFile.displayName(folder.resolve("x.csv"))).isIn(folder.resolve("x.csv").toString(),
                here.relativize(folder.resolve("x.csv")).toString());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreRead(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("x.csv"), "\uFEFFa,b,label\r\n1,2,0\r\n3,4,1\r\n5,x,1\r\n");
        Diagnostics diagnostics = new Diagnostics();

        DataLoader.load(block(csv("x.csv", ",", true, named("label"))), folder, diagnostics);

        assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(
                DataFile.displayName(folder.resolve("x.csv")) + ":4:3: 'x' is not a number");
    }
}
