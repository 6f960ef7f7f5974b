package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.data.IdxFile.IdxException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an {@code idx "images" labels "labels" [test "images" labels "labels"]} source: the
 * images and labels of MNIST-like data sets in the IDX format ({@link IdxFile}).
 *
 * <p>The label file is read first (one byte per image); {@link RowSelection} decides from the
 * labels which images {@code take} and {@code per_class} keep, and the image file is then
 * streamed once, item by item, up to the last kept image: only kept images become feature
 * vectors, so {@code per_class 10} of 60000 images holds 100 rows in memory.
 *
 * <p>A feature is a pixel's intensity divided by 255, in {@code [0, 1]}, row by row: pixel
 * {@code (r, c)} of an image with {@code C} columns is feature {@code r C + c}, named
 * {@code r<r+1>c<c+1>}. With {@code pool K} each feature is instead the mean intensity of a
 * {@code K x K} block, so a 28x28 image becomes 14x14 with {@code pool 2}. A label is its byte's
 * value ({@code 0 .. 255}). The test pair is read whole, with the same pooling, and must hold
 * images of the same size.
 */
final class IdxDataReader {
    private static final String[] BYTE_NAMES = new String[256];

    static {
        for (int value = 0; value < BYTE_NAMES.length; value++) {
            BYTE_NAMES[value] = Integer.toString(value);
        }
    }

    private IdxDataReader() {
    }

    /** The training rows and, when the source has a test pair, the test rows (else null). */
    record IdxData(RawData train, RawData test) {
    }

    /** Reads the source; null after reporting why it cannot be used. */
    static IdxData read(Ast.IdxSource source, Path baseDir, RowSelection selection, Ast.Pool pool,
                        Diagnostics diagnostics) {
        int poolSize = 1;
        if (pool != null) {
            if (pool.size() < 1) {
                diagnostics.error(pool.sizeSpan(), "pool needs a positive block size, found " + pool.size());
                return null;
            }
            poolSize = (int) pool.size();
        }
        Images train = readPair(source.images(), source.imagesSpan(), source.labels(), source.labelsSpan(),
                baseDir, selection, pool, poolSize, diagnostics);
        if (train == null || !source.hasTest()) {
            return train == null ? null : new IdxData(train.data(), null);
        }
        Images test = readPair(source.testImages(), source.testImagesSpan(), source.testLabels(),
                source.testLabelsSpan(), baseDir, null, pool, poolSize, diagnostics);
        if (test == null) {
            return null;
        }
        if (test.rows() != train.rows() || test.columns() != train.columns()) {
            diagnostics.error(source.testImagesSpan(), "the test images of '" + source.testImages() + "' are "
                    + test.rows() + "x" + test.columns() + " but the training images of '" + source.images()
                    + "' are " + train.rows() + "x" + train.columns());
            return null;
        }
        return new IdxData(train.data(), test.data());
    }

    /** The rows read from one pair of files, and the size of its images before pooling. */
    private record Images(RawData data, int rows, int columns) {
    }

    /** Reads one pair of image and label files; {@code selection} is null for a test pair, read whole. */
    private static Images readPair(String images, SourceSpan imagesSpan, String labels, SourceSpan labelsSpan,
                                   Path baseDir, RowSelection selection, Ast.Pool pool, int poolSize,
                                   Diagnostics diagnostics) {
        Path imagesFile = resolve(images, imagesSpan, baseDir, diagnostics);
        Path labelsFile = resolve(labels, labelsSpan, baseDir, diagnostics);
        if (imagesFile == null || labelsFile == null) {
            return null;
        }
        byte[] labelBytes;
        try (IdxFile labelFile = IdxFile.open(labelsFile, labels, 1, "label")) {
            labelBytes = labelFile.readAll(); // one byte per image: small even for 60000 images
        } catch (IdxException e) {
            diagnostics.error(labelsSpan, e.getMessage());
            return null;
        } catch (IOException e) {
            diagnostics.error(labelsSpan, "cannot read '" + labels + "': " + e.getMessage());
            return null;
        }
        try (IdxFile imageFile = IdxFile.open(imagesFile, images, 3, "image")) {
            int[] dimensions = imageFile.dimensions();
            if (dimensions[0] != labelBytes.length) {
                diagnostics.error(labelsSpan, "'" + labels + "' has " + labelBytes.length + " labels but '" + images
                        + "' has " + dimensions[0] + " images");
                return null;
            }
            if (!poolFits(dimensions, pool, poolSize, images, diagnostics)) {
                return null;
            }
            String[] names = new String[labelBytes.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = BYTE_NAMES[labelBytes[i] & 0xff];
            }
            int[] kept = selection == null ? allRows(names.length) : selection.kept(names, names.length, diagnostics);
            ImagePooling pooling = new ImagePooling(dimensions[1], dimensions[2], poolSize);
            double[][] features = readImages(imageFile, kept, pooling);
            String[] keptLabels = new String[kept.length];
            for (int i = 0; i < kept.length; i++) {
                keptLabels[i] = names[kept[i]];
            }
            return new Images(new RawData(features, keptLabels, pooling.featureNames()), dimensions[1], dimensions[2]);
        } catch (IdxException e) {
            diagnostics.error(imagesSpan, e.getMessage());
            return null;
        } catch (IOException e) {
            diagnostics.error(imagesSpan, "cannot read '" + images + "': " + e.getMessage());
            return null;
        }
    }

    /**
     * Streams the images up to the last kept one; image {@code kept[k]} becomes row {@code k}.
     * The others are read past without being converted.
     */
    private static double[][] readImages(IdxFile file, int[] kept, ImagePooling pooling) throws IdxException {
        int[] rowOf = new int[file.count()];
        Arrays.fill(rowOf, -1);
        int last = -1;
        for (int k = 0; k < kept.length; k++) {
            rowOf[kept[k]] = k;
            last = Math.max(last, kept[k]);
        }
        double[][] features = new double[kept.length][];
        byte[] pixels = new byte[file.itemBytes()];
        for (int image = 0; image <= last; image++) {
            file.next(pixels);
            if (rowOf[image] >= 0) {
                features[rowOf[image]] = pooling.apply(pixels);
            }
        }
        return features;
    }

    private static boolean poolFits(int[] dimensions, Ast.Pool pool, int poolSize, String images,
                                    Diagnostics diagnostics) {
        if (pool == null || (dimensions[1] % poolSize == 0 && dimensions[2] % poolSize == 0)) {
            return true;
        }
        List<String> divisors = new ArrayList<>();
        for (int size = 2; size <= Math.min(dimensions[1], dimensions[2]); size++) {
            if (dimensions[1] % size == 0 && dimensions[2] % size == 0) {
                divisors.add(Integer.toString(size));
            }
        }
        diagnostics.error(pool.sizeSpan(), "pool " + poolSize + " does not divide the " + dimensions[1] + "x"
                + dimensions[2] + " images of '" + images + "'"
                + (divisors.isEmpty() ? "" : "; sizes that do: " + String.join(", ", divisors)));
        return false;
    }

    private static int[] allRows(int rows) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        return all;
    }

    private static Path resolve(String written, SourceSpan span, Path baseDir, Diagnostics diagnostics) {
        Path resolved;
        try {
            resolved = DataFile.resolve(baseDir, written);
        } catch (InvalidPathException e) {
            diagnostics.error(span, "cannot read '" + written + "': not a valid path");
            return null;
        }
        String problem = DataFile.problem(resolved);
        if (problem != null) {
            diagnostics.error(span, "cannot read '" + written + "': " + problem);
            return null;
        }
        return resolved;
    }
}
