package io.bdnn.solve;

/**
 * What a user asked of the solver. Null fields mean "the solver's default".
 *
 * @param solver            solver name as in the language: {@code scip}, {@code cbc}, {@code cp-sat}, {@code highs}
 * @param timeLimitSeconds  wall-clock limit for one solve
 * @param relativeGap       relative MIP gap at which to stop
 * @param threads           number of threads
 * @param seed              random seed
 */
public record SolverOptions(String solver, Double timeLimitSeconds, Double relativeGap, Integer threads,
                            Integer seed) {

    public SolverOptions withSolver(String name) {
        return new SolverOptions(name, timeLimitSeconds, relativeGap, threads, seed);
    }

    public SolverOptions withTimeLimit(Double seconds) {
        return new SolverOptions(solver, seconds, relativeGap, threads, seed);
    }
}
