package io.bdnn.solve;

/**
 * The outcome of one MILP solve.
 *
 * @param status     how it ended
 * @param objective  objective value of {@code values} including the model's constant; NaN without a solution
 * @param bestBound  the solver's proven lower bound including the constant; NaN when unknown
 * @param values     one value per column of the model; null without a solution
 * @param seconds    wall-clock time of the solve
 * @param message    the solver's own words when something went wrong, else empty
 */
public record SolveResult(SolveStatus status, double objective, double bestBound, double[] values,
                          double seconds, String message) {
}
