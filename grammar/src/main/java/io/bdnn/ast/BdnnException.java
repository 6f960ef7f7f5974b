package io.bdnn.ast;

import java.util.List;

/**
 * Thrown when a model cannot go on to the next phase; carries the located diagnostics that say
 * why. The command line prints them and exits with a non-zero code, never a stack trace.
 */
public final class BdnnException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public BdnnException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BdnnException(SourceSpan span, String message) {
        this(List.of(Diagnostic.error(span, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
