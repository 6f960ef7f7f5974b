package io.bdnn.spi;

/**
 * A kind of constraint that a model uses as the whole body of a constraint, possibly under
 * {@code forall}: {@code constraint up: monotone(1)}. The compiler evaluates the arguments to
 * constants and asks the kind to check them; the kind answers with the IR node that carries the
 * constraint into the MILP.
 */
public interface ConstraintKind {

    /** The name models call it by: letters, digits and underscores. */
    String name();

    /**
     * Checks a use and returns its node, or reports what is wrong through
     * {@link ConstraintCall#error} and returns null. Called once per binding of the enclosing
     * {@code forall}s, during {@code bdnn check}, before anything is lowered.
     */
    ExtensionNode check(ConstraintCall call);
}
