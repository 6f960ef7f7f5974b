package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.BdnnException;
import io.bdnn.network.NetworkSpec;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid corpus in the forms editors save text in: every example model of {@code models/}
 * with a UTF-8 byte order mark and CRLF line ends, and CSV data with a byte order mark, CRLF,
 * quoted fields and trailing empty lines, define exactly the model and data of the plain files
 * (the same data hash: the same rows, labels, split and scaling).
 */
class TextFormsTest {
    /** The quoted data paths of a model: csv files, IDX image and label files, a test pair. */
    private static final Pattern DATA_PATH = Pattern.compile("\\b(csv|idx|labels|test) \"([^\"]+)\"");

    @TempDir
    Path folder;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.model(""))) {
            return files.filter(file -> file.toString().endsWith(".bdnn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExampleWithAByteOrderMarkAndCrlfDefinesTheSameModel(Path example) throws IOException {
        ProjectFiles.datasets();
        try {
            Compiler.check(example);
        } catch (BdnnException error) {
            ExampleModelsCheckTest.abortIfOnlyInstalledDataIsMissing(example, error);
            throw error;
        }
        String text = Files.readString(example, StandardCharsets.UTF_8);
        // The copy lives elsewhere: its data paths become absolute.
        Matcher paths = DATA_PATH.matcher(text);
        String absolute = paths.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + " \""
                + example.resolveSibling(match.group(2)).toAbsolutePath().normalize() + "\""));
        Path plain = folder.resolve("plain.bdnn");
        Files.writeString(plain, absolute, StandardCharsets.UTF_8);
        Path windows = folder.resolve("windows.bdnn");
        Files.writeString(windows, "\uFEFF" + absolute.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertSameModel(Compiler.check(windows), Compiler.check(plain));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"byte order mark", "crlf", "quoted", "trailing empty lines", "all"})
    void csvDataInEveryUsualFormReadsAsThePlainFile(String form) throws IOException {
        List<String> rows = List.of("0.5,1,a", "1.5,-2,b", "2.5,3,a", "3.5,-4,b");
        String plain = String.join("\n", rows) + "\n";
        String other = switch (form) {
            case "byte order mark" -> "\uFEFF" + plain;
            case "crlf" -> plain.replace("\n", "\r\n");
            case "quoted" -> quoted(rows, "\n");
            case "trailing empty lines" -> plain + "\n\n  \n";
            default -> "\uFEFF" + quoted(rows, "\r\n") + "\r\n\r\n";
        };
        assertSameModel(check("other", other), check("plain", plain));
    }

    @Test
    void aHeaderWithAByteOrderMarkKeepsItsFirstName() throws IOException {
        ModelDefinition definition = check("header", "\uFEFFsize,weight,class\r\n1,2,a\r\n3,4,b\r\n", "header true");
        assertThat(definition.data().featureNames()).containsExactly("size", "weight");
    }

    private ModelDefinition check(String name, String csv) throws IOException {
        return check(name, csv, "");
    }

    private ModelDefinition check(String name, String csv, String options) throws IOException {
        Files.writeString(folder.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        Path model = folder.resolve(name + ".bdnn");
        Files.writeString(model, """
                model forms
                data { csv "%s.csv" %s }
                network {
                  layer output: classes step
                  weights integer in [-1, 1]
                }
                train { solver scip }
                """.formatted(name, options));
        return Compiler.check(model);
    }

    private static String quoted(List<String> rows, String lineEnd) {
        StringBuilder text = new StringBuilder();
        for (String row : rows) {
            text.append('"').append(row.replace(",", "\",\"")).append('"').append(lineEnd);
        }
        return text.toString();
    }

    private static void assertSameModel(ModelDefinition actual, ModelDefinition expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.data().dataHash()).isEqualTo(expected.data().dataHash());
        assertThat(actual.data().featureNames()).isEqualTo(expected.data().featureNames());
        assertThat(actual.data().classLabels()).isEqualTo(expected.data().classLabels());
        assertThat(shape(actual.network())).isEqualTo(shape(expected.network()));
        assertThat(actual.training().method()).isEqualTo(expected.training().method());
        assertThat(actual.warnings()).hasSameSizeAs(expected.warnings());
    }

    private static String shape(NetworkSpec network) {
        StringBuilder text = new StringBuilder(network.inputs() + " inputs");
        network.layers().forEach(layer -> text.append(", ").append(layer.name()).append(' ').append(layer.width()));
        return text.append(", ").append(network.weights()).append(", ").append(network.bias()).toString();
    }
}
