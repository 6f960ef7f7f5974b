package io.bdnn.compiler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes corpus files in the encodings their {@code # write-as:} lines name, so that files a
 * repository cannot hold cleanly (UTF-16, Latin-1, binary) are kept as readable UTF-8 text:
 * {@code utf-16le}, {@code utf-16be} (no byte order mark), {@code utf-16le-bom},
 * {@code utf-16be-bom}, {@code latin-1}, {@code utf-8}; in every one the text {@code <NUL>}
 * becomes the byte 0.
 */
final class Encodings {
    private static final String DIRECTIVE = "# write-as: ";

    private Encodings() {
    }

    /**
     * The file to check: {@code model} itself when it has no {@code # write-as:} line; otherwise
     * its copy in {@code folder}, written as told, with the data files it names written as told.
     */
    static Path writeAsTold(Path model, List<String> lines, Path folder) throws IOException {
        List<String[]> directives = lines.stream()
                .filter(line -> line.startsWith(DIRECTIVE))
                .map(line -> line.substring(DIRECTIVE.length()).trim().split("\\s+"))
                .toList();
        if (directives.isEmpty()) {
            return model;
        }
        Path copy = folder.resolve(model.getFileName().toString());
        Files.write(copy, Files.readAllBytes(model));
        for (String[] directive : directives) {
            Path source = directive.length > 1 ? model.resolveSibling(directive[1]) : model;
            Path target = folder.resolve(source.getFileName().toString());
            Files.write(target, encode(Files.readString(source, StandardCharsets.UTF_8), directive[0]));
        }
        return copy;
    }

    static byte[] encode(String text, String encoding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] parts = text.split("<NUL>", -1);
        Charset charset = switch (encoding) {
            case "utf-16le", "utf-16le-bom" -> StandardCharsets.UTF_16LE;
            case "utf-16be", "utf-16be-bom" -> StandardCharsets.UTF_16BE;
            case "latin-1" -> StandardCharsets.ISO_8859_1;
            case "utf-8" -> StandardCharsets.UTF_8;
            default -> throw new IllegalArgumentException("unknown encoding in '# write-as: " + encoding + "'");
        };
        if (encoding.endsWith("-bom")) {
            bytes.write("\uFEFF".getBytes(charset));
        }
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                bytes.write(0);
            }
            bytes.write(parts[i].getBytes(charset));
        }
        return bytes.toByteArray();
    }
}
