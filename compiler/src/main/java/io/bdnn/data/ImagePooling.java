package io.bdnn.data;

import java.util.List;

/**
 * Turns the bytes of one image into a feature vector: each pixel's intensity {@code b / 255},
 * or with a block size {@code K > 1} the mean intensity of each {@code K x K} block,
 * {@code f(R, C) = sum over the block's pixels of b / (255 K^2)}, row by row. The image's sides
 * must be multiples of {@code K}.
 */
final class ImagePooling {
    private static final double MAX_BYTE = 255.0;

    private final int columns;
    private final int size;
    private final int pooledRows;
    private final int pooledColumns;

    ImagePooling(int rows, int columns, int size) {
        this.columns = columns;
        this.size = size;
        this.pooledRows = rows / size;
        this.pooledColumns = columns / size;
    }

    /** The feature vector of an image given as its pixel bytes, row by row. */
    double[] apply(byte[] pixels) {
        double[] features = new double[pooledRows * pooledColumns];
        double divisor = MAX_BYTE * size * size;
        for (int blockRow = 0; blockRow < pooledRows; blockRow++) {
            for (int blockColumn = 0; blockColumn < pooledColumns; blockColumn++) {
                int sum = 0;
                for (int r = blockRow * size; r < (blockRow + 1) * size; r++) {
                    int start = r * columns + blockColumn * size;
                    for (int c = start; c < start + size; c++) {
                        sum += pixels[c] & 0xff;
                    }
                }
                features[blockRow * pooledColumns + blockColumn] = sum / divisor;
            }
        }
        return features;
    }

    /** {@code r1c1, r1c2, ...}: the (pooled) pixel each feature stands for, 1-based. */
    List<String> featureNames() {
        String[] names = new String[pooledRows * pooledColumns];
        for (int r = 0; r < pooledRows; r++) {
            for (int c = 0; c < pooledColumns; c++) {
                names[r * pooledColumns + c] = "r" + (r + 1) + "c" + (c + 1);
            }
        }
        return List.of(names);
    }
}
