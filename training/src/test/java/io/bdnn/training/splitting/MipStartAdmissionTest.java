package io.bdnn.training.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.Subproblems;
import io.bdnn.ir.Grouping;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.Violations;
import io.bdnn.network.Network;
import io.bdnn.training.BatchSampler;
import io.bdnn.training.Models;
import io.bdnn.training.StopSignal;
import io.bdnn.training.Subproblem;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.localsearch.InitialNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous network is an admissible MIP start of every MILP of data splitting, on the digits
 * (898 training points, 64 features, 10 classes, random batches of 64): the case where, before
 * the subsets followed the network's patterns, the start violated 15 to 83 rows from the fourth
 * split on.
 */
class MipStartAdmissionTest {
    @TempDir
    Path folder;

    private ModelDefinition digits(String options, String solver) {
        return Models.define(folder, "digits", """
                model digits
                data {
                  csv "%s" header true label last
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 1
                }
                network {
                  layer hidden: 16 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { loss hamming method split kmeans batch 64 restarts 3 seed 1 %s solver %s }
                """.formatted(Models.dataset("digits.csv"), options, solver));
    }

    @Test
    void aBatchOfSubsetsThatThePatternsDoNotFollowRejectsTheNetworkAndRefiningRestoresIt() {
        // The closed-form network on the digits, subsets made by k-means (as the splits make
        // them), and a fresh batch: the grouped rows reject the network until the subsets are
        // divided by its patterns. Deterministic, no solver.
        ModelDefinition definition = digits("", "scip");
        var train = definition.data().train();
        Network network = InitialNetwork.of(definition.network(), train.x(), train.y(), definition.scaling(),
                definition.data().classLabels(), 1);
        List<int[]> subsets = new ArrayList<>();
        int[] all = new int[train.size()];
        java.util.Arrays.setAll(all, i -> i);
        subsets.add(all);
        KMeansSplitter splitter = new KMeansSplitter(3, 1);
        for (int split = 0; split < 7; split++) {
            int largest = 0;
            for (int s = 1; s < subsets.size(); s++) {
                largest = subsets.get(s).length > subsets.get(largest).length ? s : largest;
            }
            int[][] halves = splitter.split(train.x(), subsets.get(largest));
            subsets.set(largest, halves[0]);
            subsets.add(halves[1]);
        }
        int[] batch = new BatchSampler(train.size(), 64, false, 5).batch(3);
        assertThat(PatternRefinement.consistent(subsets, network, train.x())).isFalse();
        assertThat(violations(definition, network, subsets, batch).rows()).isPositive();

        int added = PatternRefinement.refine(subsets, network, train.x());
        assertThat(added).isPositive();
        assertThat(PatternRefinement.consistent(subsets, network, train.x())).isTrue();
        assertThat(subsets.stream().mapToInt(subset -> subset.length).sum()).isEqualTo(train.size());
        Violations after = violations(definition, network, subsets, batch);
        assertThat(after.none()).as("%s", after).isTrue();
    }

    @Test
    void everySplitStartsFromAnAdmissibleNetwork() {
        // Both starts: the paper's (one subset, no network) and the closed-form network.
        for (String options : List.of("max_splits 4 one_subset", "max_splits 2")) {
            ModelDefinition definition = digits(options, "scip time 20s per_mip 2s threads 1 seed 1");
            List<Subproblem> milps = new ArrayList<>();
            TrainingRun run = SplittingTrainer.train(definition, new OrToolsSolver(), definition.training().solver(),
                    null, TrainingListener.NONE, new StopSignal(), milps::add);
            assertThat(milps).hasSameSizeAs(run.rounds()).hasSizeGreaterThanOrEqualTo(3);
            for (int m = 0; m < milps.size(); m++) {
                Subproblem milp = milps.get(m);
                if (m == 0 && options.contains("one_subset")) {
                    assertThat(milp.startViolations()).isNull();
                    continue;
                }
                assertThat(milp.startViolations()).as("%s: MILP %d has a start", options, m + 1).isNotNull();
                assertThat(milp.startViolations().none()).as("%s: MILP %d: %s", options, m + 1,
                        milp.startViolations()).isTrue();
                assertThat(milp.startConflicts()).isZero();
            }
            assertThat(run.rounds()).allMatch(record -> !Boolean.FALSE.equals(record.forwardMatches()));
        }
    }

    private static Violations violations(ModelDefinition definition, Network network, List<int[]> subsets,
                                         int[] batch) {
        var train = definition.data().train();
        int[] subsetOf = new int[train.size()];
        for (int s = 0; s < subsets.size(); s++) {
            for (int point : subsets.get(s)) {
                subsetOf[point] = s;
            }
        }
        double[][] x = new double[batch.length][];
        int[] y = new int[batch.length];
        int[] labels = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            x[i] = train.x()[batch[i]];
            y[i] = train.y()[batch[i]];
            labels[i] = subsetOf[batch[i]];
        }
        LoweredNetwork lowered = Subproblems.lower(definition, x, y, null, null, Grouping.of(labels));
        return Violations.of(lowered.model(), StartBuilder.fromNetwork(lowered, network).values());
    }
}
