package io.bdnn.verify;

import io.bdnn.bounds.BoundsAnalysis;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Lowerer;
import io.bdnn.lowering.LoweringRegistry;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;

/**
 * Decides for one point whether any point of the box {@code |x' - x| <= r} (scaled units) makes
 * the model predict another class, by the verification MILP of {@link VerifiedModel#graph}.
 *
 * <p>The MILP is first solved as a relaxation of the forward pass: every step margin is 0, so
 * {@code u = 1} needs {@code a >= 0} and {@code u = 0} needs {@code a <= 0} (the forward pass has
 * {@code u = 1} iff {@code a > 0}). If the relaxation is infeasible no point of the box changes
 * the prediction: <b>robust</b> (up to the solver's feasibility tolerance). If it has a solution,
 * its x' is clamped to the box, written in raw units, read back through the stored scaler and run
 * through the exact forward pass, as {@code bdnn predict} would: if the class differs the point is
 * <b>vulnerable</b> with that counterexample. A solution that sits on a threshold ({@code a = 0}
 * with {@code u = 1}) is not one; the MILP is then solved again with a layer-1 margin eps
 * ({@code u = 1} needs {@code a >= eps}), whose solutions clear the threshold: the compiler's
 * safe eps first, then 1e-6 and 1e-8 for counterexamples that only exist in a thin slice above a
 * threshold. If none finds one, or a time limit stops a solve, the point is <b>unknown</b>.
 *
 * <p>Radius search minimises rho in {@code |x' - x| <= rho r}, rho in {@code [0, R]}: the solver's
 * proven lower bound is the certified radius (no counterexample is closer), the distance of the
 * checked counterexample an upper end; their difference is the tolerance. The status is that of
 * the ball of radius R.
 */
public final class Verifier {
    /**
     * The layer-1 margins tried, in turn, after a relaxed solution that is not a counterexample:
     * the compiler's safe eps (NaN: chosen as for training, at least 1e-4), then smaller ones for
     * counterexamples that only exist in a thin slice above a threshold.
     */
    static final double[] SAFE_MARGINS = {Double.NaN, 1e-6, 1e-8};

    private final VerifiedModel model;
    private final MilpSolver solver;
    private final SolverOptions options;

    public Verifier(VerifiedModel model, MilpSolver solver, SolverOptions options) {
        this.model = model;
        this.solver = solver;
        this.options = options;
    }

    /**
     * Verifies the point {@code raw} (raw units) on the box of scaled radii {@code radii}, or with
     * {@code searchUpTo} a number, searches its certified radius up to that multiple of the radii.
     */
    public PointResult verify(double[] raw, double[] radii, double searchUpTo) {
        long started = System.nanoTime();
        double[] centre = model.scaling().apply(raw);
        int predicted = model.predict(centre);
        IrGraph graph = model.graph(centre, radii, predicted, searchUpTo);
        boolean search = !Double.isNaN(searchUpTo);
        Attempt relaxed = solve(graph, 0.0, raw, centre, radii, searchUpTo, predicted);
        double lo = search ? relaxed.lowerBound(searchUpTo) : Double.NaN;
        if (relaxed.result.status() == SolveStatus.INFEASIBLE) {
            return done(PointResult.Status.ROBUST, predicted, null, lo, search ? Double.POSITIVE_INFINITY : Double.NaN,
                    started, "");
        }
        if (!relaxed.result.status().hasSolution()) {
            return done(PointResult.Status.UNKNOWN, predicted, null, lo, search ? Double.POSITIVE_INFINITY : Double.NaN,
                    started, "solver: " + relaxed.result.status().name().toLowerCase() + " " + relaxed.result.message());
        }
        Attempt found = relaxed;
        for (int m = 0; m < SAFE_MARGINS.length && found.counterexample == null; m++) {
            found = solve(graph, SAFE_MARGINS[m], raw, centre, radii, searchUpTo, predicted);
        }
        if (found.counterexample == null) {
            return done(PointResult.Status.UNKNOWN, predicted, null, lo, search ? Double.POSITIVE_INFINITY : Double.NaN,
                    started, "every point the MILP finds sits within 1e-8 of a step threshold");
        }
        Counterexample counter = found.counterexample;
        return new PointResult(PointResult.Status.VULNERABLE, predicted, counter.raw(), counter.predicted(), lo,
                search ? Math.max(lo, counter.distance()) : Double.NaN, seconds(started), "");
    }

    private PointResult done(PointResult.Status status, int predicted, double[] counter, double lo, double hi,
                             long started, String note) {
        return new PointResult(status, predicted, counter, -1, lo, hi, seconds(started), note);
    }

    /** One solve: its result and, when its x' is a genuine counterexample, that. */
    private record Attempt(SolveResult result, Counterexample counterexample) {
        /** The proven lower bound of rho, clipped to [0, R]; R when infeasible. */
        double lowerBound(double upTo) {
            if (result.status() == SolveStatus.INFEASIBLE) {
                return upTo;
            }
            double bound = result.status() == SolveStatus.OPTIMAL && Double.isNaN(result.bestBound())
                    ? result.objective() : result.bestBound();
            return Double.isNaN(bound) ? 0 : Math.max(0, Math.min(upTo, bound));
        }
    }

    private Attempt solve(IrGraph graph, double margin, double[] raw, double[] centre, double[] radii, double upTo,
                          int predicted) {
        LoweredNetwork lowered = Lowerer.lower("verify", graph, BoundsAnalysis.analyse(graph, margin),
                LoweringRegistry.defaults());
        String unsupported = solver.unsupported(lowered.model(), options);
        if (unsupported != null) {
            throw new UnsupportedSolver(unsupported);
        }
        SolveResult result = solver.solve(lowered.model(), options, null);
        if (!result.status().hasSolution()) {
            return new Attempt(result, null);
        }
        var refs = lowered.refs().get(graph.find(IrNode.InputBall.class, 0));
        double[] point = new double[centre.length];
        for (int j = 0; j < point.length; j++) {
            point[j] = refs.value(j, result.values());
        }
        double factor = Double.isNaN(upTo) ? 1 : upTo;
        return new Attempt(result, Counterexample.check(model, raw, centre, radii, factor, point, predicted));
    }

    /** The solver cannot solve the verification MILP (its reason, in words). */
    public static final class UnsupportedSolver extends RuntimeException {
        UnsupportedSolver(String reason) {
            super(reason);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
