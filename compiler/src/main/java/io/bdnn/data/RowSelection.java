package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.OptionReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which loaded rows a model keeps, from its {@code take N} and {@code per_class N [seed S]}
 * statements, decided from the labels alone (so that an image file need only be read for the
 * rows kept).
 *
 * <p>{@code take N} keeps the first {@code N} rows. {@code per_class N} then walks the rows in
 * order and keeps a row while its class has fewer than {@code N} rows kept: the first {@code N}
 * of each class. With {@code seed S} the walk follows a random permutation of the taken rows
 * (Fisher-Yates on {@link SplittableRandom} seeded with {@code S}, as {@link Splitter} does), so
 * that each seed draws a different few-shot training set; the kept rows are in that walk's order.
 */
final class RowSelection {
    static final List<String> PER_CLASS_OPTIONS = List.of("seed");

    private final Ast.Take take;
    private final Ast.PerClass perClass;
    private final Long seed;

    private RowSelection(Ast.Take take, Ast.PerClass perClass, Long seed) {
        this.take = take;
        this.perClass = perClass;
        this.seed = seed;
    }

    /** The selection of a data block's take and per_class statements (either may be null). */
    static RowSelection of(Ast.Take take, Ast.PerClass perClass, Diagnostics diagnostics) {
        Long seed = null;
        if (perClass != null) {
            OptionReader options = new OptionReader("per_class", perClass.options(), PER_CLASS_OPTIONS, diagnostics);
            seed = options.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
            if (perClass.count() < 1) {
                diagnostics.error(perClass.countSpan(), "per_class needs a positive number of rows, found "
                        + perClass.count());
            }
        }
        return new RowSelection(take, perClass, seed);
    }

    /** The number of rows to read at most: {@code take}'s count, or every row. */
    long limit() {
        return take == null ? Long.MAX_VALUE : take.count();
    }

    /** Whether every row up to the limit is kept, in order. */
    boolean keepsAll() {
        return perClass == null;
    }

    /**
     * The indices of the kept rows among {@code labels} (the class names of the rows read, at
     * most {@link #limit()}), in the order kept; warns when take or per_class keeps fewer rows
     * than asked.
     */
    int[] kept(String[] labels, long rowsInSource, Diagnostics diagnostics) {
        int rows = (int) Math.min(labels.length, limit());
        if (take != null && rowsInSource < take.count()) {
            diagnostics.warning(take.span(), "take " + take.count() + " keeps all " + rowsInSource + " rows");
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (perClass == null) {
            return order;
        }
        if (seed != null) {
            Splitter.shuffle(order, new SplittableRandom(seed));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] kept = new int[rows];
        int size = 0;
        for (int row : order) {
            int count = counts.merge(labels[row], 1, Integer::sum);
            if (count <= perClass.count()) {
                kept[size++] = row;
            }
        }
        counts.forEach((label, count) -> {
            if (count < perClass.count()) {
                diagnostics.warning(perClass.span(), "per_class " + perClass.count() + " keeps only " + count
                        + " row" + (count == 1 ? "" : "s") + " of class '" + label + "'");
            }
        });
        return Arrays.copyOf(kept, size);
    }
}
