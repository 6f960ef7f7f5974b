package io.bdnn.backends.solutions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The solution files {@code bdnn import} reads, one parser each, and how a file's format is
 * recognised when {@code --from} is not given: by its first lines (up to {@value #PROBE_LINES}
 * non-blank ones).
 * <ul>
 *   <li>GLPK: {@code c } comments and an {@code s mip} / {@code s bas} line;</li>
 *   <li>HiGHS: {@code Model status};</li>
 *   <li>SCIP: {@code solution status:} or {@code =obj=} (MIPLIB);</li>
 *   <li>Gurobi: a {@code #} comment first ({@code # Solution for model ...}, or an MST start);</li>
 *   <li>CBC: {@code STATUS - objective value V} on the first line;</li>
 *   <li>lp_solve: {@code Value of objective function:}, {@code Actual values of the} or
 *       {@code This problem is ...}.</li>
 * </ul>
 */
public enum SolverFormat {
    CBC("cbc", CbcSolution.DIGITS),
    GLPK("glpk", GlpkSolution.DIGITS),
    HIGHS("highs", HighsSolution.DIGITS),
    SCIP("scip", ScipSolution.DIGITS),
    GUROBI("gurobi", GurobiSolution.DIGITS),
    LP_SOLVE("lp_solve", LpSolveSolution.DIGITS);

    static final int PROBE_LINES = 20;
    private final String label;
    private final int digits;

    SolverFormat(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    /** The name used by {@code --from}. */
    public String label() {
        return label;
    }

    /** Significant digits of the values in the file, which sets the tolerance of the checks. */
    public int digits() {
        return digits;
    }

    public static SolverFormat byLabel(String label) {
        for (SolverFormat format : values()) {
            if (format.label.equals(label) || format.label.replace("_", "").equals(label)) {
                return format;
            }
        }
        return null;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(SolverFormat::label).toList();
    }

    /** Parses a file in this format (gzip-compressed when its name ends in {@code .gz}). */
    public SolutionFile read(Path file) throws IOException, SolutionFormatException {
        try (BufferedReader reader = open(file)) {
            return parse(new SolutionLines(file.toString(), reader));
        }
    }

    SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        return switch (this) {
            case CBC -> CbcSolution.parse(lines);
            case GLPK -> GlpkSolution.parse(lines);
            case HIGHS -> HighsSolution.parse(lines);
            case SCIP -> ScipSolution.parse(lines);
            case GUROBI -> GurobiSolution.parse(lines);
            case LP_SOLVE -> LpSolveSolution.parse(lines);
        };
    }

    /** Recognises a file's format from its first lines, or fails listing the formats. */
    public static SolverFormat detect(Path file) throws IOException, SolutionFormatException {
        List<String> first = new ArrayList<>();
        try (BufferedReader reader = open(file)) {
            String line;
            while (first.size() < PROBE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    first.add(line.trim());
                }
            }
        }
        if (first.isEmpty()) {
            throw new SolutionFormatException(file + ": the solution file is empty (CBC leaves it so when it"
                    + " could not read the model)");
        }
        SolverFormat format = detect(first);
        if (format == null) {
            throw new SolutionFormatException(file + ": not a solution file of " + String.join(", ", labels())
                    + "; first line '" + first.get(0) + "' (name the solver with --from)");
        }
        return format;
    }

    static SolverFormat detect(List<String> first) {
        String head = first.get(0);
        if (head.equals("Model status")) {
            return HIGHS;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("solution status:") || lower.startsWith("=obj=")) {
            return SCIP;
        }
        if (lower.startsWith("#")) {
            return GUROBI;
        }
        int dash = head.indexOf(" - objective value");
        if (dash > 0 && CbcSolution.status(head.substring(0, dash).trim()) != null
                || CbcSolution.status(head) != null && first.size() > 1 && first.get(1).matches("\\d+\\s.*")) {
            return CBC;
        }
        for (String line : first) {
            if (line.startsWith("s mip") || line.startsWith("s bas") || line.startsWith("s ipt")) {
                return GLPK;
            }
            if (line.startsWith("Value of objective function:") || line.startsWith("Actual values of the")
                    || line.startsWith("This problem is")) {
                return LP_SOLVE;
            }
        }
        return null;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
