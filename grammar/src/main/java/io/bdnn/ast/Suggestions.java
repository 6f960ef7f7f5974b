package io.bdnn.ast;

import java.util.Collection;

/** "Did you mean" hints for misspelt names, by Levenshtein distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The closest candidate to {@code word} if it is close enough to be a likely typo
     * (distance at most a third of the word's length, and at least 1), else null.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String closest = closest(word, candidates);
        return closest == null ? "" : "; did you mean '" + closest + "'?";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
