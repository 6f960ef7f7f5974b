package io.bdnn.lowering;

import io.bdnn.bounds.Bounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.LinearModelBuilder;

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
        LoweringRegistry rules = registry.forFormulation(formulation);
        for (IrNode node : graph.topologicalOrder()) {
            rules.lower(node, context);
        }
        for (OptionRule rule : LoweringRegistry.optionRules(formulation)) {
            rule.lower(context);
        }
        return new LoweredNetwork(model.build(), graph, bounds,
                java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(context.allRefs())),
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(context.tables())));
    }

    public static LoweredNetwork lower(String name, IrGraph graph, Bounds bounds, LoweringRegistry registry) {
        LinearModelBuilder model = new LinearModelBuilder(name);
        LoweringContext context = new LoweringContext(model, graph, bounds);
        for (IrNode node : graph.topologicalOrder()) {
            registry.lower(node, context);
        }
        return new LoweredNetwork(model.build(), graph, bounds,
                java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(context.allRefs())));
    }
}
