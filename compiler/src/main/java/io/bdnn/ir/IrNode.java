package io.bdnn.ir;

/**
 * A node of the intermediate MILP graph: an indexed family of variables, an affine expression
 * family, or a logical relation that a lowering rule rewrites into linear rows. The set of kinds
 * is closed; {@code LoweringRegistry} must say for every kind what lowers it (a test checks).
 *
 * <p>Index conventions: neuron {@code k}, input {@code j}, training sample {@code i}.
 */
public sealed interface IrNode {

    IrLayer layer();

    /** A short label for graph dumps, such as {@code hidden.step}. */
    default String label() {
        return layer().name() + "." + getClass().getSimpleName();
    }

    /**
     * The weights {@code W[k, j]} of a layer: decision variables in the layer's domain, or
     * constants when {@code fixed} is not null (a layer held fixed by local search, or a
     * network evaluated through the MILP).
     */
    record Weights(IrLayer layer, double[][] fixed) implements IrNode {
        public boolean isFixed() {
            return fixed != null;
        }
    }

    /** The biases {@code b[k]} of a layer (only for layers that have one); constants when fixed. */
    record Biases(IrLayer layer, double[] fixed) implements IrNode {
        public boolean isFixed() {
            return fixed != null;
        }
    }

    /** {@code a[i, k] = sum_j h[i, j] W[k, j] + b[k]}: data inputs in layer 1, products deeper. */
    record PreActivation(IrLayer layer, int samples) implements IrNode {
    }

    /** The binary activations {@code u[i, k]} of a layer, defined by a {@link Step}. */
    record Activations(IrLayer layer, int samples) implements IrNode {
    }

    /** Logical: {@code u[i, k] = step(a[i, k])}, that is 1 iff {@code a > 0}. */
    record Step(IrLayer layer, PreActivation input, Activations output) implements IrNode {
    }

    /** The products {@code s[i, k, j] = W[k, j] u[i, j]} of a layer after the first. */
    record Products(IrLayer layer, int samples) implements IrNode {
    }

    /** Logical: {@code s[i, k, j] = W[k, j] * u_prev[i, j]}, a binary times a bounded weight. */
    record BinaryTimesWeight(IrLayer layer, Weights weights, Activations inputs, Products output)
            implements IrNode {
    }

    /**
     * The objective: Hamming loss {@code sum_i sum_k |y[i, k] - u[i, k]|} of the output layer's
     * activations against one-hot labels.
     */
    record HammingLoss(IrLayer layer, Activations outputs, int[] labels) implements IrNode {
    }
}
