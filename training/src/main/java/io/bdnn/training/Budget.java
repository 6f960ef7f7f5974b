package io.bdnn.training;

import io.bdnn.solve.SolverOptions;

/**
 * The time a training run may take: {@code time} bounds the whole run, {@code per_mip} each
 * MILP. Each MILP gets {@code min(per_mip, time left)}; with neither, MILPs run without limit.
 */
public final class Budget {
    /** A MILP is not started with less time than this left: it could not even load the model. */
    static final double MINIMUM_SECONDS = 0.5;

    private final SolverOptions options;
    private final Double perMip;
    private final long started = System.nanoTime();

    /**
     * @param options the solver options; their time limit bounds the whole run
     * @param perMip  the limit of each MILP, or null
     */
    public Budget(SolverOptions options, Double perMip) {
        this.options = options;
        this.perMip = perMip;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Seconds left of the whole run, or infinity without a total limit. */
    public double remainingSeconds() {
        Double total = options.timeLimitSeconds();
        return total == null ? Double.POSITIVE_INFINITY : total - elapsedSeconds();
    }

    /** Whether too little time is left to start another MILP. */
    public boolean exhausted() {
        return remainingSeconds() < MINIMUM_SECONDS;
    }

    /** The options for the next MILP: the time limit is the smaller of per_mip and the time left. */
    public SolverOptions nextMilp() {
        double limit = Math.min(perMip == null ? Double.POSITIVE_INFINITY : perMip, remainingSeconds());
        return options.withTimeLimit(Double.isInfinite(limit) ? null : Math.max(limit, MINIMUM_SECONDS));
    }
}
