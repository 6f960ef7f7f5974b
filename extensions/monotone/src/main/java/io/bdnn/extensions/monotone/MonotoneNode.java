package io.bdnn.extensions.monotone;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.spi.ExtensionNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The IR node of one monotone constraint: for each pair (lo, hi) of training samples,
 * {@code predict(hi, c) >= predict(lo, c)}. It reads the output activations, and checks a trained
 * network by the exact forward pass.
 *
 * @param constraintName the constraint's name, which also names its rows
 * @param feature        the feature, 0-based
 * @param classIndex     the class, 0-based
 * @param pairs          the (lo, hi) sample pairs, 0-based
 * @param span           where the constraint is written, recorded in the families it makes
 */
public record MonotoneNode(String constraintName, int feature, int classIndex, List<int[]> pairs, SourceSpan span)
        implements ExtensionNode {

    @Override
    public List<IrNode> reads(IrGraph graph) {
        return List.of(graph.find(IrNode.Activations.class, graph.layers().size() - 1));
    }

    @Override
    public List<String> violations(Network network, double[][] x, int[] y) {
        List<String> violations = new ArrayList<>();
        for (int[] pair : pairs) {
            boolean lo = predicts(network, x[pair[0]]);
            boolean hi = predicts(network, x[pair[1]]);
            if (lo && !hi) {
                violations.add("sample " + (pair[0] + 1) + " is predicted class " + (classIndex + 1) + " but sample "
                        + (pair[1] + 1) + ", larger in feature " + (feature + 1) + " only, is not");
            }
        }
        return violations;
    }

    private boolean predicts(Network network, double[] input) {
        int[][] activations = ForwardPass.activations(network, input);
        return ForwardPass.predict(activations[activations.length - 1]) == classIndex;
    }

    @Override
    public String label() {
        return constraintName + ".monotone";
    }
}
