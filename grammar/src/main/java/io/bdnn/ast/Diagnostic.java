package io.bdnn.ast;

/** One message about a model file, with the place it is about. */
public record Diagnostic(Severity severity, SourceSpan span, String message) {

    public enum Severity { ERROR, WARNING, NOTE }

    public static Diagnostic error(SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, span, message);
    }

    public static Diagnostic warning(SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, span, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The user-facing form: {@code model.bdnn:12:7: message} (warnings say so). */
    public String format() {
        String prefix = switch (severity) {
            case ERROR -> "";
            case WARNING -> "warning: ";
            case NOTE -> "note: ";
        };
        return span.location() + ": " + prefix + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
