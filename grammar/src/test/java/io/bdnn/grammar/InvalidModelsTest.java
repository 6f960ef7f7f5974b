package io.bdnn.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/invalid/} is one small invalid model whose expected
 * errors are written in it, one per line, as {@code # expect: LINE:COLUMN: message}.
 */
class InvalidModelsTest {
    private static final String EXPECT = "# expect: ";

    static Stream<Path> files() throws Exception {
        URL folder = InvalidModelsTest.class.getResource("/invalid");
        assertThat(folder).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> models = files.filter(file -> file.toString().endsWith(".bdnn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsTheErrorsWrittenInTheFile(Path file) throws Exception {
        String name = file.getFileName().toString();
        List<String> expected = Files.readAllLines(file).stream()
                .filter(line -> line.startsWith(EXPECT))
                .map(line -> name + ":" + line.substring(EXPECT.length()))
                .toList();
        assertThat(expected).as("a file in invalid/ says what it expects").isNotEmpty();
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ModelParser.parse(name, Files.readString(file), diagnostics)).isNull();
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactlyElementsOf(expected);
    }
}
