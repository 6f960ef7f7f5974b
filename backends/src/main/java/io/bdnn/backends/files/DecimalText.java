package io.bdnn.backends.files;

import java.io.IOException;

/**
 * Numbers as text that every reader turns back into the same double.
 *
 * <p>Rules: a whole number below {@code 1e15} in magnitude is written as an integer
 * ({@code 3}, {@code -12}, never {@code 3.0}; {@code -0.0} becomes {@code 0}); any other finite
 * value is written by {@link Double#toString(double)}, whose specification guarantees that
 * {@code strtod} and {@link Double#parseDouble} read back exactly the same double, with a
 * redundant {@code .0} before the exponent dropped ({@code 1.0E-5} becomes {@code 1E-5}). Every
 * reader measured (CBC, GLPK, lp_solve, HiGHS, OR-Tools) parses numbers with {@code strtod} or
 * an equivalent correctly rounded parser, so the model they read has bit-for-bit the lowered
 * model's coefficients and bounds. Infinities and NaN are not numbers of a model file: the
 * writers express them with {@code MI}/{@code PL}/{@code FR} or {@code -inf}/{@code +inf}.
 */
public final class DecimalText {
    /** Below this magnitude every whole double is exactly a {@code long} and prints without exponent. */
    private static final double INTEGER_LIMIT = 1e15;

    private DecimalText() {
    }

    /** The text of a finite value. */
    public static String text(double value) {
        checkFinite(value);
        if (isSmallInteger(value)) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent >= 2 && text.charAt(exponent - 1) == '0' && text.charAt(exponent - 2) == '.') {
            return text.substring(0, exponent - 2) + text.substring(exponent);
        }
        return text;
    }

    /** Writes a finite value; integers take the allocation-free path. */
    static AsciiSink write(double value, AsciiSink sink) throws IOException {
        checkFinite(value);
        if (isSmallInteger(value)) {
            return sink.integer((long) value);
        }
        return sink.write(text(value));
    }

    static boolean isSmallInteger(double value) {
        return value == Math.rint(value) && Math.abs(value) < INTEGER_LIMIT;
    }

    private static void checkFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a model file number must be finite, got " + value);
        }
    }
}
