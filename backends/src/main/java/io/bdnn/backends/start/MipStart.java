package io.bdnn.backends.start;

import io.bdnn.backends.solutions.Feasibility;
import io.bdnn.ir.IrLayer;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete MIP start computed from a saved network by forward pass: every column of the
 * model (weights, biases, activations, products) gets a value, so a solver can take it as an
 * incumbent without completing it.
 *
 * <p>The values come from {@link StartBuilder}, which first moves continuous biases where the
 * step rows need it ({@code BiasRepair}); this class adds the shape check and reports how far the
 * start is from feasible.
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
        int repaired = start.repairedBiases();
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
}
