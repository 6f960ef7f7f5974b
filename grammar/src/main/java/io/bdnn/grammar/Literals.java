package io.bdnn.grammar;

import org.antlr.v4.runtime.Token;

/**
 * Reads the text of literal tokens (numbers, durations, strings) into values, reporting the
 * problems that the lexer's patterns let through: numbers too large and unknown time units.
 */
final class Literals {
    private final ErrorCollector errors;

    Literals(ErrorCollector errors) {
        this.errors = errors;
    }

    /**
     * A duration in seconds: the number times 0.001 for {@code ms}, 1 for {@code s}, 60 for
     * {@code m} and 3600 for {@code h}. The unit is the run of letters at the end of the token.
     */
    double seconds(Token duration, boolean negative) {
        String text = duration.getText();
        int unitStart = text.length();
        while (unitStart > 0 && Character.isLetter(text.charAt(unitStart - 1))) {
            unitStart--;
        }
        String unit = text.substring(unitStart);
        double factor = switch (unit) {
            case "ms" -> 0.001;
            case "s" -> 1;
            case "m" -> 60;
            case "h" -> 3600;
            default -> {
                errors.report(duration, "unknown time unit '" + unit + "' in '" + text + "'; use ms, s, m or h");
                yield Double.NaN;
            }
        };
        double seconds = Double.parseDouble(text.substring(0, unitStart)) * factor;
        return negative ? -seconds : seconds;
    }

    /** The value of a number token, with an error when it overflows to infinity. */
    double finite(Token number) {
        double value = Double.parseDouble(number.getText());
        if (Double.isInfinite(value)) {
            errors.report(number, "the number " + number.getText() + " is too large");
        }
        return value;
    }

    /** A whole number no larger than {@code limit}, or an error naming {@code what} it is. */
    long whole(Token token, long limit, String what) {
        try {
            long value = Long.parseLong(token.getText());
            if (value <= limit) {
                return value;
            }
        } catch (NumberFormatException tooLong) {
            // Only digits reach here, so the number is too large for a long.
        }
        errors.report(token, "the " + what + " " + token.getText() + " is too large");
        return limit;
    }

    /** A number as written, with its sign: {@code -1}, {@code 2.5E3}, {@code -30s}. */
    static String signedText(Token sign, Token magnitude) {
        return sign == null ? magnitude.getText() : "-" + magnitude.getText();
    }

    /**
     * The text of a string token without its quotes, with {@code \"} and {@code \\} undone. Only
     * files without lexical errors get here, so every string is closed.
     */
    static String unquote(Token string) {
        String text = string.getText();
        int end = text.length() - 1;
        StringBuilder value = new StringBuilder();
        for (int index = 1; index < end; index++) {
            char character = text.charAt(index);
            if (character == '\\' && index + 1 < end) {
                character = text.charAt(++index);
            }
            value.append(character);
        }
        return value.toString();
    }
}
