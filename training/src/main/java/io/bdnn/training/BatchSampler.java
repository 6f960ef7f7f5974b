package io.bdnn.training;

import java.util.Arrays;
import java.util.Random;

/**
 * Which training points each MILP of a heuristic sees: all of them, a random batch (drawn anew
 * for every MILP from a seeded generator), or consecutive windows that wrap around.
 */
public final class BatchSampler {
    private final int points;
    private final int size;
    private final boolean sequential;
    private final Random random;

    /**
     * @param points     the number of training points
     * @param size       points per batch, or 0 for all of them
     * @param sequential windows {@code [r N, (r + 1) N)} modulo the points instead of random draws
     * @param seed       seed of the random draws
     */
    public BatchSampler(int points, int size, boolean sequential, long seed) {
        this.points = points;
        this.size = size <= 0 || size >= points ? points : size;
        this.sequential = sequential;
        this.random = new Random(seed);
    }

    public boolean isFull() {
        return size == points;
    }

    /** The training points of the MILP of step {@code step} (0-based), in increasing order. */
    public int[] batch(int step) {
        int[] batch = new int[size];
        if (size == points) {
            Arrays.setAll(batch, i -> i);
            return batch;
        }
        if (sequential) {
            long first = (long) step * size % points;
            Arrays.setAll(batch, i -> (int) ((first + i) % points));
        } else {
            // A partial Fisher-Yates shuffle: the first `size` entries are a uniform sample.
            int[] order = new int[points];
            Arrays.setAll(order, i -> i);
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(points - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            System.arraycopy(order, 0, batch, 0, size);
        }
        Arrays.sort(batch);
        return batch;
    }
}
