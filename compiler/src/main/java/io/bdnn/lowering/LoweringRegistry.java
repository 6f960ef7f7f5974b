package io.bdnn.lowering;

import io.bdnn.ir.IrNode;
import io.bdnn.milp.ModelSize;
import io.bdnn.lowering.rules.AbsBoundToEpigraph;
import io.bdnn.lowering.rules.AbsToBigM;
import io.bdnn.lowering.rules.AbsToEpigraph;
import io.bdnn.lowering.rules.BinaryTimesBoundedToMcCormick;
import io.bdnn.lowering.rules.HingeToEpigraph;
import io.bdnn.lowering.rules.IndicatorToBigM;
import io.bdnn.lowering.rules.EnsembleChangeToLinear;
import io.bdnn.lowering.rules.InputBallToBox;
import io.bdnn.lowering.rules.PredictionChangeToLinear;
import io.bdnn.lowering.rules.MaxMarginToLinear;
import io.bdnn.lowering.rules.ObjectiveToLinear;
import io.bdnn.lowering.rules.PredictToLinear;
import io.bdnn.lowering.rules.UserConstraintToRows;
import io.bdnn.lowering.rules.BinaryTimesWeightToMcCormick;
import io.bdnn.lowering.rules.DeclareBiases;
import io.bdnn.lowering.rules.DeclareWeights;
import io.bdnn.lowering.rules.HammingLossToLinear;
import io.bdnn.lowering.rules.L1PenaltyToObjective;
import io.bdnn.lowering.rules.RobustBallToDualNorm;
import io.bdnn.lowering.rules.StepActivationToBigM;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one explicit list of lowering rules, a rule per IR node kind. Node kinds that are not
 * lowered by themselves are listed in {@link #DEFINED_BY_PRODUCER} with the reason; a test checks
 * that every kind of {@link IrNode} is covered by exactly one of the two.
 */
public final class LoweringRegistry {

    /**
     * Kinds lowered as part of another node: pre-activations are affine expressions inlined into
     * the rows that read them (no column, no row of their own); activations are created by the
     * {@code Step} that defines them, products by their {@code BinaryTimesWeight}.
     */
    public static final Set<Class<? extends IrNode>> DEFINED_BY_PRODUCER =
            Set.of(IrNode.PreActivation.class, IrNode.Activations.class, IrNode.Products.class);

    private final Map<Class<?>, LoweringRule<?>> rules = new LinkedHashMap<>();

    private LoweringRegistry(List<LoweringRule<?>> list) {
        for (LoweringRule<?> rule : list) {
            if (rules.put(rule.accepts(), rule) != null) {
                throw new IllegalArgumentException("two rules lower " + rule.accepts().getSimpleName());
            }
        }
    }

    /** The default rules of the exact training MILP. */
    public static LoweringRegistry defaults() {
        return new LoweringRegistry(List.of(
                new DeclareWeights(),
                new DeclareBiases(),
                new StepActivationToBigM(),
                new BinaryTimesWeightToMcCormick(),
                new HammingLossToLinear(),
                new AbsToEpigraph(),
                new RobustBallToDualNorm(),
                new L1PenaltyToObjective(),
                // Verification of a trained network (io.bdnn.verify): a perturbed input, a changed prediction.
                new InputBallToBox(),
                new PredictionChangeToLinear(),
                new EnsembleChangeToLinear(),
                // User constraints and objectives (io.bdnn.user), one rule per IrNode.User kind.
                new UserConstraintToRows(),
                new AbsBoundToEpigraph(),
                new AbsToBigM(),
                new IndicatorToBigM(),
                new PredictToLinear(),
                new BinaryTimesBoundedToMcCormick(),
                new HingeToEpigraph(),
                new MaxMarginToLinear(),
                new ObjectiveToLinear()));
    }

    /**
     * The rules of the formulation's options that add rows after the nodes are lowered. (The
     * option {@code merge_samples} changes the IR's grouping instead, see {@link Formulation#grouping}.)
     */
    public static List<OptionRule> optionRules(Formulation formulation) {
        List<OptionRule> list = new java.util.ArrayList<>();
        if (formulation.has(Formulation.Option.SYMMETRY)) {
            list.add(new io.bdnn.lowering.rules.HiddenNeuronsToOrderRows());
        }
        return list;
    }

    /** The rule of {@code method exact patterns}, for the layers {@link #patternLayers} names. */
    private final io.bdnn.lowering.rules.PatternTableToRows patterns = new io.bdnn.lowering.rules.PatternTableToRows();

    /**
     * The layers whose steps and products the pattern table replaces ({@link Formulation.Option#PATTERNS}):
     * those {@code PatternTableToRows.applies} to; none without the option.
     */
    public static Set<Integer> patternLayers(Formulation formulation, io.bdnn.ir.IrGraph graph) {
        Set<Integer> layers = new java.util.TreeSet<>();
        if (formulation.has(Formulation.Option.PATTERNS)) {
            for (io.bdnn.ir.IrLayer layer : graph.layers()) {
                if (io.bdnn.lowering.rules.PatternTableToRows.applies(graph, layer,
                        io.bdnn.lowering.rules.PatternTableToRows.MAX_FAN_IN)) {
                    layers.add(layer.index());
                }
            }
        }
        return layers;
    }

    /**
     * This registry with the node rules the formulation's options replace: with
     * {@link Formulation.Option#INDICATORS} the step is lowered by {@code StepActivationToIndicators}.
     */
    public LoweringRegistry forFormulation(Formulation formulation) {
        if (!formulation.has(Formulation.Option.INDICATORS)) {
            return this;
        }
        Map<Class<?>, LoweringRule<?>> replaced = new LinkedHashMap<>(rules);
        replaced.put(IrNode.Step.class, new io.bdnn.lowering.rules.StepActivationToIndicators());
        return new LoweringRegistry(List.copyOf(replaced.values()));
    }

    /**
     * The defaults and the rules of every extension on the class path
     * ({@link io.bdnn.spi.Extensions}); extension rules only lower extension node kinds.
     */
    public static LoweringRegistry withExtensions() {
        List<LoweringRule<?>> all = new java.util.ArrayList<>(defaults().rules.values());
        all.addAll(io.bdnn.spi.Extensions.rules());
        return new LoweringRegistry(all);
    }

    public Set<Class<?>> kinds() {
        return rules.keySet();
    }

    /** Lowers one node with its rule; nodes defined by their producer are skipped. */
    <N extends IrNode> void lower(N node, LoweringContext context) {
        LoweringRule<N> rule = ruleFor(node, context);
        if (rule != null) {
            rule.lower(node, context);
        }
    }

    /** What lowering the node will add, as its rule estimates it ({@link LoweringRule#size}). */
    <N extends IrNode> ModelSize size(N node, LoweringContext context) {
        LoweringRule<N> rule = ruleFor(node, context);
        return rule == null ? ModelSize.NONE : rule.size(node, context);
    }

    /** The rule that lowers a node; null for the nodes defined by their producer. */
    @SuppressWarnings("unchecked")
    private <N extends IrNode> LoweringRule<N> ruleFor(N node, LoweringContext context) {
        if (DEFINED_BY_PRODUCER.contains(node.getClass())) {
            return null;
        }
        if (context.usesPatterns(node.layer()) && node instanceof IrNode.BinaryTimesWeight) {
            return null; // the pattern table reads the layer's inputs directly: no products
        }
        if (context.usesPatterns(node.layer()) && node instanceof IrNode.Step) {
            return (LoweringRule<N>) patterns;
        }
        LoweringRule<N> rule = (LoweringRule<N>) rules.get(node.getClass());
        if (rule == null) {
            throw new IllegalStateException("no lowering rule for " + node.getClass().getSimpleName());
        }
        return rule;
    }
}
