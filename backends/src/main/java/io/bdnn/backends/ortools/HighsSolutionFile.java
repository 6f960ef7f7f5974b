package io.bdnn.backends.ortools;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HiGHS's own record of its final solution, written by HiGHS itself and read back here.
 *
 * <p>OR-Tools 9.15 loses the HiGHS incumbent whenever HiGHS stops at a limit: {@code solve()}
 * either throws (status code 99, which the Java enum lacks) or, once HiGHS writes a solution
 * file, returns FEASIBLE without loading any values. Passing {@code time_limit} as a HiGHS
 * parameter instead of {@code setTimeLimit} changes nothing, as both set the same option. HiGHS's
 * options {@code write_solution_to_file}, {@code solution_file} and {@code write_solution_style=4}
 * (sparse: only nonzero columns, with their index) make it write the incumbent, which this class
 * parses. The file lives in a fresh temporary folder, so its existence shows that HiGHS ran.
 *
 * <p>The format is {@code Model status}, the status line, a blank line,
 * {@code # Primal solution values}, {@code Feasible} (or {@code None}), {@code Objective v},
 * {@code # Columns -k}, then k lines {@code name value index}. A non-negative count means the
 * dense form, one {@code name value} line per column in order. HiGHS prints 13 significant
 * digits.
 */
final class HighsSolutionFile implements AutoCloseable {
    private final Path folder;
    private final Path file;

    /** What the file says: HiGHS's model status, and the column values when it holds a feasible solution. */
    record Contents(String modelStatus, double[] values) {
    }

    /** A solution file in an existing folder; {@link #create} makes a fresh one. */
    HighsSolutionFile(Path folder) {
        this.folder = folder;
        this.file = folder.resolve("highs.sol");
    }

    /**
     * Creates the temporary folder, or returns null when that fails or when its path holds a
     * character that HiGHS's parameter parser splits on (comma, space, equals sign, newline).
     */
    static HighsSolutionFile create() {
        try {
            Path folder = Files.createTempDirectory("bdnn-highs-");
            String path = folder.toAbsolutePath().toString();
            if (path.chars().anyMatch(c -> c == ',' || c == ' ' || c == '=' || c == '\n' || c == '\t')) {
                Files.deleteIfExists(folder);
                return null;
            }
            return new HighsSolutionFile(folder);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The HiGHS settings that make it write the file. */
    List<String> settings() {
        return List.of("write_solution_to_file=true", "solution_file=" + file.toAbsolutePath(), "write_solution_style=4");
    }

    /** Reads the file, or returns null when HiGHS did not write one (for example, it never ran). */
    Contents read(int numColumns) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String modelStatus = "";
            boolean feasible = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.equals("Model status")) {
                    modelStatus = nullToEmpty(reader.readLine()).trim();
                } else if (line.equals("# Primal solution values")) {
                    feasible = nullToEmpty(reader.readLine()).trim().equals("Feasible");
                } else if (line.startsWith("# Columns") && feasible) {
                    int count = Integer.parseInt(line.substring("# Columns".length()).trim());
                    return new Contents(modelStatus, readColumns(reader, count, numColumns));
                }
            }
            return new Contents(modelStatus, null);
        } catch (IOException | RuntimeException e) {
            return new Contents("unreadable solution file: " + e.getMessage(), null);
        }
    }

    /** Reads a dense ({@code count >= 0}) or sparse ({@code count < 0}) column section. */
    private static double[] readColumns(BufferedReader reader, int count, int numColumns) throws IOException {
        double[] values = new double[numColumns];
        boolean sparse = count < 0;
        int lines = Math.abs(count);
        if (!sparse && lines != numColumns) {
            throw new IOException("expected " + numColumns + " columns, found " + lines);
        }
        for (int k = 0; k < lines; k++) {
            String[] tokens = nullToEmpty(reader.readLine()).trim().split("\\s+");
            if (tokens.length < (sparse ? 3 : 2)) {
                throw new IOException("malformed column line " + (k + 1));
            }
            int col = sparse ? Integer.parseInt(tokens[tokens.length - 1]) : k;
            values[col] = parseValue(tokens[sparse ? tokens.length - 2 : tokens.length - 1]);
        }
        return values;
    }

    private static double parseValue(String text) {
        return switch (text) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Deletes the file and its folder; failures are ignored, as they only leave litter. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Leaving a small file in the temporary folder is harmless.
        }
    }
}
