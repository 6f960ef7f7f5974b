package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrLayer;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * The big-M rows shared by the plain and the robust step. For neuron k and pre-activation row i
 * of unit g, with bounds {@code [L, U]} of the row's expressions and margin eps:
 * <pre>
 *   hi:  a + shift - U u[g]          <= 0    (u = 0 forces a + shift <= 0)
 *   lo:  a - shift - (eps - L) u[g]  >= L    (u = 1 forces a - shift >= eps)
 * </pre>
 * where {@code shift} is 0 for the plain step and {@code sum_j r_j t[k, j]} (the dual norm of the
 * box, {@code t >= |W|}) for the robust one. One binary per unit the bounds leave free; a decided
 * unit keeps only the row its value needs, as a plain inequality. A row whose expression is a
 * constant ({@code L = U}, as in a layer held fixed on fixed inputs) needs no margin: a constant
 * {@code a > 0} is active by the forward pass's own rule, so only a constant that contradicts its
 * unit's value is kept (and makes the model honestly infeasible).
 *
 * <p>With {@code indicators} (the option of that name) the rows of a free unit are indicator
 * rows instead, with no M: {@code u[g] = 0 => a + shift <= 0} and {@code u[g] = 1 => a - shift >= eps}.
 */
final class StepRows {
    /** Appends {@code sign * shift[k]} to the open row and returns its constant part. */
    interface Shift {
        double append(int neuron, double sign);
    }

    private StepRows() {
    }

    static Refs lower(LoweringContext context, LoweringRule<?> rule, IrLayer layer, String hiKind, String loKind,
                      Shift shift, String origin) {
        return lower(context, rule, layer, hiKind, loKind, shift, origin, false);
    }

    static Refs lower(LoweringContext context, LoweringRule<?> rule, IrLayer layer, String hiKind, String loKind,
                      Shift shift, String origin, boolean indicators) {
        LayerBounds bounds = context.bounds(layer);
        double eps = bounds.margin().value();
        int rows = context.graph().rows(layer);
        Family activations = context.family(layer, "u", List.of(new Family.Axis("n", layer.width()),
                context.unitAxis()), rule);
        List<Family.Axis> rowAxes = List.of(new Family.Axis("n", layer.width()), context.rowAxis(layer));
        Family upper = context.family(layer, hiKind, rowAxes, rule);
        Family lower = context.family(layer, loKind, rowAxes, rule);
        LinearModelBuilder model = context.model();
        Refs refs = new Refs(activations);
        boolean[] repeated = repeatedRows(context, layer);
        Writer writer = new Writer(context, layer, bounds, eps, refs, activations, upper, lower, shift, origin,
                indicators);
        for (int k = 0; k < layer.width(); k++) {
            for (int g = 0; g < context.graph().units(); g++) {
                int local = activations.localIndex(k, g);
                byte known = bounds.activation()[k][g];
                if (known == LayerBounds.FREE) {
                    refs.setColumn(local, model.addColumn(activations, local, 0, 1, VarType.BINARY));
                } else {
                    refs.setConstant(local, known);
                }
            }
            for (int i = 0; i < rows; i++) {
                if (!repeated[i]) {
                    writer.rows(k, i);
                }
            }
        }
        return refs;
    }

    /**
     * The rows of one (neuron, row) pair, a method of their own so that the JIT compiles them
     * after a few hundred rows: a loop body runs interpreted until its method has looped some
     * 60,000 times, which a layer's rows barely reach in a short process.
     */
    private record Writer(LoweringContext context, IrLayer layer, LayerBounds bounds, double eps, Refs refs,
                          Family activations, Family upper, Family lower, Shift shift, String origin,
                          boolean indicators) {
        void rows(int k, int i) {
            LinearModelBuilder model = context.model();
            int unit = activations.localIndex(k, context.graph().unitOf(layer, i));
            int row = upper.localIndex(k, i);
            double lo = bounds.preLo()[k][i];
            double hi = bounds.preHi()[k][i];
            boolean free = !refs.isConstant(unit);
            byte known = free ? LayerBounds.FREE : (byte) refs.constant(unit);
            if (free || known == 0) {
                if (free && indicators) {
                    model.beginIndicatorRow(upper, row, refs.column(unit), 0);
                    double constant = context.appendPreActivation(layer, k, i, 1) + shift.append(k, 1);
                    model.endRow(Double.NEGATIVE_INFINITY, -constant);
                } else if (LayerBounds.needsZeroSide(known, hi)) {
                    model.beginRow(upper, row);
                    double constant = context.appendPreActivation(layer, k, i, 1) + shift.append(k, 1);
                    if (free) {
                        model.term(refs.column(unit), -hi);
                        model.noteBigM(upper, hi, origin);
                    }
                    model.endRow(Double.NEGATIVE_INFINITY, -constant);
                }
            }
            if (free || known == 1) {
                if (free && indicators) {
                    model.beginIndicatorRow(lower, row, refs.column(unit), 1);
                    double constant = context.appendPreActivation(layer, k, i, 1) + shift.append(k, -1);
                    model.endRow(eps - constant, Double.POSITIVE_INFINITY);
                } else if (LayerBounds.needsOneSide(known, lo, hi, eps)) {
                    model.beginRow(lower, row);
                    double constant = context.appendPreActivation(layer, k, i, 1) + shift.append(k, -1);
                    if (free) {
                        model.term(refs.column(unit), -(eps - lo));
                        model.noteBigM(lower, eps - lo, origin);
                        model.endRow(lo - constant, Double.POSITIVE_INFINITY);
                    } else {
                        model.endRow(eps - constant, Double.POSITIVE_INFINITY);
                    }
                }
            }
        }
    }

    /**
     * What {@link #lower} adds for the layer, from the bounds (before any refs exist): a binary
     * per free unit, and per row the sides that {@link #lower} writes, each with the
     * pre-activation's terms, {@code shiftTerms[k]} for the shift (null: none) and, for a free
     * unit's big-M row, its binary.
     */
    static ModelSize size(LoweringContext context, IrLayer layer, int[] shiftTerms, boolean indicators) {
        LayerBounds bounds = context.bounds(layer);
        double eps = bounds.margin().value();
        boolean[] repeated = repeatedRows(context, layer);
        long columns = 0;
        long rows = 0;
        long nonzeros = 0;
        for (int k = 0; k < layer.width(); k++) {
            byte[] known = bounds.activation()[k];
            for (byte unit : known) {
                columns += unit == LayerBounds.FREE ? 1 : 0;
            }
            int[] terms = context.inputTerms(layer, k);
            int fixedTerms = context.biasTerms(layer, k) + (shiftTerms == null ? 0 : shiftTerms[k]);
            double[] lo = bounds.preLo()[k];
            double[] hi = bounds.preHi()[k];
            for (int i = 0; i < terms.length; i++) {
                if (!repeated[i]) {
                    byte unit = known[context.graph().unitOf(layer, i)];
                    int sides = sides(unit, lo[i], hi[i], eps);
                    rows += sides;
                    nonzeros += sides * (terms[i] + fixedTerms + (unit == LayerBounds.FREE && !indicators ? 1 : 0));
                }
            }
        }
        return new ModelSize(columns, rows, nonzeros);
    }

    /** How many of its two rows {@link Writer#rows} writes for a unit the bounds leave free or decide. */
    private static int sides(byte unit, double lo, double hi, double eps) {
        boolean free = unit == LayerBounds.FREE;
        return ((free || unit == 0) && LayerBounds.needsZeroSide(unit, hi) ? 1 : 0)
                + ((free || unit == 1) && LayerBounds.needsOneSide(unit, lo, hi, eps) ? 1 : 0);
    }

    /**
     * Layer-1 rows equal to the first row of their unit (a point with the same features as the
     * unit's first point, as with {@code merge_samples}): their rows would repeat that point's
     * rows exactly, so they are written once. Deeper rows are per unit already.
     */
    private static boolean[] repeatedRows(LoweringContext context, IrLayer layer) {
        int rows = context.graph().rows(layer);
        boolean[] repeated = new boolean[rows];
        if (!layer.isFirst() || context.graph().grouping().isIdentity()) {
            return repeated;
        }
        int[] first = new int[context.graph().units()];
        java.util.Arrays.fill(first, -1);
        double[][] x = context.graph().inputs();
        for (int i = 0; i < rows; i++) {
            int unit = context.graph().unitOf(layer, i);
            if (first[unit] < 0) {
                first[unit] = i;
            } else {
                repeated[i] = java.util.Arrays.equals(x[i], x[first[unit]]);
            }
        }
        return repeated;
    }
}
