package io.bdnn.milp;

/**
 * The big-M values a lowering rule used in one row family, and where they came from, so that
 * the compiler can report the largest M and the ratio of the step margin to it.
 *
 * @param family  the row family whose rows carry the M values
 * @param min     the smallest |M| used
 * @param max     the largest |M| used
 * @param origin  how they were derived, such as {@code interval bounds of hidden/pre}
 */
public record BigM(Family family, double min, double max, String origin) {
}
