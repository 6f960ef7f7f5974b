package io.bdnn.ir;

/**
 * What the IR graph holds beyond the plain training problem.
 *
 * @param grouping    which points share an activation pattern (identity for exact training)
 * @param robustRadii per-feature radii {@code r_j} of the box around each point in which the
 *                    layer-1 pattern must be constant, in scaled units; null for ordinary training
 * @param l1          the weight of the L1 penalty {@code l1 * sum |W|}; 0 for none
 */
public record IrOptions(Grouping grouping, double[] robustRadii, double l1) {

    /** Exact training of every point, not robust, not regularised. */
    public static IrOptions plain(int points) {
        return new IrOptions(Grouping.identity(points), null, 0);
    }

    public boolean isRobust() {
        return robustRadii != null;
    }
}
