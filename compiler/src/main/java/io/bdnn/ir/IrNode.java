package io.bdnn.ir;

import java.util.List;

/**
 * A node of the intermediate MILP graph: an indexed family of variables, an affine expression
 * family, or a logical relation that a lowering rule rewrites into linear rows. The set of kinds
 * is closed; {@code LoweringRegistry} must say for every kind what lowers it (a test checks).
 *
 * <p>Index conventions: neuron {@code k}, input {@code j}, training sample {@code i}. When
 * points share activation patterns ({@link Grouping}), activations and products are indexed by
 * subset instead of sample, as are the pre-activations of every layer after the first; layer-1
 * pre-activations stay per sample ({@link IrGraph#unitOf}).
 *
 * <p>A node is itself: every node record (and every {@link UserNodes} record) compares by
 * identity, overriding the record's component-wise {@code equals} and {@code hashCode}. Two
 * nodes with equal components are still two families of the graph, and the generated methods
 * cost, in a short process, an invokedynamic bootstrap per record class (a few spun method
 * handle classes each) and then a hash of the whole layer, or of every row of a user
 * constraint, at each lookup of the graph: some 30 ms of lowering breast-cancer-50 in a fresh process.
 */
public sealed interface IrNode {

    /** The layer the node belongs to; null for user and extension nodes, which belong to none. */
    IrLayer layer();

    /** A short label for graph dumps, such as {@code hidden.step}. */
    default String label() {
        return layer().name() + "." + getClass().getSimpleName();
    }

    /**
     * The weights {@code W[k, j]} of a layer: decision variables in the layer's domain, or
     * constants where {@code fixed} says so (a layer or neuron held fixed by local search, or a
     * network evaluated through the MILP). {@code fixed} null leaves the whole layer free; a
     * null row {@code fixed[k]} leaves neuron k free and fixes the others.
     */
    record Weights(IrLayer layer, double[][] fixed) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        /** Whether every neuron's weights are constants. */
        public boolean isFixed() {
            if (fixed == null) {
                return false;
            }
            for (double[] row : fixed) {
                if (row == null) {
                    return false;
                }
            }
            return true;
        }

        /** Whether neuron k's weights are constants. */
        public boolean isFixed(int k) {
            return fixed != null && fixed[k] != null;
        }
    }

    /**
     * The biases {@code b[k]} of a layer (only for layers that have one): constants where
     * {@code fixed} says so; null leaves all free, a NaN entry leaves that neuron's bias free.
     */
    record Biases(IrLayer layer, double[] fixed) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        /** Whether every neuron's bias is a constant. */
        public boolean isFixed() {
            if (fixed == null) {
                return false;
            }
            for (double value : fixed) {
                if (Double.isNaN(value)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether neuron k's bias is a constant. */
        public boolean isFixed(int k) {
            return fixed != null && !Double.isNaN(fixed[k]);
        }
    }

    /** {@code a[i, k] = sum_j h[i, j] W[k, j] + b[k]}: data inputs in layer 1, products deeper. */
    record PreActivation(IrLayer layer, int samples) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** The binary activations {@code u[i, k]} of a layer, defined by a {@link Step}. */
    record Activations(IrLayer layer, int samples) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** Logical: {@code u[i, k] = step(a[i, k])}, that is 1 iff {@code a > 0}. */
    record Step(IrLayer layer, PreActivation input, Activations output) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** The products {@code s[i, k, j] = W[k, j] u[i, j]} of a layer after the first. */
    record Products(IrLayer layer, int samples) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** Logical: {@code s[i, k, j] = W[k, j] * u_prev[i, j]}, a binary times a bounded weight. */
    record BinaryTimesWeight(IrLayer layer, Weights weights, Activations inputs, Products output)
            implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * The objective: Hamming loss {@code sum_i sum_k |y[i, k] - u[i, k]|} of the output layer's
     * activations against one-hot labels.
     */
    record HammingLoss(IrLayer layer, Activations outputs, int[] labels) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** Upper bounds {@code t[k, j] >= |W[k, j]|} of the absolute weights of a layer (constants when fixed). */
    record AbsoluteWeights(IrLayer layer, Weights weights) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * Logical, layer 1 only: {@code u[i, k]} is the step of {@code a[i, k]} at every point of the
     * box {@code |x' - x_i| <= r} (per feature j, radius {@code radii[j]}). Over the box,
     * {@code min a = a - sum_j r_j |W_kj|} and {@code max a = a + sum_j r_j |W_kj|}, so u = 1
     * needs {@code min a >= eps} and u = 0 needs {@code max a <= 0}. Only the neurons of
     * {@code robust} get the box (null: all of them); the others, held fixed by local search,
     * are robust or not already and keep the plain step.
     */
    record RobustStep(IrLayer layer, PreActivation input, Activations output, AbsoluteWeights absolute,
                      double[] radii, boolean[] robust) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        public RobustStep(IrLayer layer, PreActivation input, Activations output, AbsoluteWeights absolute,
                          double[] radii) {
            this(layer, input, output, absolute, radii, null);
        }

        /** Whether neuron k's rows hold on the whole box. */
        public boolean isRobust(int k) {
            return robust == null || robust[k];
        }
    }

    /**
     * Verification, layer 1 only: the network reads one perturbed point {@code x'} instead of the
     * data, {@code |x'_j - centre_j| <= rho r_j} per feature j (scaled units). With
     * {@code searchUpTo} NaN the radius is fixed, {@code rho = 1}; otherwise rho is a variable in
     * {@code [0, searchUpTo]} and the objective minimises it (the smallest radius at which the
     * prediction can change). The layer's weights must be fixed: {@code W x'} is then linear.
     */
    record InputBall(IrLayer layer, double[] centre, double[] radii, double searchUpTo) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        /** Whether rho is a variable to minimise rather than 1. */
        public boolean isSearch() {
            return !Double.isNaN(searchUpTo);
        }

        /** The largest reach {@code rho r_j} of each feature: r, or searchUpTo times r. */
        public double[] reach() {
            double factor = isSearch() ? searchUpTo : 1;
            double[] reach = new double[radii.length];
            for (int j = 0; j < reach.length; j++) {
                reach[j] = factor * radii[j];
            }
            return reach;
        }
    }

    /**
     * Verification: the network's prediction on its outputs {@code u[k]} is not {@code predicted}.
     * The prediction is the first index of the largest output ({@code ForwardPass.predict}); an
     * ensemble's vote is {@link EnsembleChange}.
     */
    record PredictionChange(IrLayer layer, Activations outputs, int predicted) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * Verification of an ensemble: the elected class at the verified point is not
     * {@code predicted}. Member m has two outputs {@code u^m_0, u^m_1} ({@code outputs.get(m)},
     * the activations of its last layer {@code layers.get(m)}) and output pre-activations
     * {@code s^m_0, s^m_1}; it predicts 1 iff {@code u^m_1 = 1} and {@code u^m_0 = 0}. Member m's
     * classes are {@code classes[m]}: {@code (a, b)} for one-vs-one, {@code (c)} for one-vs-rest.
     * The rule is {@code EnsembleVote}'s (most votes, then the largest summed margin, then the
     * smallest class); {@code integralMargins} says that every margin {@code s^m_0 - s^m_1} is an
     * integer at every point (fixed integral output weights and biases reading binaries), so a
     * strict margin comparison is {@code >= 1}. The node's layer (the first member's first layer)
     * only names it.
     */
    record EnsembleChange(IrLayer layer, List<IrLayer> layers, List<Activations> outputs, int[][] classes,
                          int classCount, int predicted, boolean integralMargins) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        @Override
        public String label() {
            return "vote.EnsembleChange";
        }
    }

    /** The penalty {@code lambda * sum_k sum_j |W[k, j]|} of a layer, added to the objective. */
    record L1Penalty(IrLayer layer, AbsoluteWeights absolute, double lambda) implements IrNode {
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /**
     * The nodes of user constraints and objective terms ({@link UserNodes}): they belong to no
     * layer and are labelled by their scope, the constraint or term that made them.
     */
    sealed interface User extends IrNode permits UserNodes.Rows, UserNodes.AbsBound, UserNodes.AbsExact,
            UserNodes.Indicators, UserNodes.Predictions, UserNodes.BinaryProducts, UserNodes.Hinge,
            UserNodes.SmallestMargin, UserNodes.Objective {
        /** The constraint, objective or layer name the node's families are named after. */
        String scope();

        @Override
        default IrLayer layer() {
            return null;
        }

        @Override
        default String label() {
            return scope() + "." + getClass().getSimpleName();
        }
    }

    /**
     * The door for extensions ({@code io.bdnn.spi.BdnnExtension}): node kinds defined outside
     * this package, each lowered by a rule its extension registers. Deliberately not sealed.
     */
    non-sealed interface Extension extends IrNode {
        @Override
        default IrLayer layer() {
            return null;
        }

        @Override
        default String label() {
            return getClass().getSimpleName();
        }
    }
}
