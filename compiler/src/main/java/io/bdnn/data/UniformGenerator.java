package io.bdnn.data;

import java.util.SplittableRandom;

/**
 * The random data of Kurtz and Bah (2021): with {@code m} samples of {@code n} features, a third
 * of the points ({@code floor(m/3)}) are uniform in {@code [0,10]^n} with label 1, another third
 * are uniform in {@code [-10,0]^n} with label 0, and the rest are uniform in {@code [-1,1]^n}
 * with a label drawn at random. The rows are then shuffled once so classes are mixed (which
 * matters for {@code take}). Everything is drawn from one {@link SplittableRandom} seeded with
 * the given seed, so a seed always gives the same data.
 */
final class UniformGenerator {
    /** The largest number of values (features times samples) a model may ask for. */
    static final long MAX_VALUES = 20_000_000L;

    private UniformGenerator() {
    }

    static RawData generate(int features, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int third = samples / 3;
        double[][] rows = new double[samples][];
        String[] labels = new String[samples];
        for (int i = 0; i < samples; i++) {
            double[] row = new double[features];
            if (i < third) {
                fill(row, random, 0, 10);
                labels[i] = "1";
            } else if (i < 2 * third) {
                fill(row, random, -10, 0);
                labels[i] = "0";
            } else {
                fill(row, random, -1, 1);
                labels[i] = random.nextBoolean() ? "1" : "0";
            }
            rows[i] = row;
        }
        shuffle(rows, labels, random);
        return new RawData(rows, labels, RawData.numberedNames(features));
    }

    /** Draws each entry uniformly from {@code [low, high)}. */
    private static void fill(double[] row, SplittableRandom random, double low, double high) {
        for (int j = 0; j < row.length; j++) {
            row[j] = low + (high - low) * random.nextDouble();
        }
    }

    /** Fisher-Yates on rows and labels together. */
    private static void shuffle(double[][] rows, String[] labels, SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] row = rows[i];
            rows[i] = rows[j];
            rows[j] = row;
            String label = labels[i];
            labels[i] = labels[j];
            labels[j] = label;
        }
    }
}
