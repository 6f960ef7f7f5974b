package io.bdnn.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which training points share one activation pattern: point {@code i} belongs to subset
 * {@code subsetOf[i]} in {@code 0..subsets-1}, and all points of a subset have the same
 * activations in every layer. The identity grouping (a subset per point) is exact training;
 * the data-splitting heuristic uses few subsets, so that the number of binaries no longer grows
 * with the number of points.
 *
 * @param subsetOf the subset of each point
 * @param subsets  the number of subsets; each has at least one point
 */
public record Grouping(int[] subsetOf, int subsets) {

    public Grouping {
        int[] count = new int[subsets];
        for (int subset : subsetOf) {
            if (subset < 0 || subset >= subsets) {
                throw new IllegalArgumentException("subset " + subset + " is outside 0.." + (subsets - 1));
            }
            count[subset]++;
        }
        for (int g = 0; g < subsets; g++) {
            if (count[g] == 0) {
                throw new IllegalArgumentException("subset " + g + " has no point");
            }
        }
        subsetOf = subsetOf.clone();
    }

    /** A subset per point: exact training. */
    public static Grouping identity(int points) {
        int[] subsetOf = new int[points];
        Arrays.setAll(subsetOf, i -> i);
        return new Grouping(subsetOf, points);
    }

    /**
     * The grouping of labelled subsets numbered arbitrarily (for example k-means cluster ids),
     * renumbered {@code 0..} in order of first appearance.
     */
    public static Grouping of(int[] labels) {
        java.util.Map<Integer, Integer> number = new java.util.LinkedHashMap<>();
        int[] subsetOf = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            subsetOf[i] = number.computeIfAbsent(labels[i], key -> number.size());
        }
        return new Grouping(subsetOf, number.size());
    }

    /**
     * Points with equal features in one subset, numbered in order of first appearance. Equal
     * inputs give equal activations in every layer of every network, so this grouping is exact:
     * it changes the number of binaries, not the set of networks or their losses.
     */
    public static Grouping byEqualInputs(double[][] x) {
        java.util.Map<java.util.List<Double>, Integer> number = new java.util.HashMap<>();
        int[] subsetOf = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            java.util.List<Double> key = Arrays.stream(x[i]).map(v -> v == 0 ? 0.0 : v).boxed().toList();
            subsetOf[i] = number.computeIfAbsent(key, k -> number.size());
        }
        return new Grouping(subsetOf, number.size());
    }

    public int points() {
        return subsetOf.length;
    }

    public int subsetOf(int point) {
        return subsetOf[point];
    }

    /** Whether every point has its own subset in point order (exact training). */
    public boolean isIdentity() {
        if (subsets != subsetOf.length) {
            return false;
        }
        for (int i = 0; i < subsetOf.length; i++) {
            if (subsetOf[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** The points of each subset, in increasing order. */
    public List<int[]> members() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int g = 0; g < subsets; g++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < subsetOf.length; i++) {
            lists.get(subsetOf[i]).add(i);
        }
        return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** The name prefix of the subset axis in row and column names: {@code s} (sample) or {@code g} (group). */
    public String prefix() {
        return isIdentity() ? "s" : "g";
    }
}
