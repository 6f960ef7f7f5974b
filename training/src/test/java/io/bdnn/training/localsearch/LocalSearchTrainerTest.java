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

    /**
     * Runs local search, recording the forward-pass loss of the current network after every step:
     * an accepted step's network becomes the current one.
     */
    private static TrainingRun run(ModelDefinition definition, Network start, List<Double> currentLosses) {
        var data = definition.data();
        Network first = start != null ? start : InitialNetwork.of(definition.network(), data.train().x(),
                data.train().y(), definition.scaling(), data.classLabels(), 2);
        double[] current = {ForwardPass.evaluate(first, "train", data.train().x(), data.train().y()).loss()};
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

    @Test
    void theTrainingLossNeverIncreasesFromTheInitialNetwork() {
        ModelDefinition definition = uniform("");
        var data = definition.data();
        Network initial = InitialNetwork.of(definition.network(), data.train().x(), data.train().y(),
                definition.scaling(), data.classLabels(), 2);
        double initialLoss = ForwardPass.evaluate(initial, "train", data.train().x(), data.train().y()).loss();
        List<Double> losses = new ArrayList<>();
        TrainingRun run = run(definition, null, losses);
        assertThat(losses).isNotEmpty();
        assertThat(losses.get(0)).isLessThanOrEqualTo(initialLoss);
        for (int i = 1; i < losses.size(); i++) {
            assertThat(losses.get(i)).as("step %d", i + 1).isLessThanOrEqualTo(losses.get(i - 1));
        }
        assertThat(losses.get(losses.size() - 1)).isLessThan(initialLoss);
        assertThat(run.rounds()).filteredOn(RoundRecord::accepted)
                .allMatch(step -> Boolean.TRUE.equals(step.forwardMatches()));
        // Every round visits the output layer first, then the hidden layer.
        assertThat(run.rounds().get(0).label()).isEqualTo("round 1: layer output");
        assertThat(run.rounds().get(1).label()).isEqualTo("round 1: layer hidden");
    }

    @Test
    void neuronBlocksVisitEveryNeuronAndNeverIncreaseTheLoss() {
        ModelDefinition definition = uniform("neurons");
        var data = definition.data();
        Network initial = InitialNetwork.of(definition.network(), data.train().x(), data.train().y(),
                definition.scaling(), data.classLabels(), 2);
        double initialLoss = ForwardPass.evaluate(initial, "train", data.train().x(), data.train().y()).loss();
        List<Double> losses = new ArrayList<>();
        TrainingRun run = run(definition, null, losses);
        assertThat(run.rounds().get(0).label()).isEqualTo("round 1: layer output neuron 1");
        assertThat(run.rounds()).extracting(RoundRecord::label).contains("round 1: layer output neuron 2");
        assertThat(run.rounds()).extracting(RoundRecord::label).anyMatch(label -> label.contains("layer hidden neuron"));
        double previous = initialLoss;
        for (double loss : losses) {
            assertThat(loss).isLessThanOrEqualTo(previous);
            previous = loss;
        }
        assertThat(run.rounds()).filteredOn(RoundRecord::accepted)
                .allMatch(step -> Boolean.TRUE.equals(step.forwardMatches()));
    }

    @Test
    void theNetworkKeptHasTheBestValidationAccuracyOfTheSearch() {
        ModelDefinition definition = uniform("neurons");
        var data = definition.data();
        Network initial = InitialNetwork.of(definition.network(), data.train().x(), data.train().y(),
                definition.scaling(), data.classLabels(), 2);
        TrainingRun run = run(definition, null, new ArrayList<>());
        double best = ForwardPass.evaluate(initial, "validation", data.validation().x(), data.validation().y())
                .accuracy();
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
        var data = definition.data();
        Network start = InitialNetwork.of(definition.network(), data.train().x(), data.train().y(),
                definition.scaling(), data.classLabels(), 99);
        double startLoss = ForwardPass.evaluate(start, "train", data.train().x(), data.train().y()).loss();
        TrainingRun run = run(definition, start, new ArrayList<>());
        assertThat(run.result().train().loss()).isLessThanOrEqualTo(startLoss);
    }

    @Test
    void robustLocalSearchEndsWithEveryTrainingPointCertified() {
        ModelDefinition definition = uniform("robust linf 0.05");
        TrainingRun run = run(definition, null, new ArrayList<>());
        var data = definition.data();
        Certifier.Certificate certificate = Certifier.certify(run.result().network(), data.train().x(),
                definition.training().plan().robust().radii(data));
        assertThat(certificate.fraction()).isEqualTo(1.0);
    }
}
