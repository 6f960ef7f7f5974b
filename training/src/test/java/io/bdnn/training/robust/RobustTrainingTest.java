package io.bdnn.training.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveStatus;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.Models;
import io.bdnn.training.TrainingResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Robust and regularised exact training: certified by the exact check, penalty accounted for. */
class RobustTrainingTest {
    @TempDir
    Path folder;

    private ModelDefinition model(String name, String train, int take) {
        return Models.define(folder, name, """
                model %s
                data {
                  csv "%s" delimiter ";" label last
                  take %d
                  scale minmax
                  radius 0.5
                }
                network {
                  layer hidden: 2 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias continuous
                }
                train { method exact %s solver scip time 60s }
                """.formatted(name, Models.dataset("breast-cancer-wisconsin.csv"), take, train));
    }

    private static TrainingResult train(ModelDefinition definition) {
        return ExactTrainer.train(Compiler.lower(definition), new OrToolsSolver(), definition.training().solver());
    }

    @Test
    void robustTrainingCertifiesEveryTrainingPointWhilePlainTrainingNeedNot() {
        ModelDefinition robust = model("robust", "robust linf 0.15", 40);
        TrainingResult result = train(robust);
        assertThat(result.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.check().matches()).as(result.check().message()).isTrue();
        double[] radii = robust.training().plan().robust().radii(robust.data());
        assertThat(Certifier.certify(result.network(), robust.data().train().x(), radii).fraction()).isEqualTo(1.0);

        TrainingResult plain = train(model("plain", "", 40));
        // Robustness costs training loss, never gains it.
        assertThat(result.train().loss()).isGreaterThanOrEqualTo(plain.train().loss());
    }

    @Test
    void boxRadiiFromTheDataBlockAreCertifiedInScaledUnits() {
        ModelDefinition box = model("box", "robust box", 30);
        TrainingResult result = train(box);
        assertThat(result.check().matches()).isTrue();
        double[] radii = box.data().scaledRadius();
        assertThat(radii[0]).isEqualTo(0.5 / box.data().scaler().scale()[0]);
        assertThat(Certifier.certify(result.network(), box.data().train().x(), radii).fraction()).isEqualTo(1.0);
    }

    @Test
    void anL1PenaltyIsPaidForEveryWeightAndTheCheckSubtractsIt() {
        TrainingResult light = train(model("light", "regularize l1 0.001", 30));
        TrainingResult heavy = train(model("heavy", "regularize l1 100", 30));
        assertThat(light.check().matches()).as(light.check().message()).isTrue();
        assertThat(heavy.check().matches()).as(heavy.check().message()).isTrue();
        assertThat(light.solve().objective()).isCloseTo(light.train().loss() + 0.001 * absSum(light.network()),
                org.assertj.core.data.Offset.offset(1e-6));
        // One weight costs 100, more than the loss of any network on 30 samples (at most 2 x 30):
        // the heavy optimum keeps no weight at all.
        assertThat(absSum(heavy.network())).isZero();
        assertThat(absSum(light.network())).isPositive();
    }

    private static double absSum(Network network) {
        double sum = 0;
        for (double[][] layer : network.weights()) {
            for (double[] row : layer) {
                for (double weight : row) {
                    sum += Math.abs(weight);
                }
            }
        }
        return sum;
    }
}
