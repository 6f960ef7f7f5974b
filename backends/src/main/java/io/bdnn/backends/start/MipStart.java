package io.bdnn.backends.start;

import io.bdnn.backends.solutions.Feasibility;
import io.bdnn.ir.IrLayer;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Refs;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.VarType;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete MIP start computed from a saved network by forward pass: every column of the
 * model (weights, biases, activations, products) gets a value, so a solver can take it as an
 * incumbent without completing it.
 *
 * <p>The values come from {@link StartBuilder}, with one repair. A network whose continuous
 * biases were moved below the MILP's (as {@code SolutionReader} may do to put every inactive
 * neuron strictly below zero, or as a network from elsewhere may be) can have an active neuron
 * with {@code 0 < a < eps}, which the step rows ({@code a >= eps} when {@code u = 1}) do not
 * admit. Such a bias column is set to the value
 * nearest the network's bias within {@code [eps - min z, -max z']} ({@code z} the pre-activations
 * without bias of the samples where the neuron is active, {@code z'} where it is inactive) and
 * within the column's bounds: every activation stays what the forward pass says, and the rows
 * hold. When that interval is empty the bias is left alone and the start is reported infeasible.
 *
 * @param values      one value per column
 * @param conflicts   members the lowering fixed to a value the network contradicts
 * @param repaired    how many bias columns were moved
 * @param feasibility how far the start is from satisfying the model
 * @param objective   the start's objective, constant included
 */
public record MipStart(double[] values, List<String> conflicts, int repaired, Feasibility feasibility,
                       double objective) {

    /**
     * The start for a network.
     *
     * @throws IllegalArgumentException when the network's shape is not the model's
     */
    public static MipStart of(LoweredNetwork lowered, Network network) {
        checkShape(lowered, network);
        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        double[] values = start.values();
        int repaired = repairBiases(lowered, network, values);
        LinearModel model = lowered.model();
        Feasibility feasibility = Feasibility.of(model, values, 17, new Feasibility.Names() {
            @Override
            public String column(int col) {
                return model.columnName(col);
            }

            @Override
            public String row(int row) {
                return model.rowName(row);
            }
        });
        return new MipStart(values, start.conflicts(), repaired, feasibility, model.evaluateObjective(values));
    }

    private static void checkShape(LoweredNetwork lowered, Network network) {
        List<IrLayer> layers = lowered.graph().layers();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (IrLayer layer : layers) {
            expected.add(layer.width() + "x" + layer.fanIn());
        }
        for (int l = 0; l < network.depth(); l++) {
            actual.add(network.width(l) + "x" + network.weights()[l][0].length);
        }
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("the network's layers (neurons x inputs) are " + actual
                    + " but the model's are " + expected);
        }
    }

    /** Moves continuous bias columns into the interval that admits the forward pass's activations. */
    private static int repairBiases(LoweredNetwork lowered, Network network, double[] values) {
        LinearModel model = lowered.model();
        double[][] x = lowered.graph().inputs();
        int[][][] activations = new int[x.length][][];
        for (int i = 0; i < x.length; i++) {
            activations[i] = ForwardPass.activations(network, x[i]);
        }
        int repaired = 0;
        for (IrLayer layer : lowered.graph().layers()) {
            int l = layer.index();
            Refs biases = lowered.biases(l);
            if (biases == null) {
                continue;
            }
            double eps = lowered.bounds().layer(l).margin().value();
            for (int k = 0; k < layer.width(); k++) {
                int col = biases.column(k);
                if (col < 0 || biases.coefficient(k) != 1 || biases.constant(k) != 0
                        || model.colType(col) != VarType.CONTINUOUS) {
                    continue;
                }
                double lowest = model.colLo(col);
                double highest = model.colHi(col);
                for (int i = 0; i < x.length; i++) {
                    double[] input = l == 0 ? x[i] : toDoubles(activations[i][l - 1]);
                    double z = 0;
                    for (int j = 0; j < input.length; j++) {
                        z += network.weights()[l][k][j] * input[j];
                    }
                    if (activations[i][l][k] == 1) {
                        lowest = Math.max(lowest, eps - z);
                    } else {
                        highest = Math.min(highest, -z);
                    }
                }
                double bias = values[col];
                double slack = 1e-12 * Math.max(1, Math.abs(bias));
                if (lowest <= highest && (bias < lowest - slack || bias > highest + slack)) {
                    values[col] = Math.min(Math.max(bias, lowest), highest);
                    repaired++;
                }
            }
        }
        return repaired;
    }

    private static double[] toDoubles(int[] values) {
        double[] result = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            result[j] = values[j];
        }
        return result;
    }
}
