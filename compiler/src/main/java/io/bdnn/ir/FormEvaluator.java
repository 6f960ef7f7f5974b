package io.bdnn.ir;

import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;

/**
 * The value of ground forms on a trained network, by the exact forward pass: the truth that the
 * MILP's claims about user constraints and objectives are checked against. Activations come from
 * {@link ForwardPass#activations}, pre-activations are {@code sum_j W_kj h_j + b_k} with the
 * network's own weights and biases, predictions follow {@link ForwardPass#predict}.
 */
public final class FormEvaluator {
    /** How far from 0 a value must be to count as nonzero (far below any solver tolerance). */
    public static final double ZERO = 1e-9;

    private final Network network;
    private final int[] labels;
    private final int[][][] activations;
    private final double[][][] pre;

    public FormEvaluator(Network network, double[][] x, int[] labels) {
        this.network = network;
        this.labels = labels;
        this.activations = new int[x.length][][];
        this.pre = new double[x.length][network.depth()][];
        for (int i = 0; i < x.length; i++) {
            activations[i] = ForwardPass.activations(network, x[i]);
            double[] input = x[i];
            for (int l = 0; l < network.depth(); l++) {
                double[][] weights = network.weights()[l];
                pre[i][l] = new double[weights.length];
                for (int k = 0; k < weights.length; k++) {
                    double sum = network.biases()[l][k];
                    for (int j = 0; j < input.length; j++) {
                        sum += weights[k][j] * input[j];
                    }
                    pre[i][l][k] = sum;
                }
                double[] next = new double[weights.length];
                for (int k = 0; k < weights.length; k++) {
                    next[k] = activations[i][l][k];
                }
                input = next;
            }
        }
    }

    public double value(LinearForm form) {
        double total = form.constant();
        for (var term : form.terms().entrySet()) {
            total += term.getValue() * value(term.getKey());
        }
        return total;
    }

    public double value(Atom atom) {
        if (atom instanceof Atom.Weight weight) {
            return network.weights()[weight.layer()][weight.neuron()][weight.input()];
        } else if (atom instanceof Atom.Bias bias) {
            return network.biases()[bias.layer()][bias.neuron()];
        } else if (atom instanceof Atom.Activation activation) {
            return activations[activation.sample()][activation.layer()][activation.neuron()];
        } else if (atom instanceof Atom.PreActivation preActivation) {
            return pre[preActivation.sample()][preActivation.layer()][preActivation.neuron()];
        } else if (atom instanceof Atom.Predict predict) {
            int[][] layers = activations[predict.sample()];
            return ForwardPass.predict(layers[layers.length - 1]) == predict.classIndex() ? 1 : 0;
        } else if (atom instanceof Atom.Active active) {
            for (double weight : network.weights()[active.layer()][active.neuron()]) {
                if (Math.abs(weight) > ZERO) {
                    return 1;
                }
            }
            return 0;
        } else if (atom instanceof Atom.Nonzero nonzero) {
            return Math.abs(value(nonzero.argument())) > ZERO ? 1 : 0;
        } else if (atom instanceof Atom.Abs abs) {
            return Math.abs(value(abs.argument()));
        } else if (atom instanceof Atom.Product product) {
            return value(product.binary()) * value(product.factor());
        } else if (atom instanceof Atom.Hinge hinge) {
            double t = labels[hinge.sample()] == hinge.neuron() ? 1 : -1;
            return Math.max(0, hinge.margin() - t * pre[hinge.sample()][network.depth() - 1][hinge.neuron()]);
        }
        return smallestMargin();
    }

    /** {@code min} over samples, layers and neurons of a (active) or -a (inactive). */
    private double smallestMargin() {
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < pre.length; i++) {
            for (int l = 0; l < pre[i].length; l++) {
                for (int k = 0; k < pre[i][l].length; k++) {
                    double a = pre[i][l][k];
                    smallest = Math.min(smallest, activations[i][l][k] == 1 ? a : -a);
                }
            }
        }
        return smallest;
    }

    /**
     * How much a form can move when every continuous bias of layer l moves by {@code shift[l]}:
     * the read-back moves continuous biases by eps/2 ({@code SolutionReader}), and biases,
     * pre-activations, absolute values, hinges and margins are 1-Lipschitz in them.
     */
    public static double biasSensitivity(LinearForm form, double[] shift) {
        double total = 0;
        for (var term : form.terms().entrySet()) {
            total += Math.abs(term.getValue()) * biasSensitivity(term.getKey(), shift);
        }
        return total;
    }

    private static double biasSensitivity(Atom atom, double[] shift) {
        if (atom instanceof Atom.Bias bias) {
            return shift[bias.layer()];
        } else if (atom instanceof Atom.PreActivation preActivation) {
            return shift[preActivation.layer()];
        } else if (atom instanceof Atom.Abs abs) {
            return biasSensitivity(abs.argument(), shift);
        } else if (atom instanceof Atom.Product product) {
            return biasSensitivity(product.factor(), shift);
        } else if (atom instanceof Atom.Hinge) {
            return shift[shift.length - 1];
        } else if (atom instanceof Atom.SmallestMargin) {
            double largest = 0;
            for (double value : shift) {
                largest = Math.max(largest, value);
            }
            return largest;
        }
        return 0;
    }
}
