package io.bdnn.bounds;

/**
 * The step margin {@code eps} of a layer: {@code u = 1} forces {@code a >= eps}, {@code u = 0}
 * forces {@code a <= 0}. Pre-activations in {@code (0, eps)} are the only ones the MILP cannot
 * represent, so eps is the price of exactness; {@link #reason} says why this value was chosen.
 */
public record Margin(double value, String reason) {

    /**
     * The integrality tolerance of the embedded solvers (SCIP, CBC, HiGHS all default to 1e-6): a
     * binary may come back as {@code 1 - 1e-6}, which weakens {@code a >= eps} to
     * {@code a >= eps - 1e-6 * M}.
     */
    public static final double INTEGRALITY_TOLERANCE = 1e-6;

    /** How many times the worst-case tolerance slack {@code tol * M} a safe eps must exceed. */
    public static final double SAFETY = 10;

    /** The smallest eps the compiler picks for real-valued pre-activations. */
    public static final double FLOOR = 1e-4;

    /**
     * Chooses eps for a layer. When every pre-activation is an integer for every network of the
     * domain (integer weights, integer or no bias, integral inputs), {@code a > 0} iff
     * {@code a >= 1}, so eps = 1 is exact. Otherwise eps = max(1e-4, 10 * 1e-6 * M) keeps a
     * solution with a binary off by the tolerance on the right side of zero.
     */
    public static Margin choose(double userValue, boolean integral, double bigM) {
        if (!Double.isNaN(userValue)) {
            return new Margin(userValue, "given in the model");
        }
        if (integral) {
            return new Margin(1.0, "pre-activations are integers, so a > 0 iff a >= 1 (exact)");
        }
        double safe = SAFETY * INTEGRALITY_TOLERANCE * bigM;
        if (safe <= FLOOR) {
            return new Margin(FLOOR, "floor 1e-4; 10 x tolerance 1e-6 x M " + round(bigM) + " is smaller");
        }
        return new Margin(safe, "10 x integrality tolerance 1e-6 x largest M " + round(bigM));
    }

    /** Whether a user-given eps is at least the safe value for this M. */
    public static boolean isSafe(double value, double bigM) {
        return value >= SAFETY * INTEGRALITY_TOLERANCE * bigM;
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
