package io.bdnn.backends.files;

import java.io.IOException;

/**
 * Numbers as text that every reader turns back into the same double.
 *
 * <p>Rules: a whole number below {@code 1e15} in magnitude is written as an integer
 * ({@code 3}, {@code -12}, never {@code 3.0}; {@code -0.0} becomes {@code 0}); a value between
 * 1e-4 and 1e15 in magnitude is written with the fewest decimals that read back exactly
 * ({@code 0.1111111111111111}, {@code 2.0001}; see {@link #fixedPointDecimals}), computed with
 * a few floating-point operations, many times faster than {@code Double.toString} on Java 17
 * (which matters: every row's big-M and bound is a different number); any other finite value is
 * written by {@link Double#toString(double)}, whose specification guarantees that
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
            return sink.decimal(value < 0, nearestInteger(magnitude, decimals), decimals);
        }
        return sink.write(text(value));
    }

    /**
     * The fast path for every value between 1e-4 and 1e15 in magnitude: the fewest decimals
     * {@code k} such that {@code m}, the integer nearest to {@code value * 10^k}, read as
     * {@code m * 10^-k}, gives back {@code value}. Its digits are those of the shortest
     * round-trip text. See {@link #fixedPointDecimals}.
     */
    private static String fixedPoint(double value) {
        double magnitude = Math.abs(value);
        int decimals = fixedPointDecimals(magnitude);
        return decimals > 0 ? decimal(value < 0, nearestInteger(magnitude, decimals), decimals) : null;
    }

    /**
     * The k of {@link #fixedPoint} for a positive magnitude, or 0 when the value is outside the
     * range (then {@link Double#toString} is used).
     *
     * <p>Exactness: {@code P = magnitude * 10^k} is computed exactly as {@code hi + lo} (a product
     * and its {@code fma} error, with {@code 10^k} an exact double for k <= 22), so {@code m} is
     * the integer nearest to P and {@code |m - P|} is known to about 1e-16. Every correctly
     * rounding reader turns {@code m * 10^-k} into {@code magnitude} exactly when
     * {@code |m * 10^-k - magnitude|} is below half the gap to the neighbouring doubles (the
     * smaller gap, at a power of two), that is when {@code |m - P| < halfGap * 10^k}; the test
     * keeps a relative margin of 2^-40, which can only make k larger, never wrong. If k decimals
     * round-trip, so do k + 1, so the smallest k is found by bisection among the k that keep
     * {@code m} below 1e17 (17 significant digits always round-trip).
     */
    private static int fixedPointDecimals(double magnitude) {
        if (!(magnitude >= 1e-4 && magnitude < 1e15)) {
            return 0;
        }
        double halfGap = 0.5 * Math.min(Math.ulp(magnitude), magnitude - Math.nextDown(magnitude));
        int high = 1;
        while (high < 22 && magnitude * POWERS_OF_TEN[high + 1] < 1e17) {
            high++;
        }
        if (!roundTrips(magnitude, high, halfGap)) {
            return 0;
        }
        int low = 0;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (roundTrips(magnitude, middle, halfGap)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** Whether {@code nearestInteger(magnitude, k) * 10^-k} reads back as {@code magnitude}. */
    private static boolean roundTrips(double magnitude, int k, double halfGap) {
        double power = POWERS_OF_TEN[k];
        double hi = magnitude * power;
        double lo = Math.fma(magnitude, power, -hi);
        double rest = (hi - Math.round(hi)) + lo;
        rest -= Math.rint(rest);
        return Math.abs(rest) < halfGap * power * (1 - 0x1p-40);
    }

    /** The integer nearest to {@code magnitude * 10^k}, computed exactly (see {@link #fixedPointDecimals}). */
    static long nearestInteger(double magnitude, int k) {
        double power = POWERS_OF_TEN[k];
        double hi = magnitude * power;
        double lo = Math.fma(magnitude, power, -hi);
        long m = Math.round(hi);
        double rest = (hi - m) + lo;
        return m + (long) Math.rint(rest);
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
