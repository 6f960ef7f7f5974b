package io.bdnn.cli;

import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostic;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads a model for a command, printing located diagnostics instead of stack traces. */
final class ModelInput {
    private ModelInput() {
    }

    /** The checked model, or null after printing its errors. */
    static ModelDefinition check(Path file, PrintWriter err) {
        try {
            ModelDefinition definition = Compiler.check(file);
            printAll(definition.warnings(), err);
            return definition;
        } catch (BdnnException e) {
            printAll(e.diagnostics(), err);
            return null;
        }
    }

    static void printAll(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic.format());
        }
        err.flush();
    }
}
