package io.bdnn.lowering;

import io.bdnn.ast.SourceSpan;
import io.bdnn.bounds.Bounds;
import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModelBuilder;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lowering rule may touch: the model under construction, the IR graph, the bounds
 * analysis, and the {@link Refs} of every variable family lowered so far.
 */
public final class LoweringContext {
    private final LinearModelBuilder model;
    private final IrGraph graph;
    private final Bounds bounds;
    private final Map<IrNode, Refs> refs = new IdentityHashMap<>();
    /** What each layer's pre-activation reads, looked up once per layer (see {@link #appendPreActivation}). */
    private final PreActivation[] preActivations;
    /** Per layer, {@link #inputTerms} for fixed and for free weights, counted once. */
    private final int[][][] inputTerms;

    /** The refs a layer's pre-activation reads; those a layer does not have are null. */
    private record PreActivation(Refs weights, Refs ball, Refs products, Refs biases) {
    }
    private final java.util.Set<Integer> patternLayers;
    private final Map<Integer, PatternTable> tables = new java.util.TreeMap<>();

    LoweringContext(LinearModelBuilder model, IrGraph graph, Bounds bounds) {
        this(model, graph, bounds, java.util.Set.of());
    }

    LoweringContext(LinearModelBuilder model, IrGraph graph, Bounds bounds, java.util.Set<Integer> patternLayers) {
        this.model = model;
        this.graph = graph;
        this.bounds = bounds;
        this.preActivations = new PreActivation[graph.layers().size()];
        this.inputTerms = new int[graph.layers().size()][][];
        this.patternLayers = patternLayers;
    }

    /**
     * Whether a layer's steps and products are lowered by its pattern table
     * ({@code PatternTableToRows}) instead of per-unit step rows and McCormick products.
     */
    public boolean usesPatterns(IrLayer layer) {
        return layer != null && patternLayers.contains(layer.index());
    }

    /** Records the pattern table of a layer, for MIP starts. */
    public void defineTable(IrLayer layer, PatternTable table) {
        tables.put(layer.index(), table);
    }

    Map<Integer, PatternTable> tables() {
        return tables;
    }

    public LinearModelBuilder model() {
        return model;
    }

    public IrGraph graph() {
        return graph;
    }

    public LayerBounds bounds(IrLayer layer) {
        return bounds.layer(layer.index());
    }

    /** Declares a column or row family of a layer, recording the rule that made it. */
    public Family family(IrLayer layer, String kind, List<Family.Axis> axes, LoweringRule<?> rule) {
        return model.family(layer.name(), kind, axes, rule.name(), layer.span());
    }

    /** Declares a column or row family of a layer made by a formulation option's rule. */
    public Family family(IrLayer layer, String kind, List<Family.Axis> axes, OptionRule rule) {
        return model.family(layer.name(), kind, axes, rule.name(), layer.span());
    }

    /** Declares a family outside any layer, such as the loss. */
    public Family family(String scope, String kind, List<Family.Axis> axes, LoweringRule<?> rule, SourceSpan span) {
        return model.family(scope, kind, axes, rule.name(), span);
    }

    /**
     * The axis of a layer's pre-activation rows: samples ({@code s}) in layer 1, activation units
     * deeper ({@code s} for exact training, {@code g} for subsets of samples).
     */
    public Family.Axis rowAxis(IrLayer layer) {
        return layer.isFirst() ? new Family.Axis("s", graph.samples()) : unitAxis();
    }

    /** The axis of activation units: samples ({@code s}) or subsets of samples ({@code g}). */
    public Family.Axis unitAxis() {
        return new Family.Axis(graph.grouping().prefix(), graph.units());
    }

    public void define(IrNode node, Refs value) {
        refs.put(node, value);
    }

    /** The refs of a lowered variable family; fails loudly if its producer has not run. */
    public Refs refs(IrNode node) {
        Refs value = refs.get(node);
        if (value == null) {
            throw new IllegalStateException(node.label() + " was read before it was lowered");
        }
        return value;
    }

    Map<IrNode, Refs> allRefs() {
        return refs;
    }

    /**
     * Appends {@code scale * a[i, k]} to the open row, where
     * {@code a[i, k] = sum_j h[i, j] W[k, j] + b[k]}, and returns its constant part. Layer 1
     * reads the data {@code x[i, j]} as coefficients of the weights (or, when verifying, the
     * perturbed point {@code x'[j]} of an {@code InputBall} times fixed weights); deeper layers
     * read the products {@code s[i, k, j]}.
     */
    public double appendPreActivation(IrLayer layer, int neuron, int sample, double scale) {
        double constant = 0;
        PreActivation reads = preActivation(layer);
        Refs weights = reads.weights();
        if (reads.ball() != null) {
            // Verification: a = sum_j W[k, j] x'[j] + b[k] with W fixed and x' the perturbed point.
            Refs inputs = reads.ball();
            for (int j = 0; j < layer.fanIn(); j++) {
                int weight = weights.family().localIndex(neuron, j);
                if (!weights.isConstant(weight)) {
                    throw new IllegalStateException(layer.name() + ": a perturbed input needs fixed weights");
                }
                double w = weights.constant(weight);
                if (w != 0) {
                    constant += inputs.appendTo(model, j, scale * w);
                }
            }
        } else if (layer.isFirst() && layer.fanIn() > 0) {
            double[] x = graph.inputs()[sample];
            // Members are numbered row-major (Family): W[k, j] is member W[k, 0] + j.
            int first = weights.family().localIndex(neuron, 0);
            for (int j = 0; j < layer.fanIn(); j++) {
                if (x[j] != 0) {
                    constant += weights.appendTo(model, first + j, scale * x[j]);
                }
            }
        } else if (layer.fanIn() > 0) {
            Refs products = reads.products();
            // Row-major again: s[k, j, i] is member s[k, 0, i] + j times the number of units.
            int first = products.family().localIndex(neuron, 0, sample);
            int stride = products.family().axes().get(2).size();
            for (int j = 0; j < layer.fanIn(); j++) {
                constant += products.appendTo(model, first + j * stride, scale);
            }
        }
        if (reads.biases() != null) {
            constant += reads.biases().appendTo(model, neuron, scale);
        }
        return constant;
    }

    /**
     * At most how many terms {@link #appendPreActivation} appends on each row of a neuron for
     * {@code sum_j h[i, j] W[k, j]}, from the graph and the bounds alone (for
     * {@link LoweringRule#size}, before any refs exist): in layer 1 a term per nonzero input when
     * the neuron's weights are variables (per input of a perturbed point); deeper a term per
     * product that is not a constant, that is whose activation is not decided 0, nor decided 1
     * with a fixed weight. Counted once per layer and shared: do not modify.
     */
    public int[] inputTerms(IrLayer layer, int neuron) {
        boolean freeWeights = !graph.find(IrNode.Weights.class, layer.index()).isFixed(neuron);
        int[][] counts = inputTerms[layer.index()];
        if (counts == null) {
            counts = new int[][] {inputTerms(layer, false), inputTerms(layer, true)};
            inputTerms[layer.index()] = counts;
        }
        return counts[freeWeights ? 1 : 0];
    }

    /** The term {@link #appendPreActivation} appends for the neuron's bias: 1 for a variable, else 0. */
    public int biasTerms(IrLayer layer, int neuron) {
        IrNode.Biases biases = graph.find(IrNode.Biases.class, layer.index());
        return biases != null && !biases.isFixed(neuron) ? 1 : 0;
    }

    /** {@link #inputTerms(IrLayer, int)} for a neuron with variable or fixed weights. */
    private int[] inputTerms(IrLayer layer, boolean freeWeights) {
        boolean ball = layer.isFirst() && graph.find(IrNode.InputBall.class, 0) != null;
        byte[][] previous = layer.isFirst() ? null : bounds.layer(layer.index() - 1).activation();
        int[] terms = new int[graph.rows(layer)];
        for (int i = 0; i < terms.length; i++) {
            int count = 0;
            for (int j = 0; j < layer.fanIn(); j++) {
                if (ball) {
                    count++;
                } else if (previous == null) {
                    count += freeWeights && graph.inputs()[i][j] != 0 ? 1 : 0;
                } else {
                    byte u = previous[j][i];
                    count += u == LayerBounds.FREE || (u == 1 && freeWeights) ? 1 : 0;
                }
            }
            terms[i] = count;
        }
        return terms;
    }

    /**
     * The refs {@link #appendPreActivation} reads for a layer, found in the graph on the layer's
     * first row and kept: the graph does not change while it is lowered, and each ref is defined
     * once, before the rows that read it (topological order), so later rows see the same refs.
     */
    private PreActivation preActivation(IrLayer layer) {
        PreActivation reads = preActivations[layer.index()];
        if (reads == null) {
            Refs weights = refs(graph.find(IrNode.Weights.class, layer.index()));
            IrNode.InputBall ball = layer.isFirst() ? graph.find(IrNode.InputBall.class, 0) : null;
            Refs products = ball == null && !layer.isFirst()
                    ? refs(graph.find(IrNode.Products.class, layer.index())) : null;
            IrNode.Biases biases = graph.find(IrNode.Biases.class, layer.index());
            reads = new PreActivation(weights, ball == null ? null : refs(ball), products,
                    biases == null ? null : refs(biases));
            preActivations[layer.index()] = reads;
        }
        return reads;
    }
}
