package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.io.IOException;

/**
 * GLPK's plain solution file ({@code glpsol --freemps m.mps -w out.sol}).
 *
 * <p>Lines: {@code c ...} comments; {@code s mip ROWS COLS STATUS OBJ} with STATUS {@code o}
 * (optimal), {@code f} (feasible), {@code n} (no integer solution) or {@code u} (undefined);
 * {@code i ROW VALUE} per row; {@code j COL VALUE} per column; {@code e o f} at the end. Columns
 * are given by number, in the order of the model file (the COLUMNS section of MPS, first
 * appearance in LP; bdnn's files keep the model's order in both), never by name. Values have
 * 15 significant digits. {@code s bas} or {@code s ipt} means GLPK solved only an LP.
 */
final class GlpkSolution {
    static final int DIGITS = 15;

    private GlpkSolution() {
    }

    static SolutionFile parse(SolutionLines lines) throws IOException, SolutionFormatException {
        SolutionFile.Values values = new SolutionFile.Values();
        SolveStatus status = null;
        String statusText = null;
        double objective = Double.NaN;
        long columns = -1;
        boolean ended = false;
        String line;
        while ((line = lines.next()) != null) {
            String[] fields = SolutionLines.fields(line);
            if (fields.length == 0 || fields[0].equals("c")) {
                continue;
            }
            switch (fields[0]) {
                case "s" -> {
                    if (fields.length < 6) {
                        throw lines.error("expected 's mip ROWS COLS STATUS OBJ', found '" + line + "'");
                    }
                    if (!fields[1].equals("mip")) {
                        throw lines.error("GLPK wrote an LP solution ('s " + fields[1]
                                + "'), not a MIP one: was the model read without its integer columns?");
                    }
                    columns = (long) lines.number(fields[3], "the column count");
                    statusText = fields[4];
                    status = switch (fields[4]) {
                        case "o" -> SolveStatus.OPTIMAL;
                        case "f" -> SolveStatus.FEASIBLE;
                        case "n" -> SolveStatus.INFEASIBLE;
                        default -> SolveStatus.NO_SOLUTION;
                    };
                    objective = lines.number(fields[5], "the objective");
                }
                case "i" -> {
                    // Row activities: the importer recomputes them from the columns.
                }
                case "j" -> {
                    if (fields.length < 3) {
                        throw lines.error("expected 'j COL VALUE', found '" + line + "'");
                    }
                    values.add((int) lines.number(fields[1], "the column number"),
                            lines.number(fields[2], "the value of column " + fields[1]));
                }
                case "e" -> ended = true;
                default -> throw lines.error("not a GLPK solution line: '" + line + "'");
            }
        }
        if (status == null) {
            throw lines.fileError("not a GLPK solution: no 's mip' line");
        }
        if (!ended) {
            throw lines.fileError("the GLPK solution is truncated: it does not end with 'e o f'");
        }
        if (status.hasSolution() && values.size() != columns) {
            throw lines.fileError("the GLPK solution is truncated: it gives " + values.size() + " of its "
                    + columns + " columns");
        }
        return new SolutionFile(SolverFormat.GLPK, status, statusText, objective, true, columns, values);
    }
}
