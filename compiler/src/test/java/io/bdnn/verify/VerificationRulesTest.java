package io.bdnn.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.IrGraph;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Lowerer;
import io.bdnn.lowering.LoweringRegistry;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text in, text out: the verification graph of a tiny fixed network and the rows it lowers to. */
class VerificationRulesTest {

    /** Two inputs, hidden h1 = step(x1 - x2), h2 = step(x1 + x2 - 0.5), outputs o1 = step(h1 - h2), o2 = step(h2). */
    static Network tiny() {
        double[][][] weights = {{{1, -1}, {1, 1}}, {{1, -1}, {0, 1}}};
        double[][] biases = {{0, -0.5}, {0, 0}};
        return new Network(List.of("hidden", "output"), weights, biases,
                new Network.Scaling("none", new double[2], new double[] {1, 1}), List.of("a", "b"));
    }

    static LoweredNetwork lower(double[] centre, double radius, int predicted, double searchUpTo, double margin) {
        IrGraph graph = new SingleNetwork(tiny()).graph(centre, new double[] {radius, radius}, predicted, searchUpTo);
        return Lowerer.lower("verify", graph, BoundsAnalysis.analyse(graph, margin), LoweringRegistry.defaults());
    }

    @Test
    void theBallBoundsThePerturbedInputsAndFixedWeightsMakeEveryRowLinear() {
        // Centre (0.5, 0.2), radius 0.1: x1 - x2 in [0.1, 0.5] is always active; x1 + x2 - 0.5 in
        // [0, 0.4] is free (u = 1 needs a >= 0 with margin 0). Output 1 reads u1 - u2 = 1 - u2,
        // so it fires iff u2 = 0; output 2 is u2. Class 1 ('b', index 1) is predicted at the
        // centre (a = 0.2 > 0): the change row asks u_o1 - u_o2 >= 0. The output layer is fixed
        // and integral, so its margin is the exact 1 even in the relaxation: u_o1 = 1 needs 1 - u2 >= 1.
        var lowered = lower(new double[] {0.5, 0.2}, 0.1, 1, Double.NaN, 0.0);
        assertThat(ModelText.columns(lowered.model())).contains(
                "input/in1/x in [0.4, 0.6] continuous", "input/in2/x in [0.1, 0.3] continuous");
        assertThat(ModelText.rows(lowered.model())).isEqualTo("""
                hidden/n2/s1/step_hi: input/in1/x + input/in2/x - 0.4 hidden/n2/s1/u <= 0.5
                hidden/n2/s1/step_lo: input/in1/x + input/in2/x >= 0.5
                output/n1/s1/step_hi: -hidden/n2/s1/u - output/n1/s1/u <= -1
                output/n1/s1/step_lo: -hidden/n2/s1/u - output/n1/s1/u >= -1
                output/n2/s1/step_hi: hidden/n2/s1/u - output/n2/s1/u <= 0
                output/n2/s1/step_lo: hidden/n2/s1/u - output/n2/s1/u >= 0
                output/change: output/n1/s1/u - output/n2/s1/u >= 0
                """);
    }

    @Test
    void classZeroChangesOnlyWhenItsOutputIsSilentAndAnotherFires() {
        // Centre (0.3, 0.1) predicts class 0 (h1 = 1, h2 = 0); radius 0.15 frees both hidden neurons.
        var lowered = lower(new double[] {0.3, 0.1}, 0.15, 0, Double.NaN, 0.0);
        assertThat(ModelText.rows(lowered.model())).contains(
                "output/change: output/n1/s1/u <= 0", "output/change_other: output/n2/s1/u >= 1");
    }

    @Test
    void radiusSearchMinimisesRhoWithTheBallAsRows() {
        var lowered = lower(new double[] {0.5, 0.2}, 1, 1, 0.25, 0.0);
        assertThat(ModelText.objective(lowered.model())).isEqualTo("min: input/rho + 0");
        assertThat(ModelText.columns(lowered.model())).contains("input/rho in [0, 0.25] continuous",
                "input/in1/x in [0.25, 0.75] continuous");
        assertThat(ModelText.rows(lowered.model())).contains("input/in1/ball_hi: input/in1/x - input/rho <= 0.5",
                "input/in1/ball_lo: input/in1/x + input/rho >= 0.5");
    }

    @Test
    void loweringIsDeterministic() {
        var first = lower(new double[] {0.5, 0.2}, 0.1, 1, Double.NaN, 0.0);
        var second = lower(new double[] {0.5, 0.2}, 0.1, 1, Double.NaN, 0.0);
        assertThat(ModelText.rows(second.model())).isEqualTo(ModelText.rows(first.model()));
    }
}
