package io.bdnn.ast;

/**
 * Where a construct stands in a source file: 1-based line and column of its first character,
 * and of its last character. Every AST node and every diagnostic carries one.
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {

    /** A span for things that have no place in a file (defaults, generated code). */
    public static SourceSpan none(String file) {
        return new SourceSpan(file, 0, 0, 0, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, or just the file when the position is unknown. */
    public String location() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }

    @Override
    public String toString() {
        return location();
    }
}
