package io.bdnn.compiler;

import io.bdnn.bounds.Bounds;
import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrOptions;
import io.bdnn.lowering.Lowerer;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.LoweringRegistry;

/**
 * Lowers the training problems the methods solve: the model's network on some training points
 * (all of them, or a batch), with points grouped into subsets that share activations (data
 * splitting), some layers held fixed (local search), and the model's robustness and L1 penalty.
 */
public final class Subproblems {
    private Subproblems() {
    }

    /** The IR options of the model's plan for a grouping of the points. */
    public static IrOptions options(ModelDefinition definition, Grouping grouping) {
        TrainingPlan plan = definition.training().plan();
        double[] radii = plan.isRobust() ? plan.robust().radii(definition.data()) : null;
        return new IrOptions(grouping, radii, plan.l1());
    }

    /**
     * The lowered problem on points {@code x} with labels {@code y}; {@code fixedWeights} and
     * {@code fixedBiases} hold per-layer constants (null entries, or null, for free layers).
     */
    public static LoweredNetwork lower(ModelDefinition definition, double[][] x, int[] y, double[][][] fixedWeights,
                                       double[][] fixedBiases, Grouping grouping) {
        IrGraph graph = IrBuilder.build(definition.network(), x, y, fixedWeights, fixedBiases,
                options(definition, grouping));
        Bounds bounds = BoundsAnalysis.analyse(graph, definition.training().epsilon());
        return Lowerer.lower(definition.name(), graph, bounds, LoweringRegistry.defaults());
    }
}
