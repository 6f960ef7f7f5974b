package io.bdnn.verify;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * One trained network (one hidden layer or several) as a {@link VerifiedModel}: the prediction is
 * {@link ForwardPass#predict}, the first index of the largest output; the graph is the network's
 * layers with fixed weights and biases (the same Weights, Biases, Step and BinaryTimesWeight nodes
 * as training, lowered by the same rules), an {@link IrNode.InputBall} feeding layer 1 and an
 * {@link IrNode.PredictionChange} reading the outputs.
 */
public final class SingleNetwork implements VerifiedModel {
    private final Network network;

    public SingleNetwork(Network network) {
        this.network = network;
    }

    public Network network() {
        return network;
    }

    @Override
    public int inputs() {
        return network.inputs();
    }

    @Override
    public Network.Scaling scaling() {
        return network.scaling();
    }

    @Override
    public int predict(double[] scaled) {
        int[][] activations = ForwardPass.activations(network, scaled);
        return ForwardPass.predict(activations[activations.length - 1]);
    }

    @Override
    public IrGraph graph(double[] centre, double[] radii, int predicted, double searchUpTo) {
        DirectedAcyclicGraph<IrNode, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
        List<IrLayer> layers = new ArrayList<>();
        IrNode.Activations outputs = chain(graph, network, "", layers, null, centre, radii, searchUpTo);
        var change = add(graph, new IrNode.PredictionChange(layers.get(layers.size() - 1), outputs, predicted));
        graph.addEdge(outputs, change);
        return new IrGraph(graph, new double[][] {centre.clone()}, new int[] {predicted}, List.copyOf(layers),
                Grouping.identity(1));
    }

    /**
     * Appends a network's layers, weights and biases fixed, to {@code layers} and the graph, with
     * indices continuing {@code layers} (depth from 0) and names prefixed by {@code prefix}; its
     * first layer reads {@code ball}, or a new {@link IrNode.InputBall} of the point when null (the
     * ball belongs to the graph's first layer, index 0). Returns its output activations.
     */
    static IrNode.Activations chain(DirectedAcyclicGraph<IrNode, DefaultEdge> graph, Network network, String prefix,
                                    List<IrLayer> layers, IrNode.InputBall ball, double[] centre, double[] radii,
                                    double searchUpTo) {
        IrNode.Activations previous = null;
        SourceSpan span = SourceSpan.none("network");
        int offset = layers.size();
        for (int l = 0; l < network.depth(); l++) {
            int fanIn = l == 0 ? network.inputs() : network.width(l - 1);
            IrLayer layer = new IrLayer(offset + l, l, prefix + network.layerNames().get(l), network.width(l), fanIn,
                    domainOf(network.weights()[l]), biasDomain(network.biases()[l]), span);
            layers.add(layer);
            var weights = add(graph, new IrNode.Weights(layer, network.weights()[l]));
            var pre = add(graph, new IrNode.PreActivation(layer, 1));
            if (previous == null) {
                var input = ball != null ? ball
                        : add(graph, new IrNode.InputBall(layer, centre.clone(), radii.clone(), searchUpTo));
                graph.addEdge(input, pre);
                graph.addEdge(weights, pre);
            } else {
                var products = add(graph, new IrNode.Products(layer, 1));
                var times = add(graph, new IrNode.BinaryTimesWeight(layer, weights, previous, products));
                graph.addEdge(weights, times);
                graph.addEdge(previous, times);
                graph.addEdge(times, products);
                graph.addEdge(products, pre);
            }
            if (layer.hasBias()) {
                graph.addEdge(add(graph, new IrNode.Biases(layer, network.biases()[l].clone())), pre);
            }
            var activations = add(graph, new IrNode.Activations(layer, 1));
            var step = add(graph, new IrNode.Step(layer, pre, activations));
            graph.addEdge(pre, step);
            graph.addEdge(step, activations);
            previous = activations;
        }
        return previous;
    }

    /** The tightest domain holding a layer's weights: integer when they all are. */
    static Domain domainOf(double[][] weights) {
        double lo = 0;
        double hi = 0;
        boolean integral = true;
        for (double[] row : weights) {
            for (double w : row) {
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
                integral &= w == Math.rint(w);
            }
        }
        return integral ? Domain.integer(lo, hi) : Domain.continuous(lo, hi);
    }

    /** No bias when every bias is 0, else the range of the fixed biases. */
    static Domain biasDomain(double[] biases) {
        boolean zero = true;
        for (double b : biases) {
            zero &= b == 0;
        }
        return zero ? Domain.none() : domainOf(new double[][] {biases});
    }

    static <N extends IrNode> N add(DirectedAcyclicGraph<IrNode, DefaultEdge> graph, N node) {
        graph.addVertex(node);
        return node;
    }
}
