package io.bdnn.grammar;

import io.bdnn.ast.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns ANTLR token positions (0-based columns) into 1-based {@link SourceSpan}s. */
final class Spans {
    private Spans() {
    }

    /** The span of one token, from its first to its last character. */
    static SourceSpan of(String file, Token token) {
        return of(file, token, token);
    }

    /** The span from the first character of {@code first} to the last character of {@code last}. */
    static SourceSpan of(String file, Token first, Token last) {
        int line = first.getLine();
        int column = first.getCharPositionInLine() + 1;
        String text = last.getType() == Token.EOF || last.getText() == null ? "" : last.getText();
        int endLine = last.getLine();
        int endColumn = last.getCharPositionInLine() + 1;
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak >= 0) {
            endLine += (int) text.chars().filter(character -> character == '\n').count();
            endColumn = text.codePointCount(lastBreak + 1, text.length());
        } else if (!text.isEmpty()) {
            endColumn += text.codePointCount(0, text.length()) - 1;
        }
        return new SourceSpan(file, line, column, endLine, Math.max(endColumn, 1));
    }

    /** The span of a parsed construct, from its first token to its last. */
    static SourceSpan of(String file, ParserRuleContext context) {
        return of(file, context.getStart(), context.getStop());
    }
}
