package io.bdnn.training.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolveStatus;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.Models;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.StopSignal;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingResult;
import io.bdnn.training.TrainingRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-splitting heuristic end to end with SCIP on small data. */
class SplittingTrainerTest {
    @TempDir
    Path folder;

    private static final String EIGHT_POINTS = """
            data {
              inline {
                0 0 : 0
                0 1 : 1
                1 0 : 1
                1 1 : 0
                2 0 : 0
                0 2 : 0
                2 2 : 1
                1 2 : 1
              }
            }
            """;

    private static TrainingRun split(ModelDefinition definition) {
        return SplittingTrainer.train(definition, new OrToolsSolver(), definition.training().solver(), null,
                TrainingListener.NONE, new StopSignal());
    }

    private static TrainingResult exact(ModelDefinition definition) {
        return ExactTrainer.train(Compiler.lower(definition), new OrToolsSolver(), definition.training().solver());
    }

    private ModelDefinition eightPoints(String method, int hidden) {
        return Models.define(folder, method.split(" ")[0], "model eight\n" + EIGHT_POINTS + """
                network {
                  layer hidden: %d step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias integer
                }
                train { method %s solver scip time 60s }
                """.formatted(hidden, method));
    }

    @Test
    void withEveryPointInItsOwnSubsetTheHeuristicReachesTheExactOptimum() {
        // One hidden neuron cannot fit this XOR-like set: the exact optimum is positive, so the
        // heuristic splits until every point has its own subset and the last MILP is the exact one.
        TrainingResult optimum = exact(eightPoints("exact", 1));
        assertThat(optimum.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(optimum.train().loss()).isPositive();

        // As in the paper: one subset and no network at the start.
        TrainingRun run = split(eightPoints("split kmeans max_splits 7 restarts 5 seed 3 one_subset", 1));
        assertThat(run.result().train().loss()).isEqualTo(optimum.train().loss());
        assertThat(run.rounds()).hasSizeLessThanOrEqualTo(8);
        RoundRecord last = run.rounds().get(run.rounds().size() - 1);
        assertThat(last.subsets()).isEqualTo(8);
        assertThat(last.trainLoss()).isEqualTo(optimum.train().loss());
        assertThat(run.rounds()).allMatch(record -> Boolean.TRUE.equals(record.forwardMatches()));
        assertThat(run.stopReason()).isIn("reached max_splits 7", "no subset can be split");
        // The subsets only grow in number (a split, or the accepted network's patterns), and the
        // binaries with them: one per subset and neuron.
        assertThat(run.rounds().get(0).subsets()).isEqualTo(1);
        for (int r = 1; r < run.rounds().size(); r++) {
            RoundRecord record = run.rounds().get(r);
            assertThat(record.subsets()).isGreaterThan(run.rounds().get(r - 1).subsets());
            assertThat(record.binaries()).isLessThanOrEqualTo(3L * record.subsets());
        }
    }

    @Test
    void itStopsAtTrainingLossZero() {
        TrainingRun run = split(eightPoints("split kmeans max_splits 7 seed 1", 3));
        assertThat(run.result().train().loss()).isZero();
        assertThat(run.stopReason()).isEqualTo("training loss 0");
        assertThat(run.rounds().get(run.rounds().size() - 1).trainLoss()).isZero();
    }

    @Test
    void theBestNetworkOnTheValidationSetIsKeptAndBatchesAreUsed() {
        ModelDefinition definition = Models.define(folder, "uniform", """
                model uniform
                data {
                  generate uniform features 4 samples 120 seed 5
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 2
                }
                network {
                  layer hidden: 3 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method split kmeans max_splits 4 batch 24 restarts 3 seed 2 one_subset solver scip time 60s }
                """);
        TrainingRun run = split(definition);
        double best = run.rounds().stream().mapToDouble(RoundRecord::validationAccuracy).max().orElseThrow();
        assertThat(run.result().validation().accuracy()).isEqualTo(best);
        assertThat(run.rounds()).allMatch(record -> record.points() == 24);
        assertThat(run.rounds().stream().filter(RoundRecord::best).reduce((a, b) -> b).orElseThrow()
                .validationAccuracy()).isEqualTo(best);
        assertThat(run.result().check().matches()).isTrue();
        assertThat(run.result().test()).isNotNull();
    }

    @Test
    void multiClassAndMultiLayerNetworksTrain() {
        ModelDefinition definition = Models.define(folder, "iris", """
                model iris
                data {
                  csv "%s" header true label last
                  scale minmax
                  split train 0.5 validation 0.25 test 0.25 seed 4
                }
                network {
                  layer first: 4 step
                  layer second: 3 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method split kmeans max_splits 3 batch 30 seed 4 solver scip time 60s per_mip 10s }
                """.formatted(Models.dataset("iris.csv")));
        TrainingRun run = split(definition);
        assertThat(run.result().network().depth()).isEqualTo(3);
        assertThat(run.result().network().width(2)).isEqualTo(3);
        assertThat(run.rounds()).hasSize(4).allMatch(record -> !Boolean.FALSE.equals(record.forwardMatches()));
        assertThat(run.result().validation().accuracy()).isGreaterThan(1.0 / 3);
    }

    @Test
    void aStopSignalEndsTheRunAfterTheCurrentStepWithTheBestNetworkSoFar() {
        StopSignal stop = new StopSignal();
        ModelDefinition definition = eightPoints("split kmeans max_splits 7 seed 3", 1);
        TrainingListener stopAfterTwo = new TrainingListener() {
            @Override
            public void step(RoundRecord record, io.bdnn.network.Network best, double accuracy) {
                if (record.index() == 2) {
                    stop.stop();
                }
            }
        };
        TrainingRun run = SplittingTrainer.train(definition, new OrToolsSolver(), definition.training().solver(), null,
                stopAfterTwo, stop);
        assertThat(run.interrupted()).isTrue();
        assertThat(run.rounds()).hasSize(2);
        assertThat(run.result().hasNetwork()).isTrue();
        assertThat(run.stopReason()).isEqualTo("interrupted");
    }
}
