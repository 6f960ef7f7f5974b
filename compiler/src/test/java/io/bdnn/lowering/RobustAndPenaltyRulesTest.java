package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrOptions;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import org.junit.jupiter.api.Test;

/** Text in, text out: the robust step, the absolute values and the L1 penalty on tiny models. */
class RobustAndPenaltyRulesTest {

    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, double[] radii, double l1) {
        IrGraph graph = IrBuilder.build(spec, x, y, null, null, new IrOptions(Grouping.identity(x.length), radii, l1));
        return Lowerer.lower("tiny", graph, BoundsAnalysis.analyse(graph, Double.NaN), LoweringRegistry.defaults());
    }

    @Test
    void theRobustStepAddsTheDualNormOfTheBoxToBothRowsAndGrowsTheBigM() {
        // x = (1, -0.5), W in [-1, 1], radius 0.1: per term, x W - r|W| lies in [-1.1, 0.9] and
        // [-0.6, 0.4], x W + r|W| in [-0.9, 1.1] and [-0.4, 0.6]; so L = -1.7, U = 1.7 (1.5 without
        // robustness), eps = 1e-4.
        var lowered = lower(TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2),
                new double[][] {{1, -0.5}}, new int[] {0}, new double[] {0.1, 0.1}, 0);
        assertThat(ModelText.rows(lowered.model())).isEqualTo("""
                output/n1/in1/abs_pos: output/n1/in1/abs - output/n1/in1/w >= 0
                output/n1/in1/abs_neg: output/n1/in1/abs + output/n1/in1/w >= 0
                output/n1/in2/abs_pos: output/n1/in2/abs - output/n1/in2/w >= 0
                output/n1/in2/abs_neg: output/n1/in2/abs + output/n1/in2/w >= 0
                output/n2/in1/abs_pos: output/n2/in1/abs - output/n2/in1/w >= 0
                output/n2/in1/abs_neg: output/n2/in1/abs + output/n2/in1/w >= 0
                output/n2/in2/abs_pos: output/n2/in2/abs - output/n2/in2/w >= 0
                output/n2/in2/abs_neg: output/n2/in2/abs + output/n2/in2/w >= 0
                output/n1/s1/robust_hi: output/n1/in1/w - 0.5 output/n1/in2/w + 0.1 output/n1/in1/abs \
                + 0.1 output/n1/in2/abs - 1.7 output/n1/s1/u <= 0
                output/n1/s1/robust_lo: output/n1/in1/w - 0.5 output/n1/in2/w - 0.1 output/n1/in1/abs \
                - 0.1 output/n1/in2/abs - 1.7001 output/n1/s1/u >= -1.7
                output/n2/s1/robust_hi: output/n2/in1/w - 0.5 output/n2/in2/w + 0.1 output/n2/in1/abs \
                + 0.1 output/n2/in2/abs - 1.7 output/n2/s1/u <= 0
                output/n2/s1/robust_lo: output/n2/in1/w - 0.5 output/n2/in2/w - 0.1 output/n2/in1/abs \
                - 0.1 output/n2/in2/abs - 1.7001 output/n2/s1/u >= -1.7
                """);
        assertThat(ModelText.columns(lowered.model())).contains("output/n1/in1/abs in [0, 1] continuous");
        assertThat(lowered.bounds().layer(0).preLo()[0][0]).isCloseTo(-1.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(lowered.bounds().layer(0).preHi()[0][0]).isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aPointWhoseBoxAlwaysStraddlesNoThresholdNeedsNoBinaryAndAnAlwaysPositiveOneIsDecided() {
        // x = (2), W in [1, 2], bias none, radius 0.5: min over the box of x W - r|W| is
        // min(2 - 0.5, 4 - 1) = 1.5 > 0, so every network is robustly active: u = 1, no row left.
        var lowered = lower(TinyModels.spec(1, Domain.continuous(1, 2), Domain.none(), 2),
                new double[][] {{2}}, new int[] {0}, new double[] {0.5}, 0);
        assertThat(lowered.activations(0).isConstant(0)).isTrue();
        assertThat(lowered.activations(0).constant(0)).isEqualTo(1);
        assertThat(ModelText.rows(lowered.model())).isEmpty();
    }

    @Test
    void theL1PenaltyPutsLambdaOnEveryAbsoluteValueAndSignDefiniteWeightsNeedNoColumn() {
        // Weights in [0, 1]: |W| = W, so the penalty lands on the weights themselves.
        var positive = lower(TinyModels.spec(1, Domain.continuous(0, 1), Domain.none(), 2),
                new double[][] {{1}}, new int[] {1}, null, 0.25);
        assertThat(ModelText.objective(positive.model())).isEqualTo(
                "min: 0.25 output/n1/in1/w + 0.25 output/n2/in1/w + output/n1/s1/u - output/n2/s1/u + 1");
        assertThat(ModelText.columns(positive.model())).doesNotContain("abs");
        // Weights in [-1, 1]: an epigraph column t per weight carries the penalty.
        var signed = lower(TinyModels.spec(1, Domain.integer(-1, 1), Domain.none(), 2),
                new double[][] {{1}}, new int[] {1}, null, 0.5);
        assertThat(ModelText.objective(signed.model())).isEqualTo(
                "min: 0.5 output/n1/in1/abs + 0.5 output/n2/in1/abs + output/n1/s1/u - output/n2/s1/u + 1");
        assertThat(ModelText.rows(signed.model())).contains(
                "output/n1/in1/abs_pos: output/n1/in1/abs - output/n1/in1/w >= 0");
    }

    @Test
    void lockedWeightsGiveAConstantPenaltyAndNoRobustRows() {
        // A fixed layer 1 keeps its plain step: it is robust or not already (local search).
        NetworkSpec spec = TinyModels.spec(1, Domain.integer(-1, 1), Domain.none(), 2);
        IrGraph graph = IrBuilder.build(spec, new double[][] {{1}}, new int[] {0},
                new double[][][] {{{1}, {-1}}}, null, new IrOptions(Grouping.identity(1), new double[] {0.1}, 2));
        var lowered = Lowerer.lower("tiny", graph, BoundsAnalysis.analyse(graph, Double.NaN),
                LoweringRegistry.defaults());
        assertThat(lowered.model().numColumns()).isZero();
        // a = 1 for neuron 1 (active, label 0 right), a = -1 for neuron 2: loss 0, penalty 2 * (1 + 1).
        assertThat(lowered.model().objectiveConstant()).isEqualTo(4.0);
        assertThat(graph.find(io.bdnn.ir.IrNode.RobustStep.class, 0)).isNull();
    }
}
