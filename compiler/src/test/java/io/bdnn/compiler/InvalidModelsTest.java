package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostic;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid models: {@code models/invalid/*.bdnn}, one small file per diagnostic,
 * with the exact expected messages written inline as {@code # expect: LINE:COL: message} (or
 * {@code # expect: other-file:LINE:COL: message} for errors located in a data file).
 *
 * <p>Files about encodings are stored as readable UTF-8 and say how the test writes them before
 * checking: {@code # write-as: ENCODING} for the model itself, {@code # write-as: ENCODING FILE}
 * for a data file beside it ({@link Encodings}). Those are checked as copies in a fresh folder.
 */
class InvalidModelsTest {

    @TempDir
    Path folder;

    static Stream<Path> invalidModels() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.model("invalid"))) {
            return files.filter(file -> file.toString().endsWith(".bdnn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidModels")
    void reportsExactlyTheExpectedDiagnostics(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> expected = lines.stream()
                .filter(line -> line.startsWith("# expect: "))
                .map(line -> line.substring("# expect: ".length()))
                .toList();
        assertThat(expected).as("%s states its expected messages", file.getFileName()).isNotEmpty();
        Path checked = Encodings.writeAsTold(file, lines, folder);
        assertThatThrownBy(() -> Compiler.check(checked))
                .isInstanceOfSatisfying(BdnnException.class, error ->
                        assertThat(error.diagnostics().stream().map(d -> relative(d, checked)).toList())
                                .containsExactlyElementsOf(expected));
    }

    /** {@code LINE:COL: message} for the model file itself, {@code name:LINE:COL: message} for another file. */
    private static String relative(Diagnostic diagnostic, Path model) {
        String where = diagnostic.span().file().equals(model.toString()) ? ""
                : Path.of(diagnostic.span().file()).getFileName() + ":";
        return where + diagnostic.span().line() + ":" + diagnostic.span().column() + ": " + diagnostic.message();
    }
}
