package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.bounds.PaperBigM;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import org.junit.jupiter.api.Test;

/** Text in, text out: the paper's M values {@code P R_i + B + 1} and {@code P d_{l-1} + B + 1}. */
class PaperBigMTest {

    static LoweredNetwork lowerPaper(NetworkSpec spec, double[][] x, int[] y) {
        IrGraph graph = IrBuilder.build(spec, x, y);
        return Lowerer.lower("tiny", graph, PaperBigM.apply(graph, BoundsAnalysis.analyse(graph, Double.NaN)),
                LoweringRegistry.defaults());
    }

    @Test
    void layerOneUsesTheSamplesNormAndDeeperLayersTheWidth() {
        // x = (1, -0.5): R = 1.5; bias declared in [-2, 2]: B = max(R, widths 1 and 2) = 2, so
        // layer 1 has M = 1.5 + 2 + 1 = 4.5, the output layer M = 1 (one hidden neuron) + 2 + 1 = 4.
        var spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.continuous(-2, 2), 1, 2);
        String rows = ModelText.rows(lowerPaper(spec, new double[][] {{1, -0.5}}, new int[] {0}).model());
        assertThat(rows).contains("""
                hidden/n1/s1/step_hi: hidden/n1/in1/w - 0.5 hidden/n1/in2/w + hidden/n1/b - 4.5 hidden/n1/s1/u <= 0
                hidden/n1/s1/step_lo: hidden/n1/in1/w - 0.5 hidden/n1/in2/w + hidden/n1/b - 4.5001 hidden/n1/s1/u >= -4.5
                """);
        assertThat(rows).contains("""
                output/n1/s1/step_hi: output/n1/in1/s1/prod + output/n1/b - 4 output/n1/s1/u <= 0
                output/n1/s1/step_lo: output/n1/in1/s1/prod + output/n1/b - 4.0001 output/n1/s1/u >= -4
                """);
    }

    @Test
    void nothingIsDecidedSoEveryActivationHasItsBinary() {
        // a = b in [0.5, 1]: bdnn's analysis decides u = 1 (no binary); the paper's formulation keeps it.
        var spec = TinyModels.spec(1, Domain.continuous(-1, 1), Domain.continuous(0.5, 1), 2);
        var lowered = lowerPaper(spec, new double[][] {{0}}, new int[] {0});
        assertThat(lowered.activations(0).isConstant(0)).isFalse();
        assertThat(ModelText.rows(lowered.model())).startsWith("""
                output/n1/s1/step_hi: output/n1/b - 3 output/n1/s1/u <= 0
                """);
    }
}
