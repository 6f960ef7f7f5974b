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
 * @param grouping which samples share one activation pattern (a subset each for exact training)
 */
public record IrGraph(DirectedAcyclicGraph<IrNode, DefaultEdge> graph, double[][] inputs, int[] labels,
                      List<IrLayer> layers, Grouping grouping) {

    /** A graph in which every sample has its own activations. */
    public IrGraph(DirectedAcyclicGraph<IrNode, DefaultEdge> graph, double[][] inputs, int[] labels,
                   List<IrLayer> layers) {
        this(graph, inputs, labels, layers, Grouping.identity(inputs.length));
    }

    public int samples() {
        return inputs.length;
    }

    /** The number of activation units per neuron: subsets of samples (samples for exact training). */
    public int units() {
        return grouping.subsets();
    }

    /** The number of pre-activation rows per neuron of a layer: samples in layer 1, units deeper. */
    public int rows(IrLayer layer) {
        return layer.isFirst() ? samples() : units();
    }

    /**
     * The activation unit that pre-activation row {@code row} of a layer defines: layer-1 rows are
     * samples, each tied to its subset's activations; deeper rows are the subsets themselves.
     */
    public int unitOf(IrLayer layer, int row) {
        return layer.isFirst() ? grouping.subsetOf(row) : row;
    }

    /** The activation unit of a training sample, the same in every layer. */
    public int unitOfSample(int sample) {
        return grouping.subsetOf(sample);
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
