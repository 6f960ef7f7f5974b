package io.bdnn.training.splitting;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Splits a subset of training points in two by k-means (k = 2) on their scaled features, with
 * Commons Math's k-means++ and several restarts ({@link MultiKMeansPlusPlusClusterer} keeps the
 * clustering with the smallest sum of cluster variances). Deterministic for a seed.
 */
public final class KMeansSplitter {
    /** Lloyd iterations per restart; k-means on two clusters converges long before. */
    static final int MAX_ITERATIONS = 100;

    private final int restarts;
    private final JDKRandomGenerator random;

    public KMeansSplitter(int restarts, long seed) {
        this.restarts = restarts;
        this.random = new JDKRandomGenerator();
        this.random.setSeed(seed);
    }

    /**
     * The two halves of {@code members} (indices into {@code x}), each non-empty and in
     * increasing order, or null when the points cannot be split: fewer than two of them, or all at
     * the same place (then every network gives them the same activations anyway).
     */
    public int[][] split(double[][] x, int[] members) {
        if (members.length < 2 || allEqual(x, members)) {
            return null;
        }
        List<IndexedPoint> points = new ArrayList<>(members.length);
        for (int member : members) {
            points.add(new IndexedPoint(member, x[member]));
        }
        KMeansPlusPlusClusterer<IndexedPoint> clusterer = new KMeansPlusPlusClusterer<>(2, MAX_ITERATIONS,
                new EuclideanDistance(), random);
        List<CentroidCluster<IndexedPoint>> clusters = new MultiKMeansPlusPlusClusterer<>(clusterer, restarts)
                .cluster(points);
        if (clusters.size() != 2 || clusters.get(0).getPoints().isEmpty() || clusters.get(1).getPoints().isEmpty()) {
            return null;
        }
        int[][] halves = new int[2][];
        for (int c = 0; c < 2; c++) {
            halves[c] = clusters.get(c).getPoints().stream().mapToInt(IndexedPoint::index).sorted().toArray();
        }
        // The half holding the smallest index comes first, so results do not depend on cluster order.
        return halves[0][0] < halves[1][0] ? halves : new int[][] {halves[1], halves[0]};
    }

    private static boolean allEqual(double[][] x, int[] members) {
        for (int member : members) {
            if (!java.util.Arrays.equals(x[member], x[members[0]])) {
                return false;
            }
        }
        return true;
    }

    /** A point that remembers which training point it is. */
    private static final class IndexedPoint extends DoublePoint {
        private static final long serialVersionUID = 1L;
        private final int index;

        IndexedPoint(int index, double[] point) {
            super(point);
            this.index = index;
        }

        int index() {
            return index;
        }
    }
}
