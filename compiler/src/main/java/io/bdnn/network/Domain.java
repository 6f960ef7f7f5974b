package io.bdnn.network;

/**
 * The values a weight or bias may take: an interval, integral or not. A bias that is declared
 * without a range gets its bounds from the bounds analysis; {@link #declaredRange} says whether
 * the interval was written by the user (then it binds) or chosen by the compiler.
 *
 * @param kind          continuous, integer, or none (no bias at all)
 * @param lo            lower bound, or -infinity when the compiler is to choose
 * @param hi            upper bound, or +infinity when the compiler is to choose
 * @param declaredRange whether the user wrote the range
 */
public record Domain(Kind kind, double lo, double hi, boolean declaredRange) {

    public enum Kind { CONTINUOUS, INTEGER, NONE }

    public static Domain none() {
        return new Domain(Kind.NONE, 0, 0, true);
    }

    public static Domain continuous(double lo, double hi) {
        return new Domain(Kind.CONTINUOUS, lo, hi, true);
    }

    public static Domain integer(double lo, double hi) {
        return new Domain(Kind.INTEGER, lo, hi, true);
    }

    /** A domain whose range the bounds analysis picks so that it never binds. */
    public static Domain unbounded(Kind kind) {
        return new Domain(kind, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isInteger() {
        return kind == Kind.INTEGER;
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase();
        return declaredRange && kind != Kind.NONE ? name + " in [" + fmt(lo) + ", " + fmt(hi) + "]" : name;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
