package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;
import java.util.Locale;

/**
 * CBC's solution file ({@code cbc m.mps -solve -solu out.sol}).
 *
 * <p>Line 1 is {@code STATUS - objective value V} with STATUS one of {@code Optimal},
 * {@code Infeasible}, {@code Integer infeasible}, {@code Unbounded}, {@code Stopped on ...}
 * ({@code Stopped on time (no integer solution - continuous used)} when the values are only the
 * LP relaxation's);
 * then one line per column {@code index name value reduced_cost}, a line starting with
 * {@code **} when the value breaks a bound. Values are printed with 8 significant digits
 * ({@code %15.8g}). For all but tiny models only nonzero columns are listed, so the file is
 * sparse: a column it does not name is 0. CBC exits 0 even when it could not read the model, so
 * a missing or empty file is the sign of that.
 */
final class CbcSolution {
    static final int DIGITS = 8;

    private CbcSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        String first = lines.nextNonBlank();
        if (first == null) {
            throw lines.fileError("the CBC solution file is empty: CBC writes it even when it failed to read the model");
        }
        int dash = first.indexOf(" - objective value");
        String statusText = (dash >= 0 ? first.substring(0, dash) : first).trim();
        double objective = dash >= 0
                ? lines.number(first.substring(dash + " - objective value".length()), "the objective")
                : Double.NaN;
        SolveStatus status = status(statusText);
        if (status == null) {
            throw lines.error("not a CBC solution: the first line should read 'Optimal - objective value ...', found '"
                    + first + "'");
        }
        SolutionFile.Values values = new SolutionFile.Values();
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = SolutionLines.fields(line.startsWith("**") ? line.substring(2) : line);
            if (fields.length < 3 || !fields[0].chars().allMatch(Character::isDigit)) {
                throw lines.error("expected 'index name value', found '" + line + "'");
            }
            values.add(fields[1], lines.number(fields[2], "the value of " + fields[1]));
        }
        return new SolutionFile(SolverFormat.CBC, status, statusText, objective, false, -1, values);
    }

    /** The status of CBC's first line, or null when the line is not CBC's. */
    static SolveStatus status(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("optimal")) {
            return SolveStatus.OPTIMAL;
        }
        if (lower.equals("infeasible") || lower.equals("integer infeasible")) {
            return SolveStatus.INFEASIBLE;
        }
        if (lower.equals("unbounded")) {
            return SolveStatus.UNBOUNDED;
        }
        if (lower.contains("no integer solution")) {
            // "Stopped on time (no integer solution - continuous used)": the values are the LP relaxation's.
            return SolveStatus.NO_SOLUTION;
        }
        if (lower.startsWith("stopped on") || lower.equals("feasible")) {
            // Stopped at a limit: the values are an incumbent if CBC found one, which the
            // importer decides by checking them against the model.
            return SolveStatus.FEASIBLE;
        }
        return null;
    }
}
