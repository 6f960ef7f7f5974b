package io.bdnn.ir;

import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Builds the IR graph of the exact training MILP from an architecture and the training data:
 * for each layer its weights, biases, pre-activations, step and activations, the products
 * with the previous layer's activations from layer 2 on, and the Hamming loss on the outputs.
 */
public final class IrBuilder {
    private final DirectedAcyclicGraph<IrNode, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);

    private IrBuilder() {
    }

    /**
     * The graph for training {@code spec} on {@code inputs}/{@code labels}. {@code fixedWeights}
     * and {@code fixedBiases} may hold per-layer constants (null entries are free layers; a null
     * weight row or a NaN bias frees one neuron), as local search uses; pass null for a fully
     * free network.
     */
    public static IrGraph build(NetworkSpec spec, double[][] inputs, int[] labels,
                                double[][][] fixedWeights, double[][] fixedBiases) {
        return build(spec, inputs, labels, fixedWeights, fixedBiases, IrOptions.plain(inputs.length));
    }

    /**
     * The graph with {@code options}: samples grouped into subsets that share activations
     * (layer-1 pre-activations stay per sample, everything else is per subset), a robust layer-1
     * step, and an L1 penalty on every layer's weights.
     */
    public static IrGraph build(NetworkSpec spec, double[][] inputs, int[] labels, double[][][] fixedWeights,
                                double[][] fixedBiases, IrOptions options) {
        if (options.grouping().points() != inputs.length) {
            throw new IllegalArgumentException("the grouping has " + options.grouping().points() + " points, the data "
                    + inputs.length);
        }
        return new IrBuilder().buildGraph(spec, inputs, labels, fixedWeights, fixedBiases, options);
    }

    public static IrGraph build(NetworkSpec spec, double[][] inputs, int[] labels) {
        return build(spec, inputs, labels, null, null);
    }

    private IrGraph buildGraph(NetworkSpec spec, double[][] inputs, int[] labels,
                               double[][][] fixedWeights, double[][] fixedBiases, IrOptions options) {
        int samples = inputs.length;
        int units = options.grouping().subsets();
        List<IrLayer> layers = new ArrayList<>();
        IrNode.Activations previous = null;
        for (int l = 0; l < spec.depth(); l++) {
            NetworkSpec.LayerSpec declared = spec.layer(l);
            IrLayer layer = new IrLayer(l, declared.name(), declared.width(), spec.fanIn(l), spec.weights(),
                    spec.bias(), declared.span());
            layers.add(layer);
            var weights = add(new IrNode.Weights(layer, fixedWeights == null ? null : fixedWeights[l]));
            var pre = add(new IrNode.PreActivation(layer, layer.isFirst() ? samples : units));
            IrNode.AbsoluteWeights absolute = null;
            boolean freeFirst = layer.isFirst() && !weights.isFixed();
            if (options.l1() > 0 || (freeFirst && options.isRobust())) {
                absolute = add(new IrNode.AbsoluteWeights(layer, weights));
                connect(weights, absolute);
            }
            if (options.l1() > 0) {
                var penalty = add(new IrNode.L1Penalty(layer, absolute, options.l1()));
                connect(absolute, penalty);
            }
            if (previous == null) {
                connect(weights, pre);
            } else {
                var products = add(new IrNode.Products(layer, units));
                var times = add(new IrNode.BinaryTimesWeight(layer, weights, previous, products));
                connect(weights, times);
                connect(previous, times);
                connect(times, products);
                connect(products, pre);
            }
            if (layer.hasBias()) {
                var biases = add(new IrNode.Biases(layer, fixedBiases == null ? null : fixedBiases[l]));
                connect(biases, pre);
            }
            var activations = add(new IrNode.Activations(layer, units));
            // A fixed layer-1 neuron is robust or not already; only free ones get the robust rows.
            boolean robust = freeFirst && options.isRobust();
            IrNode step = robust
                    ? add(new IrNode.RobustStep(layer, pre, activations, absolute, options.robustRadii().clone(),
                            freeNeurons(weights)))
                    : add(new IrNode.Step(layer, pre, activations));
            connect(pre, step);
            if (step instanceof IrNode.RobustStep) {
                connect(absolute, step);
            }
            connect(step, activations);
            previous = activations;
        }
        var loss = add(new IrNode.HammingLoss(layers.get(layers.size() - 1), previous, labels));
        connect(previous, loss);
        return new IrGraph(graph, inputs, labels, List.copyOf(layers), options.grouping());
    }

    /** The neurons whose weights are variables, or null when all are. */
    private static boolean[] freeNeurons(IrNode.Weights weights) {
        if (weights.fixed() == null) {
            return null;
        }
        boolean[] free = new boolean[weights.layer().width()];
        for (int k = 0; k < free.length; k++) {
            free[k] = !weights.isFixed(k);
        }
        return free;
    }

    private <N extends IrNode> N add(N node) {
        graph.addVertex(node);
        return node;
    }

    private void connect(IrNode from, IrNode to) {
        graph.addEdge(from, to);
    }
}
