package io.bdnn.lowering.rules;

import io.bdnn.lowering.FormWriter;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;

/**
 * The column {@code t} standing for {@code |e|} that both absolute-value rules
 * ({@link AbsBoundToEpigraph}, {@link AbsToBigM}) declare: for {@code e in [lo, hi]},
 * {@code t in [max(0, lo, -hi), max(-lo, hi)]}, integral when e is.
 *
 * @param column the column of t
 * @param lo     the lower bound of e
 * @param hi     the upper bound of e
 */
record AbsColumn(int column, double lo, double hi) {

    /**
     * Declares t for member {@code member} of {@code absolute} and records it in {@code refs}; a
     * constant e needs no column: the member becomes the constant {@code |e|} and null is returned.
     */
    static AbsColumn declare(Family absolute, Refs refs, int member, FormWriter.Expansion e, LinearModelBuilder model) {
        if (e.isConstant()) {
            refs.setConstant(member, Math.abs(e.constant()));
            return null;
        }
        double[] bounds = e.interval(model);
        double lo = bounds[0];
        double hi = bounds[1];
        int t = model.addColumn(absolute, member, Math.max(0, Math.max(lo, -hi)), Math.max(-lo, hi), e.type(model, 1));
        refs.setColumn(member, t);
        return new AbsColumn(t, lo, hi);
    }
}
