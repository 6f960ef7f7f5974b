package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrOptions;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * For random small networks with fixed weights on grids (so that no pre-activation falls inside
 * the margin), the grouped and the robust MILPs admit exactly what they should:
 * <ul>
 *   <li>grouping the samples by their forward-pass pattern admits the forward pass, with the
 *       Hamming loss as objective; merging two samples of different patterns does not;</li>
 *   <li>the robust MILP admits the forward pass exactly when every sample's layer-1 pattern is
 *       constant on its box (checked here in closed form, independently of the compiler).</li>
 * </ul>
 */
class GroupedRobustAdmissionPropertyTest {

    @Property(tries = 300)
    void groupsByPatternAreAdmittedAndMixedGroupsAreNot(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                                         @ForAll boolean integer) {
        Random random = new Random(seed);
        Case tiny = Case.random(random, integer);
        Map<String, Integer> patterns = new LinkedHashMap<>();
        int[] subset = new int[tiny.x.length];
        for (int i = 0; i < tiny.x.length; i++) {
            String pattern = Arrays.deepToString(ForwardPass.activations(tiny.network, tiny.x[i]));
            subset[i] = patterns.computeIfAbsent(pattern, key -> patterns.size());
        }
        LoweredNetwork lowered = lower(tiny, Grouping.of(subset), null);
        Network network = clamp(tiny.network, lowered);
        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        assertThat(start.conflicts()).isEmpty();
        assertThat(ForwardPassAdmissionPropertyTest.violations(lowered.model(), start.values())).isEmpty();
        assertThat(lowered.model().evaluateObjective(start.values()))
                .isEqualTo(ForwardPass.evaluate(network, "train", tiny.x, tiny.y).loss());
        assertThat(lowered.graph().units()).isEqualTo(patterns.size());

        Statistics.label("patterns").collect(patterns.size() >= 2 ? "several patterns" : "one pattern");
        if (patterns.size() >= 2) {
            int[] merged = subset.clone();
            for (int i = 0; i < merged.length; i++) {
                merged[i] = merged[i] == 1 ? 0 : merged[i];
            }
            LoweredNetwork mixed = lower(tiny, Grouping.of(merged), null);
            StartBuilder.Start bad = StartBuilder.fromNetwork(mixed, clamp(tiny.network, mixed));
            assertThat(bad.conflicts()).isNotEmpty();
            assertThat(ForwardPassAdmissionPropertyTest.violations(mixed.model(), bad.values())).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void theRobustMilpAdmitsExactlyTheNetworksRobustAtEverySample(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll boolean integer) {
        Random random = new Random(seed);
        Case tiny = Case.random(random, integer);
        double[] radii = new double[tiny.spec.inputs()];
        for (int j = 0; j < radii.length; j++) {
            radii[j] = random.nextInt(3) * 0.25;
        }
        LoweredNetwork lowered = lower(tiny, Grouping.identity(tiny.x.length), radii);
        Network network = clamp(tiny.network, lowered);
        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        List<String> violated = new ArrayList<>(ForwardPassAdmissionPropertyTest.violations(lowered.model(),
                start.values()));
        violated.addAll(start.conflicts());
        boolean robust = robustEverywhere(network, tiny.x, radii);
        Statistics.label("robust").collect(robust ? "robust at every sample" : "not robust somewhere");
        if (robust) {
            assertThat(violated).as("a robust network is admitted").isEmpty();
            assertThat(lowered.model().evaluateObjective(start.values()))
                    .isEqualTo(ForwardPass.evaluate(network, "train", tiny.x, tiny.y).loss());
        } else {
            assertThat(violated).as("a network whose layer-1 pattern changes in some box is not").isNotEmpty();
        }
    }

    /** Whether every layer-1 neuron has {@code a - sum r|w| > 0} or {@code a + sum r|w| <= 0} at every sample. */
    private static boolean robustEverywhere(Network network, double[][] x, double[] radii) {
        for (double[] sample : x) {
            for (int k = 0; k < network.width(0); k++) {
                double a = network.biases()[0][k];
                double spread = 0;
                for (int j = 0; j < sample.length; j++) {
                    a += network.weights()[0][k][j] * sample[j];
                    spread += radii[j] * Math.abs(network.weights()[0][k][j]);
                }
                if (!(a - spread > 0 || a + spread <= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static LoweredNetwork lower(Case tiny, Grouping grouping, double[] radii) {
        IrGraph graph = IrBuilder.build(tiny.spec, tiny.x, tiny.y, null, null, new IrOptions(grouping, radii, 0));
        return Lowerer.lower("tiny", graph, BoundsAnalysis.analyse(graph, Double.NaN), LoweringRegistry.defaults());
    }

    /** Biases clamped to the compiler's never-binding bounds (which keep every activation, as the other test checks). */
    private static Network clamp(Network network, LoweredNetwork lowered) {
        double[][] biases = new double[network.depth()][];
        for (int l = 0; l < network.depth(); l++) {
            LayerBounds bounds = lowered.bounds().layer(l);
            biases[l] = network.biases()[l].clone();
            if (lowered.biases(l) != null) {
                for (int k = 0; k < biases[l].length; k++) {
                    biases[l][k] = Math.max(bounds.biasLo()[k], Math.min(bounds.biasHi()[k], biases[l][k]));
                }
            }
        }
        return new Network(network.layerNames(), network.weights(), biases, network.scaling(), network.classLabels());
    }

    /** A random architecture, data and network, all on grids. */
    private record Case(NetworkSpec spec, double[][] x, int[] y, Network network) {
        static Case random(Random random, boolean integer) {
            int inputs = 1 + random.nextInt(3);
            int[] widths = random.nextBoolean() ? new int[] {2 + random.nextInt(2)}
                    : new int[] {1 + random.nextInt(3), 2 + random.nextInt(2)};
            Domain weights = integer ? Domain.integer(-2, 2) : Domain.continuous(-1, 1);
            Domain bias = Domain.unbounded(integer ? Domain.Kind.INTEGER : Domain.Kind.CONTINUOUS);
            NetworkSpec spec = TinyModels.spec(inputs, weights, bias, widths);
            int samples = 2 + random.nextInt(5);
            double[][] x = new double[samples][inputs];
            int[] y = new int[samples];
            for (int i = 0; i < samples; i++) {
                for (int j = 0; j < inputs; j++) {
                    x[i][j] = integer ? random.nextInt(5) - 2 : (random.nextInt(9) - 4) * 0.5;
                }
                y[i] = random.nextInt(spec.outputs());
            }
            double[][][] w = new double[spec.depth()][][];
            double[][] b = new double[spec.depth()][];
            List<String> names = new ArrayList<>();
            for (int l = 0; l < spec.depth(); l++) {
                names.add(spec.layer(l).name());
                w[l] = new double[spec.layer(l).width()][spec.fanIn(l)];
                b[l] = new double[spec.layer(l).width()];
                for (int k = 0; k < w[l].length; k++) {
                    for (int j = 0; j < spec.fanIn(l); j++) {
                        w[l][k][j] = integer ? random.nextInt(5) - 2 : (random.nextInt(9) - 4) * 0.25;
                    }
                    b[l][k] = integer ? random.nextInt(9) - 4 : (random.nextInt(65) - 32) * 0.125;
                }
            }
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < spec.outputs(); c++) {
                labels.add(Integer.toString(c));
            }
            double[] ones = new double[inputs];
            Arrays.fill(ones, 1);
            Network network = new Network(names, w, b, new Network.Scaling("none", new double[inputs], ones), labels);
            return new Case(spec, x, y, network);
        }
    }
}
