package io.bdnn.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * A collector of diagnostics shared by the phases of a compilation. Phases add to it and the
 * driver stops between phases when {@link #hasErrors()} (as jlox's {@code hadError}).
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void error(SourceSpan span, String message) {
        items.add(Diagnostic.error(span, message));
    }

    public void warning(SourceSpan span, String message) {
        items.add(Diagnostic.warning(span, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }

    public List<Diagnostic> errors() {
        return items.stream().filter(Diagnostic::isError).toList();
    }
}
