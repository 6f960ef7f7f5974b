package io.bdnn.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public door of the grammar module: reading files, and keeping ANTLR behind it. */
class ModelParserTest {

    @Test
    void aMissingFileIsADiagnosticNotAnException(@TempDir Path folder) {
        Path missing = folder.resolve("missing.bdnn");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ModelParser.parse(missing, diagnostics)).isNull();
        assertThat(diagnostics.all()).containsExactly(
                Diagnostic.error(SourceSpan.none(missing.toString()), "cannot read model file: no such file"));
        assertThat(diagnostics.all().get(0).format()).isEqualTo(missing + ": cannot read model file: no such file");
    }

    @Test
    void aFolderIsNotAModelFile(@TempDir Path folder) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ModelParser.parse(folder, diagnostics)).isNull();
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly(folder + ": cannot read model file: it is a directory");
    }

    @Test
    void aFileThatIsNotUtf8IsADiagnostic(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin1.bdnn");
        Files.write(file, "model caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ModelParser.parse(file, diagnostics)).isNull();
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly(file + ":1:10: file is not UTF-8 text: byte 0xE9 is not valid UTF-8 here; save it as UTF-8");
    }

    @Test
    void spansNameTheFileAsGivenAndAByteOrderMarkIsIgnored(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.bdnn");
        Files.writeString(file, "\uFEFFmodel m\ndata { take 1 }\n", StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        Ast.ModelFile model = ModelParser.parse(file, diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(model.span()).isEqualTo(new SourceSpan(file.toString(), 1, 1, 2, 15));
    }

    @Test
    void earlierErrorsOfTheCallerDoNotMakeAValidFileFail() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(SourceSpan.none("other.bdnn"), "an earlier problem");
        assertThat(ModelParser.parse("m.bdnn", "model m", diagnostics)).isNotNull();
        assertThat(diagnostics.all()).hasSize(1);
    }

    @Test
    void noAntlrTypeIsPublic() {
        for (Method method : ModelParser.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                Stream.concat(Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()))
                        .forEach(type -> assertThat(type.getName()).as(method.toString())
                                .doesNotStartWith("org.antlr"));
            }
        }
        for (Class<?> helper : List.of(AstBuilder.class, CheckingLexer.class, ErrorCollector.class, Literals.class,
                ReadableErrorStrategy.class, Spans.class, SyntaxMessages.class)) {
            assertThat(Modifier.isPublic(helper.getModifiers())).as(helper.getName()).isFalse();
        }
    }
}
