package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;
import java.util.Locale;

/**
 * SCIP's solution file ({@code scip -c "read m.mps optimize write solution out.sol quit"}), and
 * the MIPLIB format SCIP also reads.
 *
 * <p>Lines: {@code solution status: optimal solution found} (or {@code infeasible},
 * {@code time limit reached}, ...), {@code objective value: V}, then {@code name value} for the
 * nonzero columns, each possibly followed by {@code (obj:c)}; {@code no solution available} when
 * there is none. The MIPLIB form has {@code =obj= V} instead of the two header lines. Values are
 * printed with 15 significant digits; unlisted columns are 0.
 */
final class ScipSolution {
    static final int DIGITS = 15;

    private ScipSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        SolveStatus status = SolveStatus.FEASIBLE;
        String statusText = "solution";
        double objective = Double.NaN;
        SolutionFile.Values values = new SolutionFile.Values();
        String line;
        while ((line = lines.next()) != null) {
            String trimmed = line.trim();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (lower.startsWith("solution status:")) {
                statusText = trimmed.substring("solution status:".length()).trim();
                status = status(statusText.toLowerCase(Locale.ROOT));
            } else if (lower.startsWith("objective value:")) {
                objective = lines.number(trimmed.substring("objective value:".length()), "the objective");
            } else if (lower.startsWith("=obj=")) {
                objective = lines.number(trimmed.substring("=obj=".length()), "the objective");
            } else if (lower.startsWith("no solution available")) {
                return new SolutionFile(SolverFormat.SCIP, status.hasSolution() ? SolveStatus.NO_SOLUTION : status,
                        statusText, Double.NaN, false, -1, new SolutionFile.Values());
            } else {
                String[] fields = SolutionLines.fields(trimmed);
                if (fields.length < 2) {
                    throw lines.error("expected 'name value', found '" + line + "'");
                }
                values.add(fields[0], lines.number(fields[1], "the value of " + fields[0]));
            }
        }
        return new SolutionFile(SolverFormat.SCIP, status, statusText, objective, false, -1, values);
    }

    private static SolveStatus status(String lower) {
        if (lower.contains("infeasible")) {
            return SolveStatus.INFEASIBLE;
        }
        if (lower.contains("unbounded")) {
            return SolveStatus.UNBOUNDED;
        }
        return lower.contains("optimal") ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    }
}
