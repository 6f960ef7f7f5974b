package io.bdnn.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.util.List;

/** Small helpers shared by the grammar tests. */
final class Parsing {
    static final String FILE = "test.bdnn";

    private Parsing() {
    }

    /** Parses text that must be valid and returns its tree. */
    static Ast.ModelFile valid(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Ast.ModelFile model = ModelParser.parse(FILE, text, diagnostics);
        assertThat(diagnostics.all()).extracting(Diagnostic::format).isEmpty();
        assertThat(model).isNotNull();
        return model;
    }

    /** Parses text that must be invalid and returns its formatted errors. */
    static List<String> errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Ast.ModelFile model = ModelParser.parse(FILE, text, diagnostics);
        assertThat(model).as("a file with errors gives no tree").isNull();
        assertThat(diagnostics.all()).allMatch(Diagnostic::isError);
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    static SourceSpan span(int line, int column, int endLine, int endColumn) {
        return new SourceSpan(FILE, line, column, endLine, endColumn);
    }

    /** The statements of the only train block of a file made of {@code model m train { body }}. */
    static List<Ast.TrainStatement> train(String body) {
        return ((Ast.TrainBlock) valid("model m\ntrain {\n" + body + "\n}\n").blocks().get(0)).statements();
    }

    static List<Ast.DataStatement> data(String body) {
        return ((Ast.DataBlock) valid("model m\ndata {\n" + body + "\n}\n").blocks().get(0)).statements();
    }

    static List<Ast.NetworkStatement> network(String body) {
        return ((Ast.NetworkBlock) valid("model m\nnetwork {\n" + body + "\n}\n").blocks().get(0)).statements();
    }
}
