package io.bdnn.backends.ortools;

import io.bdnn.ast.SourceSpan;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.List;
import java.util.Random;

/** Small models with known optima, built the way lowering rules build theirs, plus checks on solutions. */
final class TestModels {
    static final double INF = Double.POSITIVE_INFINITY;
    private static final SourceSpan SPAN = SourceSpan.none("test.bdnn");

    private TestModels() {
    }

    /** A model, its optimum (constant included), and whether every column is integer. */
    record Case(String name, LinearModel model, double optimum) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * {@code max 4a + 5b + 7c + 8d s.t. 3a + 4b + 5c + 6d <= 11}, integers in [0, 5], written as
     * {@code min -(...) + 2.5}: the best value is 15 (2a + c, or c + d), so the optimum is -12.5.
     */
    static Case knapsack() {
        LinearModelBuilder builder = new LinearModelBuilder("knapsack");
        Family items = builder.family("pack", "x", List.of(new Family.Axis("i", 4)), "test", SPAN);
        Family capacity = builder.family("pack", "capacity", List.of(), "test", SPAN);
        int[] weight = {3, 4, 5, 6};
        int[] value = {4, 5, 7, 8};
        builder.beginRow(capacity, 0);
        for (int i = 0; i < 4; i++) {
            int col = builder.addColumn(items, i, 0, 5, VarType.INTEGER);
            builder.addObjective(col, -value[i]);
            builder.term(col, weight[i]);
        }
        builder.endRow(-INF, 11);
        builder.addObjectiveConstant(2.5);
        return new Case("knapsack", builder.build(), -12.5);
    }

    /**
     * Integers a, b in [-5, 5] and binary c: {@code min 3a + 2b - 4c + 10} s.t. {@code a + b = -3},
     * {@code -7 <= 2a - b <= 4}, {@code a + c <= 0}, {@code 0.3a - 0.1b >= -0.9}. With
     * {@code b = -3 - a} the objective is {@code a + 4 - 4c}; the rows leave a in [-3, 0], so the
     * optimum is a = -3, b = 0, c = 1, value -3.
     */
    static Case integerRows() {
        LinearModelBuilder builder = new LinearModelBuilder("integer-rows");
        Family vars = builder.family("net", "v", List.of(new Family.Axis("k", 3)), "test", SPAN);
        Family rows = builder.family("net", "row", List.of(new Family.Axis("r", 4)), "test", SPAN);
        int a = builder.addColumn(vars, 0, -5, 5, VarType.INTEGER);
        int b = builder.addColumn(vars, 1, -5, 5, VarType.INTEGER);
        int c = builder.addColumn(vars, 2, 0, 1, VarType.BINARY);
        builder.addObjective(a, 3);
        builder.addObjective(b, 2);
        builder.addObjective(c, -4);
        builder.addObjectiveConstant(10);
        row(builder, rows, 0, new int[] {a, b}, new double[] {1, 1}, -3, -3);
        row(builder, rows, 1, new int[] {a, b}, new double[] {2, -1}, -7, 4);
        row(builder, rows, 2, new int[] {a, c}, new double[] {1, 1}, -INF, 0);
        row(builder, rows, 3, new int[] {a, b}, new double[] {0.3, -0.1}, -0.9, INF);
        return new Case("integer-rows", builder.build(), -3);
    }

    /**
     * Continuous x in [-3, 4], integers y in [-2, 3], z in [0, 10], v in [-4, 6], binary w:
     * {@code min -x - 2.5y + 0.5z + 3w + 0.75v + 1.25} s.t. {@code -1 <= x + y <= 2.5},
     * {@code x - y + z = 1.5}, {@code y + w >= 1}, {@code x - v <= 5}. Eliminating
     * {@code x = 1.5 + y - z} gives {@code -0.25 - 3.5y + 1.5z + 3w + 0.75v}; y = 3 forces z >= 5,
     * and v sits at its lower bound -4, so the optimum is x = -0.5, y = 3, z = 5, w = 0, v = -4,
     * value -6.25.
     */
    static Case mixed() {
        LinearModelBuilder builder = new LinearModelBuilder("mixed");
        Family vars = builder.family("net", "v", List.of(new Family.Axis("k", 5)), "test", SPAN);
        Family rows = builder.family("net", "row", List.of(new Family.Axis("r", 4)), "test", SPAN);
        int x = builder.addColumn(vars, 0, -3, 4, VarType.CONTINUOUS);
        int y = builder.addColumn(vars, 1, -2, 3, VarType.INTEGER);
        int z = builder.addColumn(vars, 2, 0, 10, VarType.INTEGER);
        int w = builder.addColumn(vars, 3, 0, 1, VarType.BINARY);
        int v = builder.addColumn(vars, 4, -4, 6, VarType.INTEGER);
        double[] cost = {-1, -2.5, 0.5, 3, 0.75};
        for (int col = 0; col < 5; col++) {
            builder.addObjective(col, cost[col]);
        }
        builder.addObjectiveConstant(1.25);
        row(builder, rows, 0, new int[] {x, y}, new double[] {1, 1}, -1, 2.5);
        row(builder, rows, 1, new int[] {x, y, z}, new double[] {1, -1, 1}, 1.5, 1.5);
        row(builder, rows, 2, new int[] {y, w}, new double[] {1, 1}, 1, INF);
        row(builder, rows, 3, new int[] {x, v}, new double[] {1, -1}, -INF, 5);
        return new Case("mixed", builder.build(), -6.25);
    }

    /** {@code 2x + 2y = 5} over integers: feasible as an LP, infeasible as a MIP. */
    static LinearModel infeasible() {
        LinearModelBuilder builder = new LinearModelBuilder("infeasible");
        Family vars = builder.family("net", "v", List.of(new Family.Axis("k", 2)), "test", SPAN);
        Family rows = builder.family("net", "parity", List.of(), "test", SPAN);
        int x = builder.addColumn(vars, 0, 0, 10, VarType.INTEGER);
        int y = builder.addColumn(vars, 1, 0, 10, VarType.INTEGER);
        builder.addObjective(x, 1);
        row(builder, rows, 0, new int[] {x, y}, new double[] {2, 2}, 5, 5);
        return builder.build();
    }

    /**
     * A multi-dimensional 0/1 knapsack: {@code items} binaries, {@code rows} capacity rows with
     * random weights in [1, 1000] and capacity half the row's total, and random values. Hard enough
     * that no solver proves optimality within a second for a few hundred items.
     */
    static LinearModel randomKnapsack(int items, int rows, long seed) {
        Random random = new Random(seed);
        LinearModelBuilder builder = new LinearModelBuilder("random-knapsack");
        Family vars = builder.family("pack", "x", List.of(new Family.Axis("i", items)), "test", SPAN);
        Family capacity = builder.family("pack", "capacity", List.of(new Family.Axis("r", rows)), "test", SPAN);
        for (int i = 0; i < items; i++) {
            builder.addColumn(vars, i, 0, 1, VarType.BINARY);
        }
        for (int r = 0; r < rows; r++) {
            builder.beginRow(capacity, r);
            double total = 0;
            for (int i = 0; i < items; i++) {
                int weight = 1 + random.nextInt(1000);
                builder.term(i, weight);
                total += weight;
            }
            builder.endRow(-INF, Math.floor(total / 2));
        }
        for (int i = 0; i < items; i++) {
            builder.addObjective(i, -(1 + random.nextInt(1000)));
        }
        return builder.build();
    }

    /** A feasible but poor 0/1 start for a knapsack: takes every third item that still fits. */
    static double[] greedyStart(LinearModel model) {
        double[] start = new double[model.numColumns()];
        for (int col = 0; col < model.numColumns(); col += 3) {
            start[col] = 1;
            if (maxViolation(model, start) > 0) {
                start[col] = 0;
            }
        }
        return start;
    }

    /** The largest violation of a row range, a column bound or integrality by these values. */
    static double maxViolation(LinearModel model, double[] values) {
        double worst = 0;
        for (int col = 0; col < model.numColumns(); col++) {
            double value = values[col];
            worst = Math.max(worst, Math.max(model.colLo(col) - value, value - model.colHi(col)));
            if (model.colType(col).isIntegral()) {
                worst = Math.max(worst, Math.abs(value - Math.rint(value)));
            }
        }
        for (int row = 0; row < model.numRows(); row++) {
            double activity = model.rowActivity(row, values);
            worst = Math.max(worst, Math.max(model.rowLo(row) - activity, activity - model.rowHi(row)));
        }
        return worst;
    }

    private static void row(LinearModelBuilder builder, Family family, int local, int[] cols, double[] coefficients,
                            double lo, double hi) {
        builder.beginRow(family, local);
        for (int k = 0; k < cols.length; k++) {
            builder.term(cols[k], coefficients[k]);
        }
        builder.endRow(lo, hi);
    }
}
