package io.bdnn.grammar;

import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Collects the errors of one parse: lexical, syntactic and those found while building the AST.
 * The lexer runs ahead of the parser, so the errors are handed on sorted by position.
 */
final class ErrorCollector extends BaseErrorListener {
    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();

    ErrorCollector(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void report(Token token, String message) {
        report(Spans.of(file, token), message);
    }

    void report(SourceSpan span, String message) {
        errors.add(Diagnostic.error(span, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Adds the errors to {@code diagnostics} in the order of their place in the file. */
    void copyTo(Diagnostics diagnostics) {
        errors.stream()
                .sorted(Comparator.comparingInt((Diagnostic error) -> error.span().line())
                        .thenComparingInt(error -> error.span().column()))
                .forEach(diagnostics::add);
    }

    /**
     * Receives the messages of {@link ReadableErrorStrategy}, which are already worded for users.
     * The lexer never calls this, as every character it cannot match becomes an
     * {@code ERROR_CHARACTER} token that {@link CheckingLexer} reports itself.
     */
    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String message, RecognitionException exception) {
        if (offendingSymbol instanceof Token token) {
            report(token, message);
        } else {
            report(new SourceSpan(file, line, charPositionInLine + 1, line, charPositionInLine + 1), message);
        }
    }
}
