package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.milp.ModelText;
import io.bdnn.network.Domain;
import org.junit.jupiter.api.Test;

/** Text in, text out: the step rows of a one-layer network on one sample. */
class StepActivationToBigMTest {

    @Test
    void continuousWeightsWithoutBiasGiveTheTwoBigMRowsPerNeuron() {
        // One sample x = (1, -0.5), label 0; a = w1 - 0.5 w2 lies in [-1.5, 1.5]; eps = 1e-4.
        var lowered = TinyModels.lower(TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2),
                new double[][] {{1, -0.5}}, new int[] {0});
        assertThat(ModelText.rows(lowered.model())).isEqualTo("""
                output/n1/s1/step_hi: output/n1/in1/w - 0.5 output/n1/in2/w - 1.5 output/n1/s1/u <= 0
                output/n1/s1/step_lo: output/n1/in1/w - 0.5 output/n1/in2/w - 1.5001 output/n1/s1/u >= -1.5
                output/n2/s1/step_hi: output/n2/in1/w - 0.5 output/n2/in2/w - 1.5 output/n2/s1/u <= 0
                output/n2/s1/step_lo: output/n2/in1/w - 0.5 output/n2/in2/w - 1.5001 output/n2/s1/u >= -1.5
                """);
        assertThat(ModelText.objective(lowered.model()))
                .isEqualTo("min: -output/n1/s1/u + output/n2/s1/u + 1");
        assertThat(lowered.bounds().layer(0).margin().value()).isEqualTo(1e-4);
    }

    @Test
    void integralPreActivationsUseMarginOneAndDeclaredBiasRange() {
        // x = (2), integer weights in [-1, 1], integer bias in [-1, 1]: a = 2 w + b in [-3, 3], integral.
        var lowered = TinyModels.lower(TinyModels.spec(1, Domain.integer(-1, 1), Domain.integer(-1, 1), 2),
                new double[][] {{2}}, new int[] {1});
        assertThat(ModelText.rows(lowered.model())).startsWith("""
                output/n1/s1/step_hi: 2 output/n1/in1/w + output/n1/b - 3 output/n1/s1/u <= 0
                output/n1/s1/step_lo: 2 output/n1/in1/w + output/n1/b - 4 output/n1/s1/u >= -3
                """);
        assertThat(ModelText.columns(lowered.model())).startsWith("""
                output/n1/in1/w in [-1, 1] integer
                output/n2/in1/w in [-1, 1] integer
                output/n1/b in [-1, 1] integer
                output/n2/b in [-1, 1] integer
                output/n1/s1/u in [0, 1] binary
                """);
        assertThat(lowered.bounds().layer(0).margin().value()).isEqualTo(1.0);
    }

    @Test
    void aPreActivationOfExactlyZeroAdmitsOnlyTheInactiveStep() {
        // x = (1, -0.5) with W = (0.5, 1) gives a = 0.5 - 0.5 = 0: step(0) = 0.
        var spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2);
        var lowered = TinyModels.lower(spec, new double[][] {{1, -0.5}}, new int[] {0});
        var network = new io.bdnn.network.Network(java.util.List.of("output"),
                new double[][][] {{{0.5, 1}, {0.5, 1}}}, new double[][] {{0, 0}},
                new io.bdnn.network.Network.Scaling("none", new double[2], new double[] {1, 1}), java.util.List.of("0", "1"));
        double[] start = StartBuilder.fromNetwork(lowered, network).values();
        int u = lowered.activations(0).column(0);
        assertThat(start[u]).isZero();
        assertThat(ForwardPassAdmissionPropertyTest.violations(lowered.model(), start)).isEmpty();
        start[u] = 1;
        assertThat(ForwardPassAdmissionPropertyTest.violations(lowered.model(), start))
                .containsExactly("output/n1/s1/step_lo");
    }

    @Test
    void activationsDecidedByTheBoundsNeedNoBinary() {
        // x = (0): a = b with b in [0.5, 1] (declared), always active with margin: u = 1, no rows.
        var lowered = TinyModels.lower(TinyModels.spec(1, Domain.continuous(-1, 1), Domain.continuous(0.5, 1), 2),
                new double[][] {{0}}, new int[] {0});
        assertThat(lowered.model().numRows()).isZero();
        assertThat(ModelText.objective(lowered.model())).isEqualTo("min: + 1");
        assertThat(lowered.activations(0).isConstant(0)).isTrue();
    }

    @Test
    void aPreActivationStuckBelowTheMarginIsForcedInactive() {
        // a = b in [-0.00001, 0.00005] with eps 1e-4: u cannot be 1, the row a <= 0 remains.
        var lowered = TinyModels.lower(TinyModels.spec(1, Domain.continuous(-1, 1), Domain.continuous(-1e-5, 5e-5), 2),
                new double[][] {{0}}, new int[] {0});
        assertThat(ModelText.rows(lowered.model())).isEqualTo("""
                output/n1/s1/step_hi: output/n1/b <= 0
                output/n2/s1/step_hi: output/n2/b <= 0
                """);
    }
}
