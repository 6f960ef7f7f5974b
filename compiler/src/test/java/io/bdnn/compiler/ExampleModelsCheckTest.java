package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostic;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example model in {@code models/} passes every check, data included. Some examples read
 * data that is installed rather than committed: files under {@code data/} (by
 * {@code bench/images/install}) or under {@code ../shared/datasets}. When the only errors of such
 * a model are that those files are missing, its check is skipped with a message saying what to
 * install; its syntax is still checked by the grammar's {@code ExampleModelsTest}. A missing file
 * anywhere else is a failure, so a misspelt path cannot hide behind the skip.
 */
class ExampleModelsCheckTest {
    private static final Pattern MISSING = Pattern.compile("^cannot read '(.*)': no such file$");

    static Stream<Path> exampleModels() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("models"))) {
            return files.filter(file -> file.toString().endsWith(".bdnn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleModels")
    void checksWithoutErrors(Path file) {
        try {
            ModelDefinition model = Compiler.check(file);
            assertThat(model.warnings()).filteredOn(Diagnostic::isError).isEmpty();
        } catch (BdnnException error) {
            abortIfOnlyInstalledDataIsMissing(file, error);
            throw error;
        }
    }

    /**
     * Skips the calling test with a message saying what to install when every error of
     * {@code error} is a missing file under an installed-data folder; returns otherwise.
     */
    static void abortIfOnlyInstalledDataIsMissing(Path file, BdnnException error) {
        List<Diagnostic> errors = error.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() && errors.stream().allMatch(diagnostic -> installedDataIsMissing(diagnostic, file))) {
            abort(file.getFileName() + " reads data that is not installed here ("
                    + errors.get(0).message() + "); run bench/images/install to check it with its data");
        }
    }

    /** Whether the error says that a file in one of the installed-data folders is missing. */
    private static boolean installedDataIsMissing(Diagnostic diagnostic, Path model) {
        Matcher missing = MISSING.matcher(diagnostic.message());
        if (!missing.matches()) {
            return false;
        }
        Path root = ProjectFiles.root().toAbsolutePath().normalize();
        Path data = model.toAbsolutePath().getParent().resolve(missing.group(1)).normalize();
        return data.startsWith(root.resolve("data")) || data.startsWith(root.resolve("../shared/datasets").normalize());
    }
}
