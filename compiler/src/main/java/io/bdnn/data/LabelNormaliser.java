package io.bdnn.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns labels as written into class names, and class names into class indices.
 *
 * <p>A label that is a finite number is written in its shortest form, so {@code 1.0},
 * {@code 1} and {@code 1e0} are one class named {@code 1}, and {@code -0} is {@code 0}; any
 * other label is kept as written, without surrounding spaces. Classes are ordered by value when
 * every class name is a number, and by text otherwise; a row's class index is the position of
 * its label in that order.
 */
final class LabelNormaliser {
    /** Normalised forms already computed, keyed by the text as written, since labels repeat. */
    private final Map<String, String> cache = new HashMap<>();

    /** The class name for a label as written. */
    String normalise(String written) {
        String cached = cache.get(written);
        if (cached == null) {
            cached = canonical(written);
            cache.put(written, cached);
        }
        return cached;
    }

    /** The class name for a label as written, without caching. */
    static String canonical(String written) {
        String trimmed = written.trim();
        double value = NumberText.parseFinite(trimmed);
        return Double.isNaN(value) ? trimmed : NumberText.shortest(value);
    }

    /** The distinct class names in their class order: by value when all are numbers, else by text. */
    static List<String> classOrder(Collection<String> distinctNames) {
        List<String> classes = new ArrayList<>(distinctNames);
        boolean allNumbers = classes.stream().allMatch(NumberText::isNumber);
        if (allNumbers) {
            classes.sort(Comparator.comparingDouble(NumberText::parseFinite));
        } else {
            classes.sort(Comparator.naturalOrder());
        }
        return List.copyOf(classes);
    }

    /** The class index of each label, given the class order. */
    static int[] indices(String[] labels, List<String> classes) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        int[] result = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            result[i] = index.get(labels[i]);
        }
        return result;
    }
}
