package io.bdnn.backends.files;

import java.io.IOException;

/**
 * Numbers as text that every reader turns back into the same double.
 *
 * <p>Rules: a whole number below {@code 1e15} in magnitude is written as an integer
 * ({@code 3}, {@code -12}, never {@code 3.0}; {@code -0.0} becomes {@code 0}); a value between
 * 1e-4 and 1e15 in magnitude is written with the fewest decimals that read back exactly
 * ({@code 0.1111111111111111}, {@code 2.0001}; see {@link #fixedPoint}); any other finite value
 * is written by {@link Double#toString(double)}, whose specification guarantees that
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
        String decimal = fixedPoint(value);
        if (decimal != null) {
            return decimal;
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
        double magnitude = Math.abs(value);
        int decimals = fixedPointDecimals(magnitude);
        if (decimals > 0) {
            return sink.decimal(value < 0, Math.round(magnitude * POWERS_OF_TEN[decimals]), decimals);
        }
        return sink.write(text(value));
    }

    /**
     * The fast path for the common case, scaled data and margins between 1e-4 and 1e15: the
     * fewest decimals {@code k <= 17} such that {@code m / 10^k}, with {@code m} the nearest
     * integer to {@code value * 10^k}, gives back {@code value} in double division. Both that
     * division and any correct decimal parser round the same real number {@code m * 10^-k} to the
     * nearest double, so the text {@code m} with {@code k} decimals reads back exactly; while
     * {@code |m| < 2^53} and {@code k <= 22} the integer and the power of ten are exact doubles.
     * Returns null when no such k exists (then {@link Double#toString} is used), roughly 20 times
     * faster than {@link Double#toString} on Java 17.
     */
    private static String fixedPoint(double value) {
        double magnitude = Math.abs(value);
        int decimals = fixedPointDecimals(magnitude);
        return decimals > 0 ? decimal(value < 0, Math.round(magnitude * POWERS_OF_TEN[decimals]), decimals) : null;
    }

    /** The k of {@link #fixedPoint} for a positive magnitude, or 0 when there is none. */
    private static int fixedPointDecimals(double magnitude) {
        if (magnitude < 1e-4 || magnitude >= 1e15) {
            return 0;
        }
        for (int k = 1; k <= 17; k++) {
            double scaled = magnitude * POWERS_OF_TEN[k];
            if (scaled >= TWO_TO_53) {
                return 0;
            }
            if (Math.round(scaled) / POWERS_OF_TEN[k] == magnitude) {
                return k;
            }
        }
        return 0;
    }

    /** {@code m * 10^-k} as text, such as {@code -0.0125} for m = 125, k = 4. */
    private static String decimal(boolean negative, long m, int k) {
        String digits = Long.toString(m);
        StringBuilder text = new StringBuilder(digits.length() + k + 3);
        if (negative) {
            text.append('-');
        }
        if (digits.length() <= k) {
            text.append("0.");
            for (int zeros = digits.length(); zeros < k; zeros++) {
                text.append('0');
            }
            text.append(digits);
        } else {
            text.append(digits, 0, digits.length() - k).append('.').append(digits, digits.length() - k, digits.length());
        }
        return text.toString();
    }

    private static final double TWO_TO_53 = 9007199254740992.0;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int k = 0; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = power;
            power *= 10;
        }
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
