package io.bdnn.ir;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The intermediate MILP graph: nodes are {@link IrNode} families, an edge {@code p -> q} says
 * that q reads p. Passes (bounds analysis, lowering) visit it in topological order, so every
 * node is seen after everything it depends on.
 *
 * @param graph    the DAG
 * @param inputs   the training inputs {@code x[i][j]} (scaled) that layer 1 reads
 * @param labels   the class index of each training sample
 * @param layers   the layers, first to last
 */
public record IrGraph(DirectedAcyclicGraph<IrNode, DefaultEdge> graph, double[][] inputs, int[] labels,
                      List<IrLayer> layers) {

    public int samples() {
        return inputs.length;
    }

    /** The nodes in a topological order (dependencies first). */
    public List<IrNode> topologicalOrder() {
        List<IrNode> order = new ArrayList<>();
        graph.iterator().forEachRemaining(order::add);
        return order;
    }

    public <N extends IrNode> N find(Class<N> kind, int layer) {
        for (IrNode node : graph.vertexSet()) {
            if (kind.isInstance(node) && node.layer().index() == layer) {
                return kind.cast(node);
            }
        }
        return null;
    }

    /** The nodes that {@code node} reads. */
    public List<IrNode> inputsOf(IrNode node) {
        return graph.incomingEdgesOf(node).stream().map(graph::getEdgeSource).toList();
    }

    /** One line per edge, {@code source -> target}, in topological order: for dumps and tests. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (IrNode node : topologicalOrder()) {
            for (DefaultEdge edge : graph.outgoingEdgesOf(node)) {
                text.append(node.label()).append(" -> ").append(graph.getEdgeTarget(edge).label()).append('\n');
            }
        }
        return text.toString();
    }
}
