package io.bdnn.training.robust;

import io.bdnn.network.Classifier;
import java.util.Random;

/**
 * The random-sign attack of Kurtz and Bah (2021): each point {@code x} becomes
 * {@code x + eps * s} with a random sign vector {@code s in {-1, +1}^n}, in the data's raw units;
 * the network's stored scaler is applied after the perturbation. Accuracy under attack is
 * averaged over {@code repeats} independent draws, from a seeded generator.
 */
public final class RandomSignAttack {
    private RandomSignAttack() {
    }

    /** Accuracy per attack strength, and its spread over the repetitions. */
    public record Result(double eps, double meanAccuracy, double minAccuracy, double maxAccuracy) {
    }

    /**
     * @param rawX    the points in raw units
     * @param labels  their class indices
     * @param eps     the attack strength
     * @param repeats independent draws of the sign vectors (1 when eps is 0)
     * @param seed    the generator's seed
     */
    public static Result attack(Classifier network, double[][] rawX, int[] labels, double eps, int repeats, long seed) {
        Random random = new Random(seed);
        int draws = eps == 0 ? 1 : repeats;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < draws; r++) {
            int correct = 0;
            for (int i = 0; i < rawX.length; i++) {
                double[] perturbed = new double[rawX[i].length];
                for (int j = 0; j < perturbed.length; j++) {
                    perturbed[j] = rawX[i][j] + (random.nextBoolean() ? eps : -eps);
                }
                if (network.predict(network.scaling().apply(perturbed)) == labels[i]) {
                    correct++;
                }
            }
            double accuracy = rawX.length == 0 ? Double.NaN : (double) correct / rawX.length;
            sum += accuracy;
            min = Math.min(min, accuracy);
            max = Math.max(max, accuracy);
        }
        return new Result(eps, sum / draws, min, max);
    }
}
