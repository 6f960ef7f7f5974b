package io.bdnn.ir;

import io.bdnn.ast.SourceSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IR nodes of user constraints and objectives (the {@link IrNode.User} kinds). Each reads
 * ground {@link LinearForm}s whose nonlinear {@link Atom}s are defined by other user nodes; the
 * shared {@link AtomTable} says which node and member defines each atom. A node's families are
 * named after its scope, the constraint or objective that first needed them:
 * {@code sparse_inputs/m3/abs}, {@code few_neurons/k1/le}. Nodes compare by identity, as
 * {@link IrNode} says why.
 */
public final class UserNodes {
    private UserNodes() {
    }

    /** An index axis of a user family: the prefix in member names (k in {@code c/k2/le}) and the size. */
    public record Axis(String prefix, int size) {
    }

    /** The member {@code local} of the family that {@code node} defines. */
    public record AtomRef(IrNode node, int local) {
    }

    /**
     * Which node defines each nonlinear atom of a model. Filled while the user nodes are attached
     * to the graph, then only read (by the rules, which write forms through it).
     */
    public static final class AtomTable {
        private final Map<Atom, AtomRef> refs = new HashMap<>();

        public void put(Atom atom, IrNode node, int local) {
            if (refs.putIfAbsent(atom, new AtomRef(node, local)) != null) {
                throw new IllegalStateException(atom + " is defined twice");
            }
        }

        /** Where an atom is defined; null for network atoms (weights, biases, activations, pre-activations). */
        public AtomRef find(Atom atom) {
            return refs.get(atom);
        }

        /** Every defined atom with its place. */
        public Map<Atom, AtomRef> entries() {
            return java.util.Collections.unmodifiableMap(refs);
        }
    }

    /** One row {@code lo <= form <= hi} of a user constraint; {@code local} indexes the binding. */
    public record Row(int local, LinearForm form, double lo, double hi) {
    }

    /** A user constraint: a row per forall binding that passes its filter. Kind is le, ge, eq or range. */
    public record Rows(String scope, String kind, List<Axis> axes, List<Row> rows, AtomTable atoms, SourceSpan span)
            implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * {@code t[r] >= |e_r|}, for absolute values that are only ever bounded above or minimised,
     * where t may exceed |e| without changing what is feasible or optimal.
     */
    public record AbsBound(String scope, String kind, List<LinearForm> arguments, AtomTable atoms, SourceSpan span)
            implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** {@code t[r] = |e_r|} exactly, for absolute values bounded below or inside other expressions. */
    public record AbsExact(String scope, String kind, List<LinearForm> arguments, AtomTable atoms, SourceSpan span)
            implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * {@code z[r] >= [some e in group r is nonzero]}, binary z: a group per neuron for
     * {@code active(layer, k)} (its weights), a group of one for {@code nonzero(e)}. Members
     * without a group get no column.
     */
    public record Indicators(String scope, String kind, Axis axis, Map<Integer, List<LinearForm>> groups,
                             AtomTable atoms, SourceSpan span) implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** {@code p[i, c] = predict(i, c)} for the members listed ({@code i * classes + c}). */
    public record Predictions(String scope, int samples, int classes, List<Integer> members, SourceSpan span)
            implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** {@code s[r] = b_r f_r} with b_r a binary atom and f_r a bounded form. */
    public record BinaryProducts(String scope, String kind, List<Atom> binaries, List<LinearForm> factors,
                                 AtomTable atoms, SourceSpan span) implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** {@code h[i, k] >= max(0, margin - t[i, k] a[i, k])} for every sample and output neuron. */
    public record Hinge(String scope, String kind, double margin, SourceSpan span) implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** {@code gamma <= } the distance of every pre-activation from 0 on its activation's side. */
    public record SmallestMargin(String scope, SourceSpan span) implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** A weighted term of an objective stage: the column {@code loss/<name>} equals its form. */
    public record Term(String name, double weight, LinearForm form) {
    }

    /**
     * The objective: stages of weighted terms, minimised one after the other (one stage unless
     * the loss is lexicographic). The model's objective is the first stage; later stages are
     * solved by swapping it (see {@code StagedSolve}).
     */
    public record Objective(String scope, List<List<Term>> stages, AtomTable atoms, SourceSpan span)
            implements IrNode.User {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }
}
