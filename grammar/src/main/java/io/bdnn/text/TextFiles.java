package io.bdnn.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads model and data files as UTF-8 text, the one encoding bdnn reads, and says clearly when
 * a file is something else. A UTF-8 byte order mark is skipped; line ends may be LF or CRLF (the
 * readers treat CR as white space or as part of the line end). A file that starts like UTF-16 or
 * UTF-32 (with or without a byte order mark) is refused at 1:1 with its encoding named; a NUL
 * byte (binary data) or a byte that is not valid UTF-8 is refused at its line and column.
 */
public final class TextFiles {
    /** How many bytes at the start of a file decide whether it looks like UTF-16 or UTF-32. */
    static final int HEAD_BYTES = 4096;
    private static final int CHUNK = 1 << 16;

    private TextFiles() {
    }

    /** The length of a UTF-8 byte order mark at the start of {@code bytes}: 3 or 0. */
    public static int byteOrderMark(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /**
     * The problem at 1:1 when the first bytes of a file are UTF-16 or UTF-32 rather than UTF-8,
     * or null. Without a byte order mark, UTF-16 shows as NUL bytes in every other place (the
     * high bytes of ASCII characters): at odd offsets for little-endian, even for big-endian.
     */
    public static Utf8Scanner.Problem wideEncoding(byte[] head, int length) {
        int b0 = length > 0 ? head[0] & 0xFF : -1;
        int b1 = length > 1 ? head[1] & 0xFF : -1;
        if (length >= 4 && ((b0 == 0xFF && b1 == 0xFE && head[2] == 0 && head[3] == 0)
                || (b0 == 0 && b1 == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF))) {
            return wide("UTF-32");
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            return wide("UTF-16");
        }
        int pairs = Math.min(length, HEAD_BYTES) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < 2 * pairs; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        boolean littleEndian = oddZeros * 2 >= pairs && evenZeros * 8 <= oddZeros;
        boolean bigEndian = evenZeros * 2 >= pairs && oddZeros * 8 <= evenZeros;
        return pairs > 0 && (littleEndian || bigEndian) ? wide("UTF-16") : null;
    }

    private static Utf8Scanner.Problem wide(String encoding) {
        return new Utf8Scanner.Problem(1, 1, "file is " + encoding + ", not UTF-8 text; save it as UTF-8");
    }

    /** The first problem of a whole file's bytes as UTF-8 text, or null when it is UTF-8 text. */
    public static Utf8Scanner.Problem problem(byte[] bytes) {
        Utf8Scanner.Problem wide = wideEncoding(bytes, bytes.length);
        if (wide != null) {
            return wide;
        }
        int bom = byteOrderMark(bytes, bytes.length);
        Utf8Scanner scanner = new Utf8Scanner();
        scanner.feed(bytes, bom, bytes.length - bom);
        return scanner.finish();
    }

    /** The same for a file read as a stream, for data files too large to hold; null when it is UTF-8 text. */
    public static Utf8Scanner.Problem problem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int length = in.readNBytes(buffer, 0, buffer.length);
            Utf8Scanner.Problem wide = wideEncoding(buffer, length);
            if (wide != null) {
                return wide;
            }
            Utf8Scanner scanner = new Utf8Scanner();
            int bom = byteOrderMark(buffer, length);
            while (length > 0) {
                if (scanner.feed(buffer, bom, length - bom) != null) {
                    return scanner.finish();
                }
                bom = 0;
                length = in.readNBytes(buffer, 0, buffer.length);
            }
            return scanner.finish();
        }
    }

    /** Decodes bytes already checked by {@link #problem(byte[])}, without their byte order mark. */
    public static String decode(byte[] bytes) {
        int bom = byteOrderMark(bytes, bytes.length);
        return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    }
}
