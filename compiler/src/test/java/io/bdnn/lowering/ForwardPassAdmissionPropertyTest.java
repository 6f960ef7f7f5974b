package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Domain;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For random small networks with fixed weights, the lowered MILP admits exactly the forward
 * pass's activations and loss: the forward-pass assignment satisfies every row and bound with
 * objective equal to the Hamming loss, and flipping any free activation violates a step row of
 * that very neuron. Values are drawn on grids (integers, or multiples of 1/8) so that
 * pre-activations are often exactly 0 and never fall inside the margin (0, eps).
 */
class ForwardPassAdmissionPropertyTest {

    @Property(tries = 400)
    void theMilpAdmitsExactlyTheForwardPass(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                            @ForAll boolean integer, @ForAll @IntRange(min = 0, max = 2) int biasKind,
                                            @ForAll boolean patterns) {
        Random random = new Random(seed);
        int inputs = 1 + random.nextInt(3);
        int hidden = random.nextInt(3);
        int[] widths = new int[hidden + 1];
        for (int l = 0; l < hidden; l++) {
            widths[l] = 1 + random.nextInt(3);
        }
        widths[hidden] = 2 + random.nextInt(2);
        Domain weights = integer ? Domain.integer(-2, 2) : Domain.continuous(-1, 1);
        Domain.Kind kind = integer ? Domain.Kind.INTEGER : Domain.Kind.CONTINUOUS;
        Domain bias = switch (biasKind) {
            case 0 -> Domain.none();
            case 1 -> integer ? Domain.integer(-3, 3) : Domain.continuous(-2, 2);
            default -> Domain.unbounded(kind);
        };
        NetworkSpec spec = TinyModels.spec(inputs, weights, bias, widths);
        // The pattern tables apply where 2^d is at most the number of samples: more samples then.
        int samples = patterns ? 4 + random.nextInt(6) : 1 + random.nextInt(4);
        double[][] x = new double[samples][inputs];
        int[] y = new int[samples];
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < inputs; j++) {
                x[i][j] = integer ? random.nextInt(5) - 2 : (random.nextInt(9) - 4) * 0.5;
            }
            y[i] = random.nextInt(widths[hidden]);
        }
        Network network = randomNetwork(spec, random, integer);
        LoweredNetwork lowered = patterns ? TinyModels.lower(spec, x, y,
                new Formulation(Formulation.Base.BDNN, java.util.Set.of(Formulation.Option.PATTERNS)))
                : TinyModels.lower(spec, x, y);
        network = clampBiases(network, lowered, x);

        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        assertThat(start.conflicts()).as("activations fixed by the bounds analysis agree with the forward pass").isEmpty();
        LinearModel model = lowered.model();
        assertThat(violations(model, start.values())).as("the forward pass satisfies every row").isEmpty();
        double loss = ForwardPass.evaluate(network, "train", x, y).loss();
        assertThat(model.evaluateObjective(start.values())).isEqualTo(loss);

        for (int l = 0; l < spec.depth(); l++) {
            Refs u = lowered.activations(l);
            for (int k = 0; k < spec.layer(l).width(); k++) {
                for (int i = 0; i < samples; i++) {
                    int local = u.family().localIndex(k, i);
                    if (u.isConstant(local)) {
                        continue;
                    }
                    double[] flipped = start.values().clone();
                    flipped[u.column(local)] = 1 - flipped[u.column(local)];
                    String own = spec.layer(l).name() + "/n" + (k + 1) + "/";
                    String row = lowered.tables().containsKey(l) ? "/s" + (i + 1) + "/link_" : "s" + (i + 1) + "/step_";
                    assertThat(violations(model, flipped)).as("flipping %s", u.family().memberName(local))
                            .anyMatch(name -> name.startsWith(own) && name.contains(row));
                }
            }
            PatternTable table = lowered.tables().get(l);
            for (int k = 0; table != null && k < spec.layer(l).width(); k++) {
                // A table entry of a pattern some sample takes: flipping it violates its step or link rows.
                for (int i = 0; i < samples; i++) {
                    int[] previous = ForwardPass.activations(network, x[i])[l - 1];
                    int p = 0;
                    for (int j = 0; j < previous.length; j++) {
                        p |= previous[j] << j;
                    }
                    int local = table.table().family().localIndex(k, p);
                    if (table.table().isConstant(local)) {
                        continue;
                    }
                    double[] flipped = start.values().clone();
                    flipped[table.table().column(local)] = 1 - flipped[table.table().column(local)];
                    String own = spec.layer(l).name() + "/n" + (k + 1) + "/p" + (p + 1) + "/";
                    assertThat(violations(model, flipped)).as("flipping %s", table.table().family().memberName(local))
                            .anyMatch(name -> name.startsWith(own));
                }
            }
        }
    }

    /** A bias beyond the compiler's chosen bounds is clamped; the activations must not change. */
    private static Network clampBiases(Network network, LoweredNetwork lowered, double[][] x) {
        double[][] biases = new double[network.depth()][];
        for (int l = 0; l < network.depth(); l++) {
            LayerBounds bounds = lowered.bounds().layer(l);
            biases[l] = network.biases()[l].clone();
            for (int k = 0; k < biases[l].length; k++) {
                if (lowered.biases(l) != null) {
                    biases[l][k] = Math.max(bounds.biasLo()[k], Math.min(bounds.biasHi()[k], biases[l][k]));
                }
            }
        }
        Network clamped = new Network(network.layerNames(), network.weights(), biases, network.scaling(),
                network.classLabels());
        for (double[] sample : x) {
            assertThat(ForwardPass.activations(clamped, sample)).as("the chosen bias bounds never bind")
                    .isDeepEqualTo(ForwardPass.activations(network, sample));
        }
        return clamped;
    }

    private static Network randomNetwork(NetworkSpec spec, Random random, boolean integer) {
        double[][][] weights = new double[spec.depth()][][];
        double[][] biases = new double[spec.depth()][];
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < spec.depth(); l++) {
            names.add(spec.layer(l).name());
            weights[l] = new double[spec.layer(l).width()][spec.fanIn(l)];
            biases[l] = new double[spec.layer(l).width()];
            for (int k = 0; k < spec.layer(l).width(); k++) {
                for (int j = 0; j < spec.fanIn(l); j++) {
                    weights[l][k][j] = integer ? random.nextInt(5) - 2 : (random.nextInt(9) - 4) * 0.25;
                }
                if (!spec.bias().isNone()) {
                    double lo = spec.bias().declaredRange() ? spec.bias().lo() : -6;
                    double hi = spec.bias().declaredRange() ? spec.bias().hi() : 6;
                    double value = integer ? lo + random.nextInt((int) (hi - lo) + 1)
                            : lo + random.nextInt((int) ((hi - lo) * 8) + 1) * 0.125;
                    biases[l][k] = value;
                }
            }
        }
        for (int c = 0; c < spec.outputs(); c++) {
            labels.add(Integer.toString(c));
        }
        double[] zero = new double[spec.inputs()];
        double[] one = new double[spec.inputs()];
        java.util.Arrays.fill(one, 1);
        return new Network(names, weights, biases, new Network.Scaling("none", zero, one), labels);
    }

    /** Names of the rows and columns the assignment violates by more than 1e-9. */
    static List<String> violations(LinearModel model, double[] values) {
        List<String> violated = new ArrayList<>();
        for (int col = 0; col < model.numColumns(); col++) {
            if (values[col] < model.colLo(col) - 1e-9 || values[col] > model.colHi(col) + 1e-9) {
                violated.add(model.columnName(col));
            }
        }
        for (int row = 0; row < model.numRows(); row++) {
            if (!model.enforced(row, values)) {
                continue;
            }
            double activity = model.rowActivity(row, values);
            if (activity < model.rowLo(row) - 1e-9 || activity > model.rowHi(row) + 1e-9) {
                violated.add(model.rowName(row));
            }
        }
        return violated;
    }
}
