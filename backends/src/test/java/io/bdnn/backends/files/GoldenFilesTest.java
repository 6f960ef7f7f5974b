package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.bdnn.backends.Corpus;
import io.bdnn.milp.LinearModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for two tiny models (the edge model and XOR with two hidden neurons) in every
 * format, and the edge model's name map, in {@code src/test/resources/golden}. The diff is
 * tolerant: tokens are compared, numbers as numbers within 1e-12 relative (so a JDK that prints
 * {@code 1.0E-5} instead of {@code 1E-5} still passes), and the compiler version is ignored; in
 * fixed MPS every token must also start in the same column. Run with
 * {@code -Dbdnn.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("bdnn.updateGolden");

    static Stream<Arguments> files() {
        List<Arguments> arguments = new ArrayList<>();
        for (String model : List.of("edge", "xor")) {
            for (ModelFileFormat format : ModelFileFormat.values()) {
                arguments.add(Arguments.of(model, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("files")
    void matchesTheGoldenFile(String name, ModelFileFormat format) throws Exception {
        LinearModel model = model(name);
        NameScheme names = NameScheme.of(format.defaultNames(), model, format.nameLimit());
        ModelFileHeader header = ModelFileHeader.of(model, provenance(name), format, names.kind(),
                name + ".map.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.writeModel(model, names, header, format, out);
        String extension = switch (format) {
            case FREE_MPS -> ".free.mps";
            case FIXED_MPS -> ".fixed.mps";
            case LP -> ".lp";
        };
        compare(name + extension, out.toString(StandardCharsets.US_ASCII), format == ModelFileFormat.FIXED_MPS);
    }

    @ParameterizedTest(name = "the name map of {0}")
    @MethodSource("mapModels")
    void theNameMapMatchesTheGoldenFile(String name) throws Exception {
        LinearModel model = model(name);
        NameScheme names = NameScheme.of(NameScheme.Kind.READABLE, model, ModelFileFormat.FREE_MPS.nameLimit());
        ModelFileHeader header = ModelFileHeader.of(model, provenance(name), ModelFileFormat.FREE_MPS, names.kind(),
                name + ".map.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameMapWriter.write(model, names, header, name + ".mps", false, new WriteStats(0, 0, 0), out);
        compare(name + ".map.json", out.toString(StandardCharsets.US_ASCII), false);
    }

    static Stream<String> mapModels() {
        return Stream.of("edge");
    }

    private static LinearModel model(String name) {
        return name.equals("edge") ? EdgeModels.build() : Corpus.compiled("xor-2-hidden").model();
    }

    /** A fixed provenance, so that the files do not depend on where the project lies. */
    private static Provenance provenance(String name) {
        if (name.equals("edge")) {
            return EdgeModels.provenance();
        }
        Provenance real = Corpus.provenance("xor-2-hidden");
        return new Provenance(real.model(), "xor-2-hidden.bdnn", real.sourceSha256(), real.dataSha256());
    }

    private static void compare(String golden, String actual, boolean columns) throws Exception {
        Path source = Corpus.root().resolve("backends/src/test/resources/golden").resolve(golden);
        if (UPDATE) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.US_ASCII);
            return;
        }
        if (!Files.isRegularFile(source)) {
            fail("no golden file " + source + "; run with -Dbdnn.updateGolden=true to write it");
        }
        List<String> expectedLines = Files.readAllLines(source, StandardCharsets.US_ASCII);
        List<String> actualLines = actual.lines().toList();
        for (int line = 0; line < Math.min(expectedLines.size(), actualLines.size()); line++) {
            String difference = difference(normalise(expectedLines.get(line)), normalise(actualLines.get(line)), columns);
            if (difference != null) {
                fail(golden + ":" + (line + 1) + ": " + difference + "\n  golden: " + expectedLines.get(line)
                        + "\n  actual: " + actualLines.get(line)
                        + "\n(run with -Dbdnn.updateGolden=true after a deliberate change)");
            }
        }
        assertThat(actualLines).as(golden + ": number of lines").hasSameSizeAs(expectedLines);
    }

    private static String normalise(String line) {
        return line.replaceAll("bdnn [^ \":]+: model", "bdnn VERSION: model")
                .replaceAll("\"compiler\": \"bdnn [^\"]+\"", "\"compiler\": \"bdnn VERSION\"");
    }

    /** Why two lines differ, or null when they agree token by token. */
    private static String difference(String expected, String actual, boolean columns) {
        List<int[]> expectedTokens = tokens(expected);
        List<int[]> actualTokens = tokens(actual);
        if (expectedTokens.size() != actualTokens.size()) {
            return expectedTokens.size() + " tokens expected, " + actualTokens.size() + " found";
        }
        for (int t = 0; t < expectedTokens.size(); t++) {
            String want = expected.substring(expectedTokens.get(t)[0], expectedTokens.get(t)[1]);
            String got = actual.substring(actualTokens.get(t)[0], actualTokens.get(t)[1]);
            if (columns && expectedTokens.get(t)[0] != actualTokens.get(t)[0]) {
                return "'" + got + "' starts in column " + (actualTokens.get(t)[0] + 1) + ", not "
                        + (expectedTokens.get(t)[0] + 1);
            }
            if (!want.equals(got) && !sameNumber(want, got)) {
                return "'" + got + "' instead of '" + want + "'";
            }
        }
        return null;
    }

    private static boolean sameNumber(String want, String got) {
        try {
            double a = Double.parseDouble(want.replaceAll("[,\\]}]+$", ""));
            double b = Double.parseDouble(got.replaceAll("[,\\]}]+$", ""));
            return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<int[]> tokens(String line) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new int[] {start, i});
            }
        }
        return tokens;
    }
}
