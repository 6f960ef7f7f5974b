package io.bdnn.milp;

/**
 * How many columns, rows and nonzeros a part of a model adds: what
 * {@link LinearModelBuilder#reserve} makes room for. Lowering rules estimate theirs before any
 * row is written, so that the builder allocates its arrays once at their final size instead of
 * doubling them (a copy each time) from a small start.
 *
 * @param columns  columns added
 * @param rows     rows added
 * @param nonzeros nonzeros added, summed over the rows
 */
public record ModelSize(long columns, long rows, long nonzeros) {

    /** Nothing added (or nothing known: the arrays then grow as rows come). */
    public static final ModelSize NONE = new ModelSize(0, 0, 0);

    public ModelSize plus(ModelSize other) {
        return new ModelSize(columns + other.columns, rows + other.rows, nonzeros + other.nonzeros);
    }
}
