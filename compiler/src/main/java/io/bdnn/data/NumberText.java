package io.bdnn.data;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads and writes numbers as they appear in data files. Reading is stricter than
 * {@link Double#parseDouble}: it accepts only finite decimal numbers such as {@code 3},
 * {@code -0.5} or {@code 1e-3}, and rejects {@code NaN}, {@code Infinity}, hexadecimal forms
 * and Java's type suffixes ({@code 1f}, {@code 2d}), which no data file means as numbers.
 */
final class NumberText {
    private NumberText() {
    }

    /**
     * The finite number written in {@code text} (already trimmed), with {@code -0} read as
     * {@code 0}; {@link Double#NaN} when the text is not such a number. Call {@link #problem}
     * to say why.
     */
    static double parseFinite(String text) {
        int length = text.length();
        if (length == 0) {
            return Double.NaN;
        }
        char last = text.charAt(length - 1);
        boolean endsWell = (last >= '0' && last <= '9') || last == '.';
        if (!endsWell || text.indexOf('x') >= 0 || text.indexOf('X') >= 0) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (Double.isInfinite(value)) {
            return Double.NaN;
        }
        // Adding zero turns -0.0 into 0.0, so that equal data hashes equally.
        return value + 0.0;
    }

    /** Whether {@code text} is a finite decimal number in the sense of {@link #parseFinite}. */
    static boolean isNumber(String text) {
        return !Double.isNaN(parseFinite(text));
    }

    /** Why {@code text} was rejected by {@link #parseFinite}, as the message a user sees. */
    static String problem(String text) {
        if (text.isEmpty()) {
            return "empty value; expected a number";
        }
        if (looksNonFinite(text)) {
            return "'" + text + "' is not a finite number";
        }
        if (text.indexOf(',') >= 0 && isNumber(text.replace(',', '.'))) {
            return "'" + text + "' is not a number; write the decimal point as '.'";
        }
        return "'" + text + "' is not a number";
    }

    private static boolean looksNonFinite(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equalsIgnoreCase("nan") || unsigned.equalsIgnoreCase("infinity")
                || unsigned.equalsIgnoreCase("inf")) {
            return true;
        }
        try {
            return Double.isInfinite(Double.parseDouble(text)) && text.chars().allMatch(NumberText::decimalChar);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean decimalChar(int c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
    }

    /**
     * The shortest decimal text that reads back as {@code value}: integers without a point
     * ({@code 1.0} gives {@code 1}, {@code -0.0} gives {@code 0}), other numbers with the fewest
     * significant digits that round-trip ({@code 0.1}, {@code 2.5e-7} as {@code 0.00000025}).
     * Very large or small magnitudes use scientific notation such as {@code 1E+300}.
     */
    static String shortest(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits));
            if (rounded.doubleValue() == value) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String plain = shortest.toPlainString();
        return plain.length() <= 22 ? plain : shortest.toString();
    }
}
