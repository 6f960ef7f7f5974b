package io.bdnn.lowering;

import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;

/**
 * How each member of an IR variable family appears in the lowered model: as
 * {@code coef * x[col] + constant}, or as a plain constant when {@code col = -1} (a weight held
 * fixed, an activation the bounds decide, a product whose binary factor is known). Rules read
 * their inputs only through refs, so eliminations propagate without special cases.
 */
public final class Refs {
    private final Family family;
    private final int[] column;
    private final double[] coefficient;
    private final double[] constant;

    public Refs(Family family) {
        this.family = family;
        int size = Math.toIntExact(family.size());
        this.column = new int[size];
        this.coefficient = new double[size];
        this.constant = new double[size];
        java.util.Arrays.fill(column, -1);
    }

    public Family family() {
        return family;
    }

    /** Member {@code local} is the column {@code col}. */
    public void setColumn(int local, int col) {
        set(local, col, 1, 0);
    }

    /** Member {@code local} is the constant {@code value}. */
    public void setConstant(int local, double value) {
        set(local, -1, 0, value);
    }

    public void set(int local, int col, double coef, double value) {
        column[local] = col;
        coefficient[local] = col < 0 ? 0 : coef;
        constant[local] = value;
    }

    /** Member {@code local} is the same expression as member {@code otherLocal} of {@code other}. */
    public void alias(int local, Refs other, int otherLocal) {
        set(local, other.column[otherLocal], other.coefficient[otherLocal], other.constant[otherLocal]);
    }

    public boolean isConstant(int local) {
        return column[local] < 0;
    }

    public int column(int local) {
        return column[local];
    }

    public double coefficient(int local) {
        return coefficient[local];
    }

    public double constant(int local) {
        return constant[local];
    }

    /** The member's value under a full column assignment. */
    public double value(int local, double[] values) {
        return column[local] < 0 ? constant[local] : coefficient[local] * values[column[local]] + constant[local];
    }

    /** Adds {@code scale * member} to the open row; returns the constant part, {@code scale * constant}. */
    public double appendTo(LinearModelBuilder builder, int local, double scale) {
        if (column[local] >= 0) {
            builder.term(column[local], scale * coefficient[local]);
        }
        return scale * constant[local];
    }
}
