package io.bdnn.lowering;

import io.bdnn.ir.IrLayer;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.VarType;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;

/**
 * Moves a network's continuous biases so that its forward pass is admitted by the step rows.
 *
 * <p>A network whose biases were moved below the MILP's (as {@link SolutionReader} may do to put
 * every inactive neuron strictly below zero, or as a network from elsewhere may be) can have an
 * active neuron with {@code 0 < a < eps}, which {@code a >= eps} (u = 1) does not admit. Such a
 * bias is set to the value nearest it within {@code [eps - min z, -max z']} ({@code z} the
 * pre-activations without bias of the training samples where the neuron is active, {@code z'}
 * where it is inactive) and within its column's bounds: every activation stays what the forward
 * pass says, and the step rows hold. When that interval is empty the bias is left alone and the
 * start built from it is infeasible (its users report that).
 */
final class BiasRepair {
    private BiasRepair() {
    }

    /** The network with repaired biases (the same object when nothing moved), and how many moved. */
    record Result(Network network, int repaired) {
    }

    static Result repair(LoweredNetwork lowered, Network network) {
        LinearModel model = lowered.model();
        double[][] x = lowered.graph().inputs();
        int[][][] activations = new int[x.length][][];
        for (int i = 0; i < x.length; i++) {
            activations[i] = ForwardPass.activations(network, x[i]);
        }
        double[][] biases = null;
        int repaired = 0;
        for (IrLayer layer : lowered.graph().layers()) {
            int l = layer.index();
            Refs refs = lowered.biases(l);
            if (refs == null) {
                continue;
            }
            double eps = lowered.bounds().layer(l).margin().value();
            for (int k = 0; k < layer.width(); k++) {
                int col = refs.column(k);
                if (col < 0 || refs.coefficient(k) != 1 || refs.constant(k) != 0
                        || model.colType(col) != VarType.CONTINUOUS) {
                    continue;
                }
                double lowest = model.colLo(col);
                double highest = model.colHi(col);
                for (int i = 0; i < x.length; i++) {
                    double z = 0;
                    for (int j = 0; j < layer.fanIn(); j++) {
                        double input = l == 0 ? x[i][j] : activations[i][l - 1][j];
                        z += network.weights()[l][k][j] * input;
                    }
                    if (activations[i][l][k] == 1) {
                        lowest = Math.max(lowest, eps - z);
                    } else {
                        highest = Math.min(highest, -z);
                    }
                }
                double bias = network.biases()[l][k];
                double slack = 1e-12 * Math.max(1, Math.abs(bias));
                if (lowest <= highest && (bias < lowest - slack || bias > highest + slack)) {
                    if (biases == null) {
                        biases = new double[network.depth()][];
                        for (int m = 0; m < network.depth(); m++) {
                            biases[m] = network.biases()[m].clone();
                        }
                    }
                    biases[l][k] = Math.min(Math.max(bias, lowest), highest);
                    repaired++;
                }
            }
        }
        if (biases == null) {
            return new Result(network, 0);
        }
        return new Result(new Network(network.layerNames(), network.weights(), biases, network.scaling(),
                network.classLabels()), repaired);
    }
}
