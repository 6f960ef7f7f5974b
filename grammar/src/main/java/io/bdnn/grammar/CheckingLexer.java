package io.bdnn.grammar;

import io.bdnn.ast.SourceSpan;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The generated lexer plus the lexical checks that a grammar without actions cannot make. A
 * stray character is reported and dropped; an unterminated string is reported and then read as
 * if it were closed at the end of its line; a backslash other than {@code \"} or {@code \\} in a
 * string is reported. The parser then goes on, so one slip gives one message.
 */
final class CheckingLexer extends BdnnLexer {
    private final ErrorCollector errors;

    CheckingLexer(CharStream input, ErrorCollector errors) {
        super(input);
        this.errors = errors;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token token = super.nextToken();
            switch (token.getType()) {
                case ERROR_CHARACTER -> errors.report(token, "unexpected character " + describe(token.getText())
                        + (Character.isLetter(token.getText().codePointAt(0))
                        ? "; names are made of the letters a-z and A-Z, digits and '_'" : ""));
                case UNTERMINATED_STRING -> {
                    errors.report(token, "unterminated string");
                    checkEscapes(token);
                    ((CommonToken) token).setType(STRING);
                    return token;
                }
                case STRING -> {
                    checkEscapes(token);
                    return token;
                }
                default -> {
                    return token;
                }
            }
        }
    }

    private void checkEscapes(Token token) {
        String text = token.getText();
        for (int index = 1; index < text.length() - 1; index++) {
            if (text.charAt(index) != '\\') {
                continue;
            }
            char escaped = text.charAt(index + 1);
            if (escaped != '"' && escaped != '\\') {
                int column = token.getCharPositionInLine() + 1 + text.codePointCount(0, index);
                SourceSpan span = new SourceSpan(errors.file(), token.getLine(), column, token.getLine(), column + 1);
                errors.report(span, "unknown escape '\\" + escaped + "' in a string; only \\\" and \\\\ are escapes");
            }
            index++;
        }
    }

    /** {@code '@'} for a visible character, {@code U+0007} for a control or invisible one. */
    static String describe(String character) {
        int codePoint = character.codePointAt(0);
        int type = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) || type == Character.FORMAT || type == Character.UNASSIGNED;
        return invisible ? String.format("U+%04X", codePoint) : "'" + character + "'";
    }
}
