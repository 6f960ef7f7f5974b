package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;

/**
 * Gurobi's solution file ({@code gurobi_cl ResultFile=out.sol m.mps}).
 *
 * <p>Lines: {@code # Solution for model NAME}, {@code # Objective value = V}, other {@code #}
 * comments, then {@code name value}. Gurobi writes a file only when it has a solution and does
 * not say whether it is optimal, so the status is FEASIBLE. Values are printed in full
 * precision; a column the file does not name counts as 0.
 */
final class GurobiSolution {
    static final int DIGITS = 15;

    private GurobiSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        double objective = Double.NaN;
        SolutionFile.Values values = new SolutionFile.Values();
        String line;
        while ((line = lines.next()) != null) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                int equals = trimmed.indexOf('=');
                if (trimmed.toLowerCase(java.util.Locale.ROOT).contains("objective value") && equals > 0) {
                    objective = lines.number(trimmed.substring(equals + 1), "the objective");
                }
                continue;
            }
            String[] fields = SolutionLines.fields(trimmed);
            if (fields.length < 2) {
                throw lines.error("expected 'name value', found '" + line + "'");
            }
            values.add(fields[0], lines.number(fields[1], "the value of " + fields[0]));
        }
        return new SolutionFile(SolverFormat.GUROBI, SolveStatus.FEASIBLE, "solution", objective, false, -1, values);
    }
}
