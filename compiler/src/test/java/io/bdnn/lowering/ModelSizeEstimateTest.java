package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.Bounds;
import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.bounds.PaperBigM;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelSize;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sizes the rules estimate before lowering ({@link LoweringRule#size}), which size the
 * model's arrays once: exact for the step and product rows of exact training, so that the arrays
 * need neither growing nor trimming, and never below what the table, indicator and symmetry
 * rules write.
 */
class ModelSizeEstimateTest {
    /** Inputs with zeros (no term) and a point that decides some activations of layer 1. */
    private static final double[][] X = {{0, 1}, {1, 0.5}, {0, 0}, {-0.5, 0.25}, {1, 1}, {0.5, 0}};
    private static final int[] Y = {0, 1, 1, 0, 1, 0};

    private static ModelSize estimate(NetworkSpec spec, Formulation formulation) {
        IrGraph graph = IrBuilder.build(spec, X, Y);
        Bounds bounds = BoundsAnalysis.analyse(graph, Double.NaN);
        if (formulation.base() == Formulation.Base.PAPER) {
            bounds = PaperBigM.apply(graph, bounds);
        }
        LoweringContext context = new LoweringContext(new LinearModelBuilder("tiny"), graph, bounds,
                LoweringRegistry.patternLayers(formulation, graph));
        return Lowerer.estimate(graph.topologicalOrder(), LoweringRegistry.defaults().forFormulation(formulation),
                LoweringRegistry.optionRules(formulation), context);
    }

    private static ModelSize actual(NetworkSpec spec, Formulation formulation) {
        LinearModel model = Lowerer.lower("tiny", IrBuilder.build(spec, X, Y), Double.NaN, formulation,
                LoweringRegistry.defaults()).model();
        return new ModelSize(model.numColumns(), model.numRows(), model.numNonzeros());
    }

    private static List<NetworkSpec> specs() {
        return List.of(
                TinyModels.spec(2, Domain.integer(-1, 1), Domain.unbounded(Domain.Kind.CONTINUOUS), 3, 2),
                TinyModels.spec(2, Domain.integer(-2, 2), Domain.integer(-1, 1), 3, 2, 2),
                TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2, 2),
                // Weights of one sign: layer-1 bounds decide activations, which drop rows and products.
                TinyModels.spec(2, Domain.integer(0, 1), Domain.integer(1, 2), 3, 2));
    }

    @Test
    void stepAndProductRowsAreEstimatedExactly() {
        for (Formulation.Base base : Formulation.Base.values()) {
            Formulation plain = new Formulation(base, EnumSet.noneOf(Formulation.Option.class));
            for (NetworkSpec spec : specs()) {
                assertThat(estimate(spec, plain)).as(base + " " + spec).isEqualTo(actual(spec, plain));
            }
        }
    }

    @Test
    void tablesIndicatorsAndSymmetryAreNotUnderestimated() {
        for (Set<Formulation.Option> options : List.of(Set.of(Formulation.Option.PATTERNS),
                Set.of(Formulation.Option.INDICATORS), Set.of(Formulation.Option.SYMMETRY),
                Set.of(Formulation.Option.PATTERNS, Formulation.Option.SYMMETRY, Formulation.Option.INDICATORS))) {
            Formulation formulation = new Formulation(Formulation.Base.BDNN, options);
            for (NetworkSpec spec : specs()) {
                ModelSize estimate = estimate(spec, formulation);
                ModelSize actual = actual(spec, formulation);
                String what = options + " " + spec;
                assertThat(estimate.columns()).as(what).isGreaterThanOrEqualTo(actual.columns());
                assertThat(estimate.rows()).as(what).isGreaterThanOrEqualTo(actual.rows());
                assertThat(estimate.nonzeros()).as(what).isGreaterThanOrEqualTo(actual.nonzeros());
            }
        }
    }
}
