package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import io.bdnn.milp.VarType;
import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rows of {@code method exact patterns} ({@code PatternTableToRows}) on tiny instances. */
class PatternTableToRowsTest {

    static LoweredNetwork lower(NetworkSpec spec, double[][] x, int[] y, Formulation formulation) {
        IrGraph graph = IrBuilder.build(spec, x, y);
        return Lowerer.lower("tiny", graph, Double.NaN, formulation, LoweringRegistry.defaults());
    }

    static Formulation patterns() {
        return new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.PATTERNS));
    }

    @Test
    void oneHiddenNeuronGivesATwoPatternTableAndLinkRowsWithoutProducts() {
        // One hidden neuron (fan-in of the output 1), integer weights and bias: eps = 1 is exact, so no z.
        NetworkSpec spec = TinyModels.spec(1, Domain.integer(-1, 1), Domain.integer(-1, 1), 1, 2);
        // Two samples (the table applies where 2^d patterns are at most the units); rows of sample 1 shown.
        LoweredNetwork lowered = lower(spec, new double[][] {{1}, {-1}}, new int[] {1, 0}, patterns());
        String rows = ModelText.rows(lowered.model());
        // Pattern p = 0: a = b; p = 1: a = W + b, both in bounds from the domains, M = hi and eps - lo.
        assertThat(rows).contains(
                "output/n1/p1/tab_hi: output/n1/b - output/n1/p1/t <= 0",
                "output/n1/p1/tab_lo: output/n1/b - 2 output/n1/p1/t >= -1",
                "output/n1/p2/tab_hi: output/n1/in1/w + output/n1/b - 2 output/n1/p2/t <= 0",
                "output/n1/p2/tab_lo: output/n1/in1/w + output/n1/b - 3 output/n1/p2/t >= -2",
                // Unit 1 against pattern 0 (mism = u') and pattern 1 (mism = 1 - u').
                "output/n1/p1/s1/link_lo: output/n1/s1/u - output/n1/p1/t + hidden/n1/s1/u >= 0",
                "output/n1/p1/s1/link_hi: output/n1/s1/u - output/n1/p1/t - hidden/n1/s1/u <= 0",
                "output/n1/p2/s1/link_lo: output/n1/s1/u - output/n1/p2/t - hidden/n1/s1/u >= -1",
                "output/n1/p2/s1/link_hi: output/n1/s1/u - output/n1/p2/t + hidden/n1/s1/u <= 1");
        assertThat(rows).doesNotContain("prod", "unused", "output/n1/s1/step");
        LinearModel model = lowered.model();
        for (int col = 0; col < model.numColumns(); col++) {
            String name = model.columnName(col);
            if (name.startsWith("output/") && name.endsWith("/u")) {
                // Binary, not continuous, in a model whose columns are all integer (for CP-SAT).
                assertThat(model.colType(col)).as(name).isEqualTo(VarType.BINARY);
            }
            if (name.endsWith("/t")) {
                assertThat(model.colType(col)).as(name).isEqualTo(VarType.BINARY);
            }
        }
    }

    @Test
    void continuousWeightsRelaxTheMarginOfPatternsNoUnitTakes() {
        NetworkSpec spec = TinyModels.spec(1, Domain.continuous(-1, 1), Domain.none(), 2, 2);
        LoweredNetwork lowered = lower(spec, new double[][] {{1}, {-1}, {0.5}, {-0.5}}, new int[] {0, 1, 0, 1},
                patterns());
        String rows = ModelText.rows(lowered.model());
        // Pattern 3 = (1, 1): a = W1 + W2 in [-2, 2], eps = 1e-4; z relaxes both sides.
        assertThat(rows).contains(
                "output/n1/p4/tab_hi: output/n1/in1/w + output/n1/in2/w - 2 output/n1/p4/t - 2 output/p4/unused <= 0",
                "output/n1/p4/tab_lo: output/n1/in1/w + output/n1/in2/w + 2.0001 output/p4/unused"
                        + " - 2.0001 output/n1/p4/t >= -2",
                // z[p] <= mism(g, p) = (1 - u1) + (1 - u2) for pattern (1, 1) and unit 2.
                "output/p4/s2/unused_link: output/p4/unused + hidden/n1/s2/u + hidden/n2/s2/u <= 2");
        // Pattern 0 (no input active) without bias: a = 0 for every network, so t = 0 is decided.
        for (int col = 0; col < lowered.model().numColumns(); col++) {
            String name = lowered.model().columnName(col);
            if (name.startsWith("output/") && (name.endsWith("/u") || name.endsWith("/unused"))) {
                assertThat(lowered.model().colType(col)).as(name).isEqualTo(VarType.CONTINUOUS);
            }
        }
        // nor does the pattern need z or link rows that t = 0 makes redundant (u >= 0 - mism).
        assertThat(rows).doesNotContain("output/n1/p1/tab", "output/n1/p1/t ", "output/p1/unused",
                "output/n1/p1/s1/link_lo");
    }

    @Test
    void sizeReplacesPerSampleBinariesByTheTable() {
        // 6 samples, 2 hidden neurons, 3 classes, continuous weights: the default has 6 * (2 + 3) = 30
        // binaries and 6 * 3 * 2 products; the table has 6 * 2 + 4 * 3 binaries and no products
        // (the output's u are continuous).
        NetworkSpec spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.unbounded(Domain.Kind.CONTINUOUS), 2, 3);
        double[][] x = {{0, 1}, {1, 0}, {1, 1}, {2, 0}, {0, 2}, {2, 2}};
        int[] y = {0, 1, 2, 0, 1, 2};
        ModelStats.Counts standard = ModelStats.of(lower(spec, x, y,
                new Formulation(Formulation.Base.BDNN, Set.of())).model()).total();
        ModelStats.Counts table = ModelStats.of(lower(spec, x, y, patterns()).model()).total();
        assertThat(standard.binaries()).isEqualTo(30);
        assertThat(table.binaries()).isEqualTo(6 * 2 + 4 * 3);
        // Layer-1 step rows 2 * 6 * 2, table rows at most 2 * 4 * 3, link rows 2 * 4 * 6 * 3,
        // unused_link rows 4 * 6.
        assertThat(table.rows()).isLessThanOrEqualTo(24 + 24 + 144 + 24);
        assertThat(table.variables() - table.binaries()).as("no products")
                .isEqualTo(2 * 2 + 2 + 3 * 2 + 3 + 4 + 6 * 3);
    }

    @Test
    void aTableWithMorePatternsThanSamplesIsNotUsed() {
        // d = 2 gives 4 patterns; with 3 samples the per-sample rows stay.
        NetworkSpec spec = TinyModels.spec(1, Domain.integer(-1, 1), Domain.none(), 2, 2);
        LoweredNetwork lowered = lower(spec, new double[][] {{1}, {-1}, {2}}, new int[] {0, 1, 0}, patterns());
        assertThat(lowered.tables()).isEmpty();
        assertThat(ModelText.rows(lowered.model())).contains("output/n1/s1/step_hi").doesNotContain("/t ");
    }

    @Test
    void theForwardPassOfAFixedNetworkIsAStartThatSatisfiesEveryRow() {
        NetworkSpec spec = TinyModels.spec(2, Domain.continuous(-1, 1), Domain.unbounded(Domain.Kind.CONTINUOUS), 2, 2, 3);
        double[][] x = {{0, 1}, {1, 0}, {1, 1}, {0.5, -1}, {-1, 0.5}};
        int[] y = {0, 1, 2, 1, 0};
        LoweredNetwork lowered = lower(spec, x, y, patterns());
        assertThat(lowered.tables()).containsOnlyKeys(1, 2);
        Network network = new Network(List.of("hidden1", "hidden2", "output"),
                new double[][][] {{{1, -1}, {0.5, 0.5}}, {{1, 1}, {-1, 0.5}}, {{1, -1}, {-1, 1}, {0.25, 0.25}}},
                new double[][] {{0, -0.5}, {-1.5, 0.25}, {-0.5, -0.25, -0.375}},
                new Network.Scaling("none", new double[2], new double[] {1, 1}), List.of("a", "b", "c"));
        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        assertThat(start.conflicts()).isEmpty();
        assertThat(ForwardPassAdmissionPropertyTest.violations(lowered.model(), start.values())).isEmpty();
        assertThat(lowered.model().evaluateObjective(start.values()))
                .isEqualTo(ForwardPass.evaluate(network, "train", x, y).loss());
    }
}
