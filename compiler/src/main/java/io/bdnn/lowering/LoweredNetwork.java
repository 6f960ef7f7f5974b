package io.bdnn.lowering;

import io.bdnn.bounds.Bounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.LinearModel;
import java.util.Map;

/**
 * A network training problem after lowering: the linear model, and for every IR variable family
 * the {@link Refs} that say where its members went, so a solution can be read back as weights,
 * biases and activations; {@code tables} are the pattern tables of the layers lowered by
 * {@code PatternTableToRows}, by layer index (none without {@code method exact patterns}).
 */
public record LoweredNetwork(LinearModel model, IrGraph graph, Bounds bounds, Map<IrNode, Refs> refs,
                             Map<Integer, PatternTable> tables) {

    /** A network without pattern tables. */
    public LoweredNetwork(LinearModel model, IrGraph graph, Bounds bounds, Map<IrNode, Refs> refs) {
        this(model, graph, bounds, refs, Map.of());
    }

    public Refs weights(int layer) {
        return refs.get(graph.find(IrNode.Weights.class, layer));
    }

    /** The bias refs of a layer, or null when the model has no bias. */
    public Refs biases(int layer) {
        IrNode.Biases node = graph.find(IrNode.Biases.class, layer);
        return node == null ? null : refs.get(node);
    }

    public Refs activations(int layer) {
        return refs.get(graph.find(IrNode.Activations.class, layer));
    }
}
