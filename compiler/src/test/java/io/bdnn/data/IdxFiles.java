package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.grammar.ModelParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes tiny IDX files for tests, as MNIST's are written (two zero bytes, type 0x08, the number
 * of dimensions, big-endian sizes, then the bytes), gzipped or not; and loads a data block
 * written as model text against a folder.
 */
final class IdxFiles {
    private IdxFiles() {
    }

    /** An image file of {@code images.length / (rows columns)} images, row by row. */
    static Path images(Path file, int rows, int columns, byte[] pixels, boolean gzip) throws IOException {
        return write(file, header(3, pixels.length / (rows * columns), rows, columns), pixels, gzip);
    }

    /** A label file with one byte per label. */
    static Path labels(Path file, int[] labels, boolean gzip) throws IOException {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            bytes[i] = (byte) labels[i];
        }
        return write(file, header(1, labels.length), bytes, gzip);
    }

    /** The IDX header for unsigned bytes with these dimension sizes. */
    static byte[] header(int dimensions, int... sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {0, 0, 0x08, (byte) dimensions});
        for (int size : sizes) {
            out.writeInt(size);
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] header, byte[] body, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(header);
            out.write(body);
        }
        return file;
    }

    /**
     * {@code count} images of {@code side x side} pixels where every pixel of image {@code i} is
     * {@code i}, with labels {@code i mod classes}, as {@code train-images.gz} and
     * {@code train-labels.gz} in {@code folder}.
     */
    static void numbered(Path folder, String prefix, int count, int side, int classes) throws IOException {
        byte[] pixels = new byte[count * side * side];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(pixels, i * side * side, (i + 1) * side * side, (byte) i);
            labels[i] = i % classes;
        }
        images(folder.resolve(prefix + "-images.gz"), side, side, pixels, true);
        labels(folder.resolve(prefix + "-labels.gz"), labels, true);
    }

    /** Parses {@code data { BODY }} in a model called model.bdnn and loads it against {@code folder}. */
    static PreparedData load(Path folder, String body, Diagnostics diagnostics) {
        String text = "model m\ndata {\n" + body + "\n}\n";
        Ast.ModelFile model = ModelParser.parse("model.bdnn", text, diagnostics);
        if (model == null) {
            return null;
        }
        return DataLoader.load((Ast.DataBlock) model.blocks().get(0), folder, diagnostics);
    }
}
