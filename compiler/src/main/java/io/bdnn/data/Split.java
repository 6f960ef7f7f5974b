package io.bdnn.data;

/**
 * One part of the data (train, validation or test): scaled feature vectors {@code x[i]} and
 * class indices {@code y[i]}, an index into {@link PreparedData#classLabels()}.
 */
public record Split(String name, double[][] x, int[] y) {

    public Split {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + " has " + x.length + " rows but " + y.length + " labels");
        }
    }

    /** The number of rows. */
    public int size() {
        return y.length;
    }

    public boolean isEmpty() {
        return y.length == 0;
    }

    @Override
    public String toString() {
        return "Split[" + name + ", " + size() + " rows]";
    }
}
