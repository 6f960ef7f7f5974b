package io.bdnn.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a model's data, so that a solution file can be checked against the data it
 * was trained on: the SHA-256, in lower-case hexadecimal, of
 * <ol>
 *   <li>a format tag, {@code bdnn-data-1};</li>
 *   <li>the number of rows and of features;</li>
 *   <li>every loaded row (after {@code take}, before splitting and scaling) as the IEEE-754 bits
 *       of its features, big-endian, followed by its class name in UTF-8 with its byte length;</li>
 *   <li>the split and scale settings as canonical text, e.g.
 *       {@code split train 0.5 validation 0.25 test 0.25 seed 7; scale minmax};</li>
 *   <li>only when the test rows come from files of their own ({@code idx ... test ...}): the text
 *       {@code ; test}, their number, and every test row as in 3.</li>
 * </ol>
 * Feature names and the way the data was written (file, delimiter, {@code 1.0} or {@code 1})
 * do not count: the same numbers give the same hash.
 */
final class DataHash {
    private static final String FORMAT_TAG = "bdnn-data-1";

    private DataHash() {
    }

    static String of(RawData data, SplitPlan split, String scaleKind) {
        return of(data, null, split, scaleKind);
    }

    /** The hash of loaded rows, a separate test set (null when there is none) and the settings. */
    static String of(RawData data, RawData test, SplitPlan split, String scaleKind) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        int features = data.featureNames().size();
        digest.update(FORMAT_TAG.getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(16, 8 * features + 4));
        buffer.putLong(data.rows()).putLong(features);
        digest.update(buffer.array(), 0, buffer.position());
        rows(digest, buffer, data);
        String settings = split.describe() + "; scale " + scaleKind;
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        if (test != null) {
            digest.update("; test".getBytes(StandardCharsets.UTF_8));
            buffer.clear();
            buffer.putLong(test.rows());
            digest.update(buffer.array(), 0, buffer.position());
            rows(digest, buffer, test);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void rows(MessageDigest digest, ByteBuffer buffer, RawData data) {
        for (int i = 0; i < data.rows(); i++) {
            buffer.clear();
            for (double value : data.features()[i]) {
                buffer.putDouble(value);
            }
            byte[] label = data.labels()[i].getBytes(StandardCharsets.UTF_8);
            buffer.putInt(label.length);
            digest.update(buffer.array(), 0, buffer.position());
            digest.update(label);
        }
    }
}
