package io.bdnn.lowering;

import io.bdnn.bounds.Bounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import java.util.List;

/** Lowers an IR graph to a linear model by applying each node's rule in topological order. */
public final class Lowerer {
    private Lowerer() {
    }

    /**
     * Analyses the graph's bounds for the formulation (the paper's M values replace the interval
     * bounds for {@link Formulation.Base#PAPER}) and lowers it; {@code epsilon} is the model's, or NaN.
     */
    public static LoweredNetwork lower(String name, IrGraph graph, double epsilon, Formulation formulation,
                                       LoweringRegistry registry) {
        Bounds bounds = io.bdnn.bounds.BoundsAnalysis.analyse(graph, epsilon);
        if (formulation.base() == Formulation.Base.PAPER) {
            bounds = io.bdnn.bounds.PaperBigM.apply(graph, bounds);
        }
        LinearModelBuilder model = new LinearModelBuilder(name);
        LoweringContext context = new LoweringContext(model, graph, bounds, LoweringRegistry.patternLayers(formulation, graph));
        List<OptionRule> options = LoweringRegistry.optionRules(formulation);
        lowerNodes(registry.forFormulation(formulation), options, context);
        for (OptionRule rule : options) {
            rule.lower(context);
        }
        return new LoweredNetwork(model.build(), graph, bounds,
                java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(context.allRefs())),
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(context.tables())));
    }

    public static LoweredNetwork lower(String name, IrGraph graph, Bounds bounds, LoweringRegistry registry) {
        LinearModelBuilder model = new LinearModelBuilder(name);
        LoweringContext context = new LoweringContext(model, graph, bounds);
        lowerNodes(registry, List.of(), context);
        return new LoweredNetwork(model.build(), graph, bounds,
                java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(context.allRefs())));
    }

    /**
     * Lowers every node in topological order, after making room in the model for what the rules
     * estimate they add ({@link LoweringRule#size}): the arrays are then allocated once at their
     * final size. Doubled from a small start, they were copied some 15 times and allocated four
     * times the model's size (120 MB for the 1.3 million nonzeros of breast-cancer-50), which
     * filled the young generation and cost a garbage collection in the middle of lowering.
     */
    private static void lowerNodes(LoweringRegistry rules, List<OptionRule> options, LoweringContext context) {
        List<IrNode> order = context.graph().topologicalOrder();
        context.model().reserve(estimate(order, rules, options, context));
        for (IrNode node : order) {
            rules.lower(node, context);
        }
    }

    /** What the rules and the options estimate that they add, before any node is lowered. */
    static ModelSize estimate(List<IrNode> order, LoweringRegistry rules, List<OptionRule> options,
                              LoweringContext context) {
        ModelSize size = ModelSize.NONE;
        for (IrNode node : order) {
            size = size.plus(rules.size(node, context));
        }
        for (OptionRule option : options) {
            size = size.plus(option.size(context));
        }
        return size;
    }
}
