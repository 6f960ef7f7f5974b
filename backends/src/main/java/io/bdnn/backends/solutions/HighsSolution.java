package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;

/**
 * HiGHS's solution file ({@code highs m.mps --solution_file out.sol}), in the two styles HiGHS
 * itself reads back: raw (the default, {@code write_solution_style 0}) and sparse (style 4).
 *
 * <p>Lines: {@code Model status}, the status ({@code Optimal}, {@code Infeasible},
 * {@code Time limit reached}, ...), a blank line, {@code # Primal solution values}, then
 * {@code None}, or {@code Feasible}/{@code Infeasible} followed by {@code Objective V} and
 * {@code # Columns N}. With N >= 0 (raw) N lines {@code name value} follow, one per column in
 * order; with N < 0 (sparse) -N lines {@code name value index} for the nonzero columns. Rows,
 * duals and basis come after and are ignored. Values have at least 13 significant digits. The
 * "pretty" style (1) is a report, not a solution file, and is refused.
 */
final class HighsSolution {
    static final int DIGITS = 13;

    private HighsSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        String first = lines.nextNonBlank();
        if (first == null || !first.trim().equals("Model status")) {
            throw lines.error("not a HiGHS solution: it should start with 'Model status'");
        }
        String statusText = nonNull(lines, lines.next(), "the model status").trim();
        String header = lines.nextNonBlank();
        if (header == null || !header.startsWith("# Primal solution values")) {
            throw lines.error("expected '# Primal solution values' (write the solution with --write_solution_style 0)");
        }
        String primal = nonNull(lines, lines.next(), "the primal solution status").trim();
        SolveStatus status = status(statusText);
        if (primal.equals("None")) {
            return new SolutionFile(SolverFormat.HIGHS, status.hasSolution() ? SolveStatus.NO_SOLUTION : status,
                    statusText, Double.NaN, true, -1, new SolutionFile.Values());
        }
        String objectiveLine = nonNull(lines, lines.next(), "the objective").trim();
        if (!objectiveLine.startsWith("Objective")) {
            throw lines.error("expected 'Objective V', found '" + objectiveLine + "'");
        }
        double objective = lines.number(objectiveLine.substring("Objective".length()), "the objective");
        String[] count = SolutionLines.fields(nonNull(lines, lines.next(), "'# Columns N'"));
        if (count.length != 3 || !count[0].equals("#") || !count[1].equals("Columns")) {
            throw lines.error("expected '# Columns N'");
        }
        long columns = (long) lines.number(count[2], "the column count");
        boolean sparse = columns < 0;
        SolutionFile.Values values = new SolutionFile.Values();
        for (long entry = 0; entry < Math.abs(columns); entry++) {
            String line = lines.next();
            if (line == null) {
                throw lines.fileError("the HiGHS solution is truncated: it gives " + entry + " of its "
                        + Math.abs(columns) + " columns");
            }
            String[] fields = SolutionLines.fields(line);
            if (fields.length < (sparse ? 3 : 2)) {
                throw lines.error(sparse ? "expected 'name value index'" : "expected 'name value'");
            }
            values.add(fields[0], lines.number(fields[1], "the value of " + fields[0]));
        }
        if (!primal.equals("Feasible") && status.hasSolution()) {
            status = SolveStatus.NO_SOLUTION;
        }
        return new SolutionFile(SolverFormat.HIGHS, status, statusText, objective, !sparse,
                sparse ? -1 : columns, values);
    }

    private static SolveStatus status(String text) {
        return switch (text) {
            case "Optimal" -> SolveStatus.OPTIMAL;
            case "Infeasible" -> SolveStatus.INFEASIBLE;
            case "Unbounded", "Primal infeasible or unbounded" -> SolveStatus.UNBOUNDED;
            case "Load error", "Model error", "Presolve error", "Solve error", "Postsolve error" -> SolveStatus.ABNORMAL;
            default -> SolveStatus.FEASIBLE;
        };
    }

    private static String nonNull(SolutionLines lines, String line, String what) throws SolutionFormatException {
        if (line == null) {
            throw lines.fileError("the HiGHS solution is truncated before " + what);
        }
        return line;
    }
}
