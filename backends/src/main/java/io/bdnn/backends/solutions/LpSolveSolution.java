package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;

/**
 * What lp_solve prints ({@code lp_solve -fmps m.mps -S3 > out.txt}): it writes no solution file.
 *
 * <p>Lines: {@code Value of objective function: V}, a blank line,
 * {@code Actual values of the variables:}, one line {@code name value} per column
 * ({@code %-20s %12g}: 6 significant digits), a blank line, {@code Actual values of the
 * constraints:} and more. {@code This problem is infeasible} or {@code ... unbounded} instead
 * when there is no solution; {@code The model is sub-optimal} when it stopped at a limit. Every
 * column is listed, so a shorter list means the output was cut off.
 */
final class LpSolveSolution {
    static final int DIGITS = 6;

    private LpSolveSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        SolveStatus status = SolveStatus.OPTIMAL;
        String statusText = "optimal";
        double objective = Double.NaN;
        SolutionFile.Values values = new SolutionFile.Values();
        boolean inVariables = false;
        boolean sawVariables = false;
        String line;
        while ((line = lines.next()) != null) {
            String trimmed = line.trim();
            if (inVariables) {
                if (trimmed.isEmpty() || trimmed.startsWith("Actual values of the constraints")) {
                    inVariables = false;
                    continue;
                }
                String[] fields = SolutionLines.fields(trimmed);
                if (fields.length != 2) {
                    throw lines.error("expected 'name value', found '" + line + "'");
                }
                values.add(fields[0], lines.number(fields[1], "the value of " + fields[0]));
            } else if (trimmed.startsWith("This problem is infeasible")) {
                return new SolutionFile(SolverFormat.LP_SOLVE, SolveStatus.INFEASIBLE, trimmed, Double.NaN, true, -1, values);
            } else if (trimmed.startsWith("This problem is unbounded")) {
                return new SolutionFile(SolverFormat.LP_SOLVE, SolveStatus.UNBOUNDED, trimmed, Double.NaN, true, -1, values);
            } else if (trimmed.startsWith("The model is sub-optimal")) {
                status = SolveStatus.FEASIBLE;
                statusText = "sub-optimal";
            } else if (trimmed.startsWith("Value of objective function:")) {
                objective = lines.number(trimmed.substring("Value of objective function:".length()), "the objective");
            } else if (trimmed.startsWith("Actual values of the variables")) {
                inVariables = true;
                sawVariables = true;
            } else if (trimmed.startsWith("Dual value")) {
                break;
            }
        }
        if (!sawVariables) {
            throw lines.fileError("no 'Actual values of the variables' in lp_solve's output: run it with -S3");
        }
        return new SolutionFile(SolverFormat.LP_SOLVE, status, statusText, objective, true, -1, values);
    }
}
