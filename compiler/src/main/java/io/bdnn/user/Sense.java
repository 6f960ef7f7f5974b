package io.bdnn.user;

/**
 * What the lowering of a nonlinear atom must guarantee, from where the atom is used. In
 * {@code f <= c} or a minimised objective, an atom with a positive coefficient only needs a
 * column that is at least its value ({@link #GE}): a larger column makes the row harder and the
 * objective worse, so what is feasible and optimal does not change. A negative coefficient, or
 * {@code f >= c}, needs at most ({@link #LE}); an equality, or use inside another atom, needs the
 * exact value ({@link #EQ}).
 */
public enum Sense {
    GE, LE, EQ;

    public Sense join(Sense other) {
        return other == null || other == this ? this : EQ;
    }
}
