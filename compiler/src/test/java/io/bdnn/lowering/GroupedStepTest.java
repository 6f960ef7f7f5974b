package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrOptions;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * Text in, text out: samples grouped into subsets share activations. Layer-1 step rows stay per
 * sample and read their subset's binary; deeper rows, products and binaries are per subset; the
 * Hamming loss sums each subset's samples.
 */
class GroupedStepTest {

    private static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, Grouping grouping) {
        IrGraph graph = IrBuilder.build(spec, x, y, null, null, new IrOptions(grouping, null, 0));
        return Lowerer.lower("tiny", graph, BoundsAnalysis.analyse(graph, Double.NaN), LoweringRegistry.defaults());
    }

    @Test
    void layerOneRowsArePerSampleAndEverythingElseIsPerSubset() {
        // Samples x = 1, 2, -1 with labels 0, 1, 1; the first two share subset g1, the last is g2.
        NetworkSpec spec = TinyModels.spec(1, Domain.integer(-1, 1), Domain.none(), 1, 2);
        var lowered = lower(spec, new double[][] {{1}, {2}, {-1}}, new int[] {0, 1, 1}, Grouping.of(new int[] {7, 7, 3}));
        String rows = ModelText.rows(lowered.model());
        // a = x w with w in [-1, 1] is integral, so eps = 1; M per sample from its own bounds.
        assertThat(rows).contains("""
                hidden/n1/s1/step_hi: hidden/n1/in1/w - hidden/n1/g1/u <= 0
                hidden/n1/s1/step_lo: hidden/n1/in1/w - 2 hidden/n1/g1/u >= -1
                hidden/n1/s2/step_hi: 2 hidden/n1/in1/w - 2 hidden/n1/g1/u <= 0
                hidden/n1/s2/step_lo: 2 hidden/n1/in1/w - 3 hidden/n1/g1/u >= -2
                hidden/n1/s3/step_hi: -hidden/n1/in1/w - hidden/n1/g2/u <= 0
                hidden/n1/s3/step_lo: -hidden/n1/in1/w - 2 hidden/n1/g2/u >= -1
                """);
        assertThat(rows).contains("output/n1/in1/g2/prod_ub_w: output/n1/in1/g2/prod - output/n1/in1/w + hidden/n1/g2/u <= 1")
                .contains("output/n2/g1/step_hi:").doesNotContain("output/n1/s1/").doesNotContain("hidden/n1/s1/u");
        // 2 hidden binaries (one per subset) and 2 x 2 output binaries.
        assertThat(ModelStats.of(lowered.model()).total().binaries()).isEqualTo(6);
        // Subset g1 holds one sample of each class: its output coefficients cancel; g2 has label 1.
        assertThat(ModelText.objective(lowered.model())).isEqualTo("min: output/n1/g2/u - output/n2/g2/u + 3");
    }

    @Test
    void aSubsetPerSampleIsExactlyTheExactFormulation() {
        NetworkSpec spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.unbounded(Domain.Kind.CONTINUOUS), 2, 2);
        double[][] x = {{0, 1}, {1, 0.5}, {-0.5, 0.25}};
        int[] y = {0, 1, 1};
        var exact = TinyModels.lower(spec, x, y);
        var grouped = lower(spec, x, y, Grouping.of(new int[] {4, 9, 2}));
        assertThat(ModelText.rows(grouped.model())).isEqualTo(ModelText.rows(exact.model()));
        assertThat(ModelText.columns(grouped.model())).isEqualTo(ModelText.columns(exact.model()));
        assertThat(ModelText.objective(grouped.model())).isEqualTo(ModelText.objective(exact.model()));
    }

    @Test
    void aSubsetForcedActiveByOneSampleKeepsTheMarginRowOfTheOthers() {
        // x = 2 and x = 0 in one subset, W in [1, 1] fixed by its domain, bias in [-1, -1]:
        // a = 2 W - 1 = 1 > 0 forces the subset to 1; the other sample (a = -1) must then reach
        // a >= eps, a violated constant row: the model is honestly infeasible.
        NetworkSpec spec = TinyModels.spec(1, Domain.continuous(1, 1), Domain.continuous(-1, -1), 2);
        var lowered = lower(spec, new double[][] {{2}, {0}}, new int[] {0, 0}, Grouping.of(new int[] {0, 0}));
        assertThat(lowered.activations(0).isConstant(0)).isTrue();
        assertThat(ModelText.rows(lowered.model())).contains("output/n1/s2/step_lo:");
    }
}
