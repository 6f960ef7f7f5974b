package io.bdnn.training.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.ir.Grouping;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveStatus;
import io.bdnn.training.Models;
import io.bdnn.training.Subproblem;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A neuron block's MILP, solved to optimality by SCIP: on every training point and on the
 * reduced, grouped points of {@link NeuronBlock} it reaches the same best loss over all points,
 * never worse than the network it starts from, and the network read back reproduces the MILP's
 * claim by forward pass.
 */
class NeuronBlockTest {
    @TempDir
    Path folder;

    /** Iris with hidden layers of the given widths ("4" or "3, 3"). */
    private ModelDefinition iris(String hidden) {
        StringBuilder layers = new StringBuilder();
        String[] widths = hidden.split(",");
        for (int l = 0; l < widths.length; l++) {
            layers.append("  layer hidden").append(l + 1).append(": ").append(widths[l].trim()).append(" step\n");
        }
        return Models.define(folder, "iris", """
                model iris
                data {
                  csv "%s" delimiter "," header true label last
                  take 150
                  scale minmax
                  split train 0.4 validation 0.3 test 0.3 seed 5
                }
                network {
                %s  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method local_search neurons solver scip time 120s gap 0 }
                """.formatted(Models.dataset("iris.csv"), layers));
    }

    @ParameterizedTest(name = "hidden {0}: layer {1}, neuron {2}")
    @CsvSource(delimiter = ';', value = {"4; 0; 0", "4; 0; 3", "4; 1; 1", "4; 1; 2", "3, 3; 0; 1", "3, 3; 1; 0",
            "3, 3; 2; 2"})
    void theReducedGroupedBlockHasTheSameOptimumAsTheFullOne(String hidden, int layer, int neuron) {
        ModelDefinition definition = iris(hidden);
        var train = definition.data().train();
        Network start = InitialNetwork.of(definition.network(), train.x(), train.y(), definition.scaling(),
                definition.data().classLabels(), 4);
        double startLoss = loss(start, definition);
        int[] all = IntStream.range(0, train.size()).toArray();
        NeuronBlock reduced = NeuronBlock.of(start, train.x(), train.y(), all, layer, neuron, false);

        Subproblem full = solve(definition, start, all, Grouping.identity(all.length), layer, neuron);
        assertThat(full.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        if (reduced.points().length == 0) {
            // No point's loss depends on the neuron: no weights of it can do better.
            assertThat(full.solve().objective()).isEqualTo(startLoss);
            return;
        }
        Subproblem small = solve(definition, start, reduced.points(), reduced.grouping(), layer, neuron);

        assertThat(small.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(full.check().matches()).isTrue();
        assertThat(small.check().matches()).isTrue();
        // The full MILP's objective is the loss on all points; the reduced one's misses only
        // points whose loss the neuron cannot change, so both networks reach the same total.
        assertThat(loss(full.network(), definition)).isEqualTo(full.solve().objective()).isLessThanOrEqualTo(startLoss);
        assertThat(loss(small.network(), definition)).isEqualTo(loss(full.network(), definition));
        // Only the free neuron changed.
        for (int l = 0; l < start.depth(); l++) {
            for (int k = 0; k < start.width(l); k++) {
                if (l != layer || k != neuron) {
                    assertThat(small.network().weights()[l][k]).isEqualTo(start.weights()[l][k]);
                    assertThat(small.network().biases()[l][k]).isEqualTo(start.biases()[l][k]);
                }
            }
        }
        assertThat(reduced.grouping().subsets()).isLessThanOrEqualTo(reduced.points().length);
        if (layer > 0) {
            // Behind fixed hidden layers of 4 (or 3 + 3) neurons, at most 16 (or 8 * 8) distinct patterns.
            assertThat(reduced.grouping().subsets()).isLessThanOrEqualTo(64);
        }
    }

    private static Subproblem solve(ModelDefinition definition, Network start, int[] points, Grouping grouping,
                                    int layer, int neuron) {
        return Subproblem.solve(definition, points, grouping, LocalSearchTrainer.fixedWeights(start, layer, neuron),
                LocalSearchTrainer.fixedBiases(start, layer, neuron), start, new OrToolsSolver(),
                definition.training().solver());
    }

    private static double loss(Network network, ModelDefinition definition) {
        var train = definition.data().train();
        return ForwardPass.evaluate(network, "train", train.x(), train.y()).loss();
    }
}
