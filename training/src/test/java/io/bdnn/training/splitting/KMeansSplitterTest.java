package io.bdnn.training.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.training.BatchSampler;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** k-means splits and batches: what the heuristic's rounds are made of. */
class KMeansSplitterTest {

    @Test
    void twoSeparatedBlobsAreSplitExactlyAndDeterministically() {
        Random random = new Random(1);
        double[][] x = new double[40][];
        for (int i = 0; i < 40; i++) {
            double centre = i % 2 == 0 ? 0 : 10;
            x[i] = new double[] {centre + random.nextGaussian(), centre + random.nextGaussian()};
        }
        int[] members = new int[40];
        Arrays.setAll(members, i -> i);
        int[][] halves = new KMeansSplitter(5, 7).split(x, members);
        assertThat(Arrays.stream(halves[0]).boxed().toList()).allMatch(i -> i % 2 == 0).hasSize(20);
        assertThat(Arrays.stream(halves[1]).boxed().toList()).allMatch(i -> i % 2 == 1).hasSize(20);
        assertThat(new KMeansSplitter(5, 7).split(x, members)).isDeepEqualTo(halves);
    }

    @Test
    void identicalPointsAndSingletonsCannotBeSplit() {
        double[][] x = {{1, 2}, {1, 2}, {1, 2}};
        assertThat(new KMeansSplitter(3, 1).split(x, new int[] {0, 1, 2})).isNull();
        assertThat(new KMeansSplitter(3, 1).split(x, new int[] {1})).isNull();
    }

    @Test
    void randomBatchesAreSeededSamplesAndSequentialOnesWrapAround() {
        BatchSampler random = new BatchSampler(10, 4, false, 3);
        int[] first = random.batch(0);
        assertThat(first).hasSize(4).doesNotHaveDuplicates().isSorted();
        assertThat(new BatchSampler(10, 4, false, 3).batch(0)).isEqualTo(first);
        BatchSampler sequential = new BatchSampler(10, 4, true, 0);
        assertThat(sequential.batch(0)).containsExactly(0, 1, 2, 3);
        assertThat(sequential.batch(2)).containsExactly(0, 1, 8, 9);
        assertThat(new BatchSampler(10, 0, false, 0).batch(5)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(new BatchSampler(3, 64, false, 0).isFull()).isTrue();
    }
}
