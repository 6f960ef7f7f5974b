package io.bdnn.training.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.training.Models;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.StopSignal;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.robust.Certifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Local search end to end with SCIP: the loss never increases, from a given or an initial network. */
class LocalSearchTrainerTest {
    @TempDir
    Path folder;

    /** Uniform points, a third of them labelled at random, so no start is already perfect. */
    private ModelDefinition uniform(String extra) {
        return Models.define(folder, "uniform", """
                model uniform
                data {
                  csv "%s" delimiter ";" label last
                  take 100
                  scale minmax
                  split train 0.4 validation 0.3 test 0.3 seed 3
                }
                network {
                  layer hidden: 3 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method local_search rounds 3 seed 2 %s solver scip time 120s per_mip 5s }
                """.formatted(Models.dataset("uniform-n10-m1000-0.csv"), extra));
    }

    /** The initial network local search builds for the model (whose seed is 2). */
    private static Network initial(ModelDefinition definition, long seed) {
        var data = definition.data();
        return InitialNetwork.of(definition.network(), data.train().x(), data.train().y(), definition.scaling(),
                data.classLabels(), seed);
    }

    private static double trainLoss(Network network, ModelDefinition definition) {
        var train = definition.data().train();
        return ForwardPass.evaluate(network, "train", train.x(), train.y()).loss();
    }

    /**
     * Runs local search, recording the training loss of the current network: the start's first,
     * then after every step (an accepted step's network becomes the current one).
     */
    private static TrainingRun run(ModelDefinition definition, Network start, List<Double> currentLosses) {
        double[] current = {trainLoss(start != null ? start : initial(definition, 2), definition)};
        currentLosses.add(current[0]);
        TrainingListener record = new TrainingListener() {
            @Override
            public void step(RoundRecord step, Network best, double accuracy) {
                if (step.accepted()) {
                    current[0] = step.trainLoss();
                }
                currentLosses.add(current[0]);
            }
        };
        return LocalSearchTrainer.train(definition, new OrToolsSolver(), definition.training().solver(), start,
                record, new StopSignal());
    }

    /** The loss never increases, every accepted network matches its MILP, and the search improved. */
    private static void assertDescent(TrainingRun run, List<Double> losses) {
        assertThat(losses).hasSizeGreaterThan(1);
        for (int i = 1; i < losses.size(); i++) {
            assertThat(losses.get(i)).as("step %d", i).isLessThanOrEqualTo(losses.get(i - 1));
        }
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0));
        assertThat(run.rounds()).filteredOn(RoundRecord::accepted)
                .allMatch(step -> Boolean.TRUE.equals(step.forwardMatches()));
    }

    @Test
    void theTrainingLossNeverIncreasesFromTheInitialNetwork() {
        List<Double> losses = new ArrayList<>();
        TrainingRun run = run(uniform(""), null, losses);
        assertDescent(run, losses);
        // Every round visits the output layer first, then the hidden layer.
        assertThat(run.rounds().get(0).label()).isEqualTo("round 1: layer output");
        assertThat(run.rounds().get(1).label()).isEqualTo("round 1: layer hidden");
    }

    @Test
    void neuronBlocksVisitEveryNeuronAndNeverIncreaseTheLoss() {
        List<Double> losses = new ArrayList<>();
        TrainingRun run = run(uniform("neurons"), null, losses);
        assertDescent(run, losses);
        assertThat(run.rounds().get(0).label()).isEqualTo("round 1: layer output neuron 1");
        assertThat(run.rounds()).extracting(RoundRecord::label).contains("round 1: layer output neuron 2");
        assertThat(run.rounds()).extracting(RoundRecord::label).anyMatch(label -> label.contains("layer hidden neuron"));
    }

    @Test
    void theNetworkKeptHasTheBestValidationAccuracyOfTheSearch() {
        ModelDefinition definition = uniform("neurons");
        var data = definition.data();
        TrainingRun run = run(definition, null, new ArrayList<>());
        double best = ForwardPass.evaluate(initial(definition, 2), "validation", data.validation().x(),
                data.validation().y()).accuracy();
        for (RoundRecord step : run.rounds()) {
            if (step.accepted()) {
                best = Math.max(best, step.validationAccuracy());
            }
        }
        assertThat(run.result().validation().accuracy()).isEqualTo(best);
    }

    @Test
    void aGivenStartNetworkIsNeverMadeWorse() {
        ModelDefinition definition = uniform("");
        Network start = initial(definition, 99);
        TrainingRun run = run(definition, start, new ArrayList<>());
        assertThat(run.result().train().loss()).isLessThanOrEqualTo(trainLoss(start, definition));
    }

    @ParameterizedTest(name = "blocks: {0}")
    @ValueSource(strings = {"layers", "neurons"})
    void robustLocalSearchEndsWithEveryTrainingPointCertified(String blocks) {
        ModelDefinition definition = uniform((blocks.equals("neurons") ? "neurons" : "") + " robust linf 0.05");
        TrainingRun run = run(definition, null, new ArrayList<>());
        var data = definition.data();
        Certifier.Certificate certificate = Certifier.certify(run.result().network(), data.train().x(),
                definition.training().plan().robust().radii(data));
        assertThat(certificate.fraction()).isEqualTo(1.0);
    }
}
