package io.bdnn.network;

/**
 * A network's results on one split, from the exact forward pass.
 *
 * @param split     train, validation or test
 * @param samples   number of samples
 * @param loss      Hamming loss {@code sum_i sum_k |y_ik - h^L_ik|}
 * @param correct   number of samples whose prediction equals the label
 * @param confusion {@code confusion[true][predicted]} counts
 */
public record Evaluation(String split, int samples, double loss, int correct, int[][] confusion) {

    public double accuracy() {
        return samples == 0 ? Double.NaN : (double) correct / samples;
    }
}
