package io.bdnn.backends.files;

import io.bdnn.ast.SourceSpan;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * A small bounded model with every construct a writer must get right: ranged rows (one whose
 * range is not exact from its lower end), equality and one-sided rows, a coefficient of 1/3
 * (which fixed MPS must round), and columns that are continuous, integer and binary with every
 * kind of bound: two finite, fixed, free, no upper bound, no lower bound with a negative upper
 * one, and a column with no entry at all.
 */
public final class EdgeModels {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final SourceSpan SPAN = new SourceSpan("edge.bdnn", 3, 1, 3, 20);

    private EdgeModels() {
    }

    public static LinearModel build() {
        LinearModelBuilder builder = new LinearModelBuilder("edge");
        Family x = builder.family("net", "x", List.of(new Family.Axis("k", 11)), "EdgeModel", SPAN);
        Family rows = builder.family("net", "row", List.of(new Family.Axis("r", 9)), "EdgeModel", SPAN);
        int[] c = new int[11];
        c[0] = builder.addColumn(x, 0, -3, 4, VarType.CONTINUOUS);
        c[1] = builder.addColumn(x, 1, -2, 3, VarType.INTEGER);
        c[2] = builder.addColumn(x, 2, 0, 1, VarType.BINARY);
        c[3] = builder.addColumn(x, 3, 0, INF, VarType.INTEGER);
        c[4] = builder.addColumn(x, 4, -INF, 5, VarType.CONTINUOUS);
        c[5] = builder.addColumn(x, 5, -INF, INF, VarType.CONTINUOUS);
        c[6] = builder.addColumn(x, 6, -7, -2, VarType.INTEGER);
        c[7] = builder.addColumn(x, 7, 2.5, 2.5, VarType.CONTINUOUS);
        c[8] = builder.addColumn(x, 8, -INF, -1, VarType.INTEGER);
        c[9] = builder.addColumn(x, 9, 0, 1, VarType.CONTINUOUS);
        c[10] = builder.addColumn(x, 10, 0, 1, VarType.BINARY);
        double[] cost = {-1, -2.5, 3, 0.5, 0.75, 0.1, -1, 2, 1, 0, -0.25};
        for (int k = 0; k < cost.length; k++) {
            builder.addObjective(c[k], cost[k]);
        }
        builder.addObjectiveConstant(1.25);
        row(builder, rows, 0, new int[] {c[0], c[1]}, new double[] {1, 1}, -1, 2.5);
        row(builder, rows, 1, new int[] {c[0], c[1], c[3]}, new double[] {1, -1, 1}, 1.5, 1.5);
        row(builder, rows, 2, new int[] {c[1], c[2]}, new double[] {1, 1}, 1, INF);
        row(builder, rows, 3, new int[] {c[0], c[4]}, new double[] {1, -1}, -INF, 5);
        row(builder, rows, 4, new int[] {c[5], c[0]}, new double[] {1, -1}, -10, 10);
        row(builder, rows, 5, new int[] {c[0], c[6]}, new double[] {1.0 / 3, 1}, -9, INF);
        row(builder, rows, 6, new int[] {c[8], c[6]}, new double[] {1, 1}, -INF, -3);
        row(builder, rows, 7, new int[] {c[8], c[6]}, new double[] {1, -1}, -4, INF);
        // -3.1 + (0.88 + 3.1) is not 0.88 in doubles, but 0.88 - (0.88 + 3.1) is -3.1: an L row with a range.
        row(builder, rows, 8, new int[] {c[7], c[3]}, new double[] {0.1, 0.01}, -3.1, 0.88);
        return builder.build();
    }

    private static void row(LinearModelBuilder builder, Family family, int local, int[] columns, double[] coefficients,
                            double lo, double hi) {
        builder.beginRow(family, local);
        for (int k = 0; k < columns.length; k++) {
            builder.term(columns[k], coefficients[k]);
        }
        builder.endRow(lo, hi);
    }

    public static Provenance provenance() {
        return new Provenance("edge", "edge.bdnn", "0".repeat(64), "1".repeat(64));
    }
}
