package io.bdnn.lowering;

import io.bdnn.ast.SourceSpan;
import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/** Small architectures written inline, lowered with the default rules, for rule tests. */
final class TinyModels {
    private TinyModels() {
    }

    /** A spec with layers of the given widths (the last is the output) named hidden1.., output. */
    static NetworkSpec spec(int inputs, Domain weights, Domain bias, int... widths) {
        List<NetworkSpec.LayerSpec> layers = new ArrayList<>();
        for (int l = 0; l < widths.length; l++) {
            String name = l == widths.length - 1 ? "output" : widths.length == 2 ? "hidden" : "hidden" + (l + 1);
            layers.add(new NetworkSpec.LayerSpec(name, widths[l], SourceSpan.none("tiny.bdnn")));
        }
        return new NetworkSpec(inputs, layers, weights, bias);
    }

    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y) {
        return lower(spec, x, y, Double.NaN);
    }

    /** Lowered in the given formulation (its options included). */
    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, Formulation formulation) {
        return Lowerer.lower("tiny", IrBuilder.build(spec, x, y), Double.NaN, formulation, LoweringRegistry.defaults());
    }

    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, double epsilon) {
        IrGraph graph = IrBuilder.build(spec, x, y);
        return Lowerer.lower("tiny", graph, BoundsAnalysis.analyse(graph, epsilon), LoweringRegistry.defaults());
    }
}
