package io.bdnn.data;

import io.bdnn.text.TextFiles;
import io.bdnn.text.Utf8Scanner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds, names and opens a data file named in a model. A relative path is relative to the model
 * file's folder. Errors inside the file are reported under a name the user can click: the path
 * relative to the current folder, or the absolute path when that is shorter.
 */
final class DataFile {
    private static final int BUFFER_CHARS = 1 << 16;
    private static final int HEAD_BYTES = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DataFile() {
    }

    /** The file a path as written in a model stands for. */
    static Path resolve(Path baseDir, String written) {
        Path base = baseDir == null ? Path.of("") : baseDir;
        return base.resolve(written).toAbsolutePath().normalize();
    }

    /** The name under which errors in the file are reported. */
    static String displayName(Path resolved) {
        Path absolute = resolved.toAbsolutePath().normalize();
        try {
            Path here = Path.of("").toAbsolutePath().normalize();
            String relative = here.relativize(absolute).toString();
            return relative.length() <= absolute.toString().length() ? relative : absolute.toString();
        } catch (IllegalArgumentException e) {
            // Paths on different roots (drives) have no relative form.
            return absolute.toString();
        }
    }

    /**
     * Why the file cannot be read, as the end of {@code cannot read 'path': ...}, or null when it
     * looks readable.
     */
    static String problem(Path resolved) {
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (Files.isDirectory(resolved)) {
            return "it is a folder, not a file";
        }
        if (!Files.isReadable(resolved)) {
            return "permission denied";
        }
        return null;
    }

    /**
     * Where and why the start of the file is not UTF-8 text (UTF-16 or UTF-32, a NUL byte, an
     * invalid byte in its first {@value #HEAD_BYTES} bytes), or null. Only the head is read, so
     * that {@code take N} of a large file stays fast; a bad byte further on is found while
     * reading ({@link #locate}).
     */
    static Utf8Scanner.Problem headProblem(Path resolved) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(resolved)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Utf8Scanner.Problem wide = TextFiles.wideEncoding(head, head.length);
        if (wide != null) {
            return wide;
        }
        Utf8Scanner scanner = new Utf8Scanner();
        int bom = TextFiles.byteOrderMark(head, head.length);
        Utf8Scanner.Problem problem = scanner.feed(head, bom, head.length - bom);
        return problem != null || head.length == HEAD_BYTES ? problem : scanner.finish();
    }

    /** The place of the first byte that is not UTF-8 text, found by scanning the whole file again. */
    static Utf8Scanner.Problem locate(Path resolved) throws IOException {
        return TextFiles.problem(resolved);
    }

    /**
     * Opens the file as UTF-8 text, skipping a byte order mark if there is one. Bytes that are
     * not UTF-8 make reading fail with a {@link java.nio.charset.CharacterCodingException}.
     */
    static Reader open(Path resolved) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(resolved), decoder),
                BUFFER_CHARS);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
