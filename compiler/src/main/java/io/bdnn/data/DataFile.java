package io.bdnn.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
     * Opens the file as UTF-8 text (malformed bytes become U+FFFD rather than failing, as only
     * header names could contain them), skipping a byte order mark if there is one.
     */
    static Reader open(Path resolved) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(resolved), StandardCharsets.UTF_8), BUFFER_CHARS);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
