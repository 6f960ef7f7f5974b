package io.bdnn.ir;

/**
 * One unknown of a {@link LinearForm}: a member of a network family (weight, bias, activation,
 * pre-activation) or a nonlinear piece that a user rule defines (absolute value, indicator,
 * prediction, product, hinge, smallest margin). Atoms are values: two equal atoms are the same
 * unknown, so {@code abs(W[h][1, 2])} written twice gets one column. Indices are 0-based here;
 * the language and the MILP names are 1-based.
 */
public sealed interface Atom {

    /** Whether the atom only takes the values 0 and 1 whenever the activations are binary. */
    default boolean isBinary() {
        return false;
    }

    /** {@code W[layer][k, j]}. */
    record Weight(int layer, int neuron, int input) implements Atom {
    }

    /** {@code b[layer][k]}. */
    record Bias(int layer, int neuron) implements Atom {
    }

    /** {@code u[layer][i, k]}: the step activation of neuron k on training sample i. */
    record Activation(int layer, int sample, int neuron) implements Atom {
        @Override
        public boolean isBinary() {
            return true;
        }
    }

    /** {@code pre[layer][i, k] = sum_j h[i, j] W[k, j] + b[k]}: expanded into its terms when written. */
    record PreActivation(int layer, int sample, int neuron) implements Atom {
    }

    /** {@code predict(i, c)}: 1 iff the first active output of sample i is c (class 0 when none is). */
    record Predict(int sample, int classIndex) implements Atom {
        @Override
        public boolean isBinary() {
            return true;
        }
    }

    /** {@code active(layer, k)}: 1 iff some weight of neuron k is nonzero. */
    record Active(int layer, int neuron) implements Atom {
    }

    /** {@code nonzero(e)}: 1 iff e is not 0. */
    record Nonzero(LinearForm argument) implements Atom {
    }

    /** {@code abs(e)}. */
    record Abs(LinearForm argument) implements Atom {
    }

    /** {@code b * f}: a binary atom times a bounded linear form. */
    record Product(Atom binary, LinearForm factor) implements Atom {
    }

    /**
     * {@code max(0, margin - t a)} for output neuron k of sample i, with {@code t = +1} for the
     * sample's class and {@code -1} otherwise, and a the output pre-activation.
     */
    record Hinge(int sample, int neuron, double margin) implements Atom {
    }

    /** The smallest distance of any pre-activation from the step threshold, over all neurons and samples. */
    record SmallestMargin() implements Atom {
    }
}
