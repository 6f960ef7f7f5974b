package io.bdnn.lowering;

import io.bdnn.bounds.Bounds;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.milp.LinearModelBuilder;

/** Lowers an IR graph to a linear model by applying each node's rule in topological order. */
public final class Lowerer {
    private Lowerer() {
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
