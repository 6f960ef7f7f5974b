package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.IrBuilder;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.ModelText;
import io.bdnn.milp.ModelVariants;
import io.bdnn.milp.VarType;
import io.bdnn.milp.Violations;
import io.bdnn.network.Domain;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Text in, text out: {@code method exact indicators} writes the step as indicator rows without M. */
class StepActivationToIndicatorsTest {
    private static final Formulation INDICATORS =
            new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.INDICATORS));

    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, Formulation formulation) {
        return Lowerer.lower("tiny", IrBuilder.build(spec, x, y), Double.NaN, formulation, LoweringRegistry.defaults());
    }

    @Test
    void aFreeActivationGetsTwoIndicatorRowsWithTheSameTermsAndNoM() {
        // x = (1, -0.5), no bias: a = w1 - 0.5 w2 in [-1.5, 1.5], eps = 1e-4 (compare StepActivationToBigMTest).
        var lowered = lower(TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2),
                new double[][] {{1, -0.5}}, new int[] {0}, INDICATORS);
        LinearModel model = lowered.model();
        assertThat(ModelText.rows(model)).isEqualTo("""
                output/n1/s1/step_hi: output/n1/s1/u = 0 -> output/n1/in1/w - 0.5 output/n1/in2/w <= 0
                output/n1/s1/step_lo: output/n1/s1/u = 1 -> output/n1/in1/w - 0.5 output/n1/in2/w >= 0.0001
                output/n2/s1/step_hi: output/n2/s1/u = 0 -> output/n2/in1/w - 0.5 output/n2/in2/w <= 0
                output/n2/s1/step_lo: output/n2/s1/u = 1 -> output/n2/in1/w - 0.5 output/n2/in2/w >= 0.0001
                """);
        assertThat(model.numIndicatorRows()).isEqualTo(4);
        assertThat(model.rowFamily(0).rule()).isEqualTo("StepActivationToIndicators");
        assertThat(model.bigMs()).isEmpty();
        // The objective and the columns are the big-M formulation's.
        var bigM = lower(TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2),
                new double[][] {{1, -0.5}}, new int[] {0}, Formulation.defaults());
        assertThat(ModelText.columns(model)).isEqualTo(ModelText.columns(bigM.model()));
        assertThat(ModelText.objective(model)).isEqualTo(ModelText.objective(bigM.model()));
        assertThat(bigM.model().hasIndicators()).isFalse();
    }

    @Test
    void decidedActivationsKeepThePlainRowsAndNoBinary() {
        // a = b in [0.5, 1] >= eps: u = 1 for every network, no binary and no row, as with big-M.
        var lowered = lower(TinyModels.spec(1, Domain.continuous(-1, 1), Domain.continuous(0.5, 1), 2),
                new double[][] {{0}}, new int[] {0}, INDICATORS);
        assertThat(lowered.activations(0).isConstant(0)).isTrue();
        assertThat(lowered.model().hasIndicators()).isFalse();
        assertThat(ModelText.rows(lowered.model())).isEmpty();
    }

    @Test
    void theForwardPassOfANetworkSatisfiesTheRowsAndTheOtherActivationDoesNot() {
        // Two layers; W = (0.5, 1) gives a = 0.5 - 0.5 = 0 on x = (1, -0.5): step(0) = 0.
        var spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.none(), 2);
        var lowered = lower(spec, new double[][] {{1, -0.5}}, new int[] {0}, INDICATORS);
        var network = new Network(List.of("output"), new double[][][] {{{0.5, 1}, {0.5, 1}}}, new double[][] {{0, 0}},
                new Network.Scaling("none", new double[2], new double[] {1, 1}), List.of("0", "1"));
        double[] start = StartBuilder.fromNetwork(lowered, network).values();
        int u = lowered.activations(0).column(0);
        assertThat(start[u]).isZero();
        assertThat(Violations.of(lowered.model(), start).none()).isTrue();
        start[u] = 1;
        assertThat(Violations.of(lowered.model(), start).examples()).containsExactly(
                "row output/n1/s1/step_lo: 0.0 < 1.0E-4");
    }

    @Test
    void theBuilderKeepsIndicatorsThroughVariantsAndRefusesRangedOrNonBinaryOnes() {
        LinearModelBuilder builder = new LinearModelBuilder("b");
        Family columns = builder.family("l", "x", List.of(new Family.Axis("n", 2)), "test", SourceSpan.none("t"));
        Family rows = builder.family("l", "r", List.of(new Family.Axis("n", 3)), "test", SourceSpan.none("t"));
        int x = builder.addColumn(columns, 0, 0, 5, VarType.CONTINUOUS);
        int u = builder.addColumn(columns, 1, 0, 1, VarType.BINARY);
        builder.beginRow(rows, 0);
        builder.term(x, 1);
        builder.endRow(Double.NEGATIVE_INFINITY, 4);
        builder.beginIndicatorRow(rows, 1, u, 1);
        builder.term(x, 1);
        builder.endRow(3, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> builder.beginIndicatorRow(rows, 2, x, 1)).hasMessageContaining("binary column");
        builder.beginIndicatorRow(rows, 2, u, 0);
        builder.term(x, 1);
        assertThatThrownBy(() -> builder.endRow(0, 1)).hasMessageContaining("cannot be ranged");
        LinearModel model = builder.build();
        assertThat(ModelText.rows(model)).isEqualTo("""
                l/n1/r: l/n1/x <= 4
                l/n2/r: l/n2/x = 1 -> l/n1/x >= 3
                """);
        LinearModel variant = ModelVariants.with(model, new double[] {1, 0}, 0, new double[] {0, 0}, new double[] {5, 1});
        assertThat(ModelText.rows(variant)).isEqualTo(ModelText.rows(model));
        assertThat(variant.indicatorColumn(0)).isEqualTo(-1);
        assertThat(variant.indicatorColumn(1)).isEqualTo(u);
        // x = 0 violates the indicator row only when u = 1.
        assertThat(Violations.of(model, new double[] {0, 0}).none()).isTrue();
        assertThat(Violations.of(model, new double[] {0, 1}).rows()).isEqualTo(1);
    }
}
