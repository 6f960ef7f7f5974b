package io.bdnn.training.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The certificate is exact: certified boxes never change a prediction, uncertified ones have a flipping corner. */
class CertifierTest {

    static Network network(double[][] first, double[] firstBias, double[][] output, double[] outputBias) {
        int inputs = first[0].length;
        double[] ones = new double[inputs];
        Arrays.fill(ones, 1);
        return new Network(List.of("hidden", "output"), new double[][][] {first, output},
                new double[][] {firstBias, outputBias}, new Network.Scaling("none", new double[inputs], ones),
                List.of("0", "1"));
    }

    @Test
    void aNeuronWhoseThresholdLiesInsideTheBoxIsNotCertified() {
        // a = x - 0.45 at x = 0.5 is 0.05: a box of radius 0.1 straddles the threshold, 0.01 does not.
        Network net = network(new double[][] {{1}}, new double[] {-0.45}, new double[][] {{-1}, {1}},
                new double[] {0.5, -0.5});
        double[][] x = {{0.5}};
        assertThat(Certifier.certify(net, x, new double[] {0.1}).certified()).isZero();
        assertThat(Certifier.certify(net, x, new double[] {0.01}).certified()).isEqualTo(1);
        // Exactly at the threshold: max a = 0 is inactive everywhere (a <= 0), so it is certified.
        assertThat(Certifier.isCertified(net, new double[] {0.35}, new double[] {0.1})).isTrue();
    }

    @Property(tries = 300)
    void certifiedBoxesKeepTheirPredictionAndUncertifiedOnesHaveAFlippingCorner(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int inputs = 1 + random.nextInt(3);
        int hidden = 1 + random.nextInt(3);
        double[][] first = new double[hidden][inputs];
        double[] bias = new double[hidden];
        for (int k = 0; k < hidden; k++) {
            for (int j = 0; j < inputs; j++) {
                first[k][j] = random.nextInt(5) - 2;
            }
            bias[k] = (random.nextInt(33) - 16) * 0.125;
        }
        double[][] output = new double[2][hidden];
        for (double[] row : output) {
            for (int j = 0; j < hidden; j++) {
                row[j] = random.nextInt(3) - 1;
            }
        }
        Network net = network(first, bias, output, new double[] {0.5, -0.5});
        double[] x = new double[inputs];
        double[] radii = new double[inputs];
        for (int j = 0; j < inputs; j++) {
            x[j] = random.nextInt(9) * 0.125;
            radii[j] = random.nextInt(3) * 0.125;
        }
        int[] centre = ForwardPass.activations(net, x)[0];
        if (Certifier.isCertified(net, x, radii)) {
            for (int trial = 0; trial < 50; trial++) {
                double[] moved = new double[inputs];
                for (int j = 0; j < inputs; j++) {
                    double offset = trial < 1 << inputs ? ((trial >> j & 1) == 1 ? 1 : -1) : 2 * random.nextDouble() - 1;
                    moved[j] = x[j] + offset * radii[j];
                }
                assertThat(ForwardPass.activations(net, moved)[0]).isEqualTo(centre);
            }
        } else {
            boolean flips = false;
            for (int k = 0; k < hidden; k++) {
                // The corners that minimise and maximise neuron k's pre-activation.
                for (int side : new int[] {-1, 1}) {
                    double[] corner = new double[inputs];
                    for (int j = 0; j < inputs; j++) {
                        corner[j] = x[j] + side * Math.signum(first[k][j]) * radii[j];
                    }
                    flips |= ForwardPass.step(first[k], bias[k], corner) != centre[k];
                }
            }
            assertThat(flips).as("an uncertified box has a corner where a layer-1 neuron flips").isTrue();
        }
    }

    @Test
    void theRandomSignAttackWithinACertifiedRadiusChangesNothing() {
        Network net = network(new double[][] {{1, -1}, {1, 1}}, new double[] {-0.25, -1.5},
                new double[][] {{-1, 1}, {1, -1}}, new double[] {0.5, 0.5});
        double[][] x = {{1, 0}, {0, 1}, {1, 1}, {0.9, 0.1}};
        int[] y = {1, 0, 0, 1};
        assertThat(Certifier.certify(net, x, new double[] {0.1, 0.1}).fraction()).isEqualTo(1.0);
        double clean = ForwardPass.evaluate(net, "test", x, y).accuracy();
        RandomSignAttack.Result none = RandomSignAttack.attack(net, x, y, 0, 10, 1);
        assertThat(none.meanAccuracy()).isEqualTo(clean);
        RandomSignAttack.Result inside = RandomSignAttack.attack(net, x, y, 0.1, 20, 1);
        assertThat(inside.minAccuracy()).isEqualTo(clean);
        assertThat(RandomSignAttack.attack(net, x, y, 0.1, 20, 1)).isEqualTo(inside);
        RandomSignAttack.Result outside = RandomSignAttack.attack(net, x, y, 2, 20, 1);
        assertThat(outside.minAccuracy()).isLessThan(clean);
    }
}
