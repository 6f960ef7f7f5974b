package io.bdnn.data;

import java.util.SplittableRandom;

/**
 * Deals rows out to train, validation and test according to a {@link SplitPlan}.
 *
 * <p>With {@code m} rows, train gets {@code round(train * m)} rows and validation
 * {@code round(validation * m)} (at most what train leaves); test gets the rest. The rows are
 * taken in the order of a random permutation of {@code 0 .. m-1} drawn with the plan's seed
 * (Fisher-Yates on {@link SplittableRandom}), so the same data and seed always give the same
 * split. With {@code split none} train is every row in the order loaded; an {@code ordered} split
 * deals the rows out in the order loaded.
 */
final class Splitter {
    private Splitter() {
    }

    /** The sizes of train, validation and test for {@code rows} rows. */
    static int[] sizes(SplitPlan plan, int rows) {
        if (plan.none()) {
            return new int[] {rows, 0, 0};
        }
        int train = (int) Math.min(rows, Math.round(plan.train() * rows));
        int validation = (int) Math.min(rows - train, Math.round(plan.validation() * rows));
        return new int[] {train, validation, rows - train - validation};
    }

    /** The row indices of train, validation and test, in that order. */
    static int[][] indices(SplitPlan plan, int rows) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (!plan.none() && !plan.ordered()) {
            shuffle(order, new SplittableRandom(plan.seed()));
        }
        int[] sizes = sizes(plan, rows);
        int[][] parts = new int[3][];
        int start = 0;
        for (int part = 0; part < 3; part++) {
            parts[part] = java.util.Arrays.copyOfRange(order, start, start + sizes[part]);
            start += sizes[part];
        }
        return parts;
    }

    /** Shuffles in place with Fisher-Yates: each of the {@code n!} orders is equally likely. */
    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
