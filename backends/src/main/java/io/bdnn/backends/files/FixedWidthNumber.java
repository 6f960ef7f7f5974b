package io.bdnn.backends.files;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for the 12-character fields of fixed MPS (columns 25-36 and 50-61).
 *
 * <p>What the readers really accept, measured on GLPK 5.0, lp_solve 5.5 and CBC 2.10: GLPK reads
 * each field strictly by position and rejects a card with anything in columns 62-72 ("in fixed
 * MPS format positions 62-72 must be blank"); lp_solve rejects a number running into columns
 * 37-39 ("columns 37-39 must be blank"); CBC reads by whitespace and would accept more. So a
 * number gets at most 12 characters, and no trick (tabs, overlong fields) is portable.
 *
 * <p>A value is written exactly when some form of at most 12 characters reads back as the same
 * double: the shortest round-trip text, with a leading {@code 0} dropped ({@code .5},
 * {@code -.25}). Otherwise it is rounded to the most significant digits that fit, in plain or
 * exponent form, whichever keeps more (checked by {@code FixedWidthNumberTest} on random values of
 * both signs): at least 10 significant digits for magnitudes in [0.1, 1e10), a relative change
 * of at most 5e-10 ({@code .11111111111} for 1/9, {@code -.1111111111} for -1/9); at least 7 in
 * [1e-9, 1e10), at most 5e-7; at least 6 in [1e-99, 1e99), at most 5e-6. The writers count the
 * rounded values and report them in a comment before {@code ENDATA}, in the name map and in
 * {@code bdnn compile}'s output. Free MPS and LP are always exact: use them unless a reader
 * demands fixed MPS.
 */
public final class FixedWidthNumber {
    /** The width of a fixed-MPS number field. */
    public static final int WIDTH = 12;

    private FixedWidthNumber() {
    }

    /** The text of a finite value in at most {@link #WIDTH} characters, exact when possible. */
    public static String format(double value) {
        String exact = compact(DecimalText.text(value));
        if (exact.length() <= WIDTH) {
            return exact;
        }
        BigDecimal decimal = new BigDecimal(value);
        for (int digits = 17; digits >= 1; digits--) {
            BigDecimal rounded = decimal.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            String plain = compact(rounded.toPlainString());
            String scientific = scientific(rounded);
            String best = plain.length() <= scientific.length() ? plain : scientific;
            if (best.length() <= WIDTH) {
                return best;
            }
        }
        throw new IllegalStateException("no " + WIDTH + "-character form of " + value);
    }

    /** The relative change that writing {@code value} as {@code text} makes (0 when exact). */
    public static double relativeChange(double value, String text) {
        double read = Double.parseDouble(text);
        if (read == value) {
            return 0;
        }
        return Math.abs(read - value) / Math.abs(value);
    }

    /** Drops a leading zero before the decimal point: {@code 0.5} becomes {@code .5}. */
    private static String compact(String text) {
        if (text.startsWith("0.")) {
            return text.substring(1);
        }
        if (text.startsWith("-0.")) {
            return "-" + text.substring(2);
        }
        return text;
    }

    /** {@code d.dddE±x} with the exponent as short as possible. */
    private static String scientific(BigDecimal rounded) {
        String unscaled = rounded.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - rounded.scale();
        StringBuilder text = new StringBuilder();
        if (rounded.signum() < 0) {
            text.append('-');
        }
        text.append(unscaled.charAt(0));
        if (unscaled.length() > 1) {
            text.append('.').append(unscaled, 1, unscaled.length());
        }
        return text.append('E').append(exponent).toString();
    }
}
