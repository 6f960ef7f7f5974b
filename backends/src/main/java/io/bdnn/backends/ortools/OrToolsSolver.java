package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import io.bdnn.milp.LinearModel;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Solves a {@link LinearModel} in-process with OR-Tools' {@code MPSolver}, by the language's
 * names {@code scip}, {@code cbc}, {@code cp-sat} and {@code highs} (null means {@code scip}).
 *
 * <p>Options: the time limit goes to {@code setTimeLimit}; the relative gap to
 * {@code RELATIVE_MIP_GAP} (and to {@code mip_rel_gap} for HiGHS, which ignores the former); the
 * thread count to {@code setNumThreads} (CBC and HiGHS ignore it); the seed to each solver's own
 * parameter (none exists for CBC). A start becomes a hint for SCIP, CP-SAT and CBC (which ignores
 * it), never for HiGHS, where any hint crashes the JVM. Each solve builds a fresh native solver
 * and deletes it before returning, so instances of this class hold no native memory and may be
 * used from several threads at once.
 */
public final class OrToolsSolver implements MilpSolver {
    private static final OrToolsEngine DEFAULT_ENGINE = OrToolsEngine.SCIP;
    /** A cap on the time limit handed to OR-Tools, in milliseconds (about 24 days). */
    private static final long MAX_TIME_LIMIT_MILLIS = Integer.MAX_VALUE;

    private final Map<OrToolsEngine, List<String>> extraSettings;
    /**
     * The native solvers running now, so that {@link #interrupt} can reach them, each with whether
     * it was interrupted; guarded by itself.
     */
    private final Map<MPSolver, boolean[]> running = new java.util.IdentityHashMap<>();

    /** A solver with every engine's default parameters. */
    public OrToolsSolver() {
        this.extraSettings = new EnumMap<>(OrToolsEngine.class);
    }

    /**
     * A solver that also passes raw solver-specific settings, keyed by language name, each in that
     * solver's syntax (for tuning and for tests). CBC takes none; a setting the solver rejects is
     * reported in the result's message, and for HiGHS it fails the solve with ABNORMAL.
     */
    OrToolsSolver(Map<String, List<String>> extraSettings) {
        this();
        extraSettings.forEach((name, settings) -> {
            OrToolsEngine engine = OrToolsEngine.byName(name);
            if (engine == null) {
                throw new IllegalArgumentException("unknown solver '" + name + "'");
            }
            this.extraSettings.put(engine, List.copyOf(settings));
        });
    }

    @Override
    public List<String> names() {
        return OrToolsEngine.languageNames();
    }

    @Override
    public String unsupported(LinearModel model, SolverOptions options) {
        String problem = OrToolsSupport.optionsProblem(options);
        return problem != null ? problem : OrToolsSupport.modelProblem(engine(options), model);
    }

    /**
     * Solves the model. Unsupported models and options give ABNORMAL with the reason as message.
     * {@code seconds} covers the whole call, building the native model included.
     *
     * @throws IllegalArgumentException when {@code start} does not have one value per column
     * @throws IllegalStateException    when OR-Tools' native libraries cannot be loaded
     */
    @Override
    public SolveResult solve(LinearModel model, SolverOptions options, double[] start) {
        long started = System.nanoTime();
        if (start != null && start.length != model.numColumns()) {
            throw new IllegalArgumentException("the start has " + start.length + " values but the model has "
                    + model.numColumns() + " columns");
        }
        String problem = unsupported(model, options);
        if (problem != null) {
            return noSolution(SolveStatus.ABNORMAL, problem, started);
        }
        OrToolsNatives.load();
        OrToolsEngine engine = engine(options);
        MPSolver solver = MPSolver.createSolver(engine.solverId());
        if (solver == null) {
            return noSolution(SolveStatus.ABNORMAL, "this OR-Tools build has no " + engine.languageName(), started);
        }
        MPSolverParameters parameters = new MPSolverParameters();
        HighsSolutionFile highsFile = engine == OrToolsEngine.HIGHS ? HighsSolutionFile.create() : null;
        try {
            MPVariable[] variables = MpModelTranslator.translate(model, solver, true);
            String warning = configure(solver, parameters, engine, options == null ? defaults() : options, highsFile);
            if (start != null && engine.takesHint()) {
                hint(solver, variables, start);
            }
            boolean[] interrupted = new boolean[1];
            synchronized (running) {
                running.put(solver, interrupted);
            }
            SolveResult result = run(solver, parameters, variables, model, engine, highsFile, started);
            synchronized (running) {
                if (interrupted[0] && !result.status().hasSolution() && result.status() != SolveStatus.INFEASIBLE) {
                    // SCIP reports an interrupt before its first solution as ABNORMAL.
                    result = noSolution(SolveStatus.NO_SOLUTION, "interrupted before " + engine.languageName()
                            + " found a solution", started);
                }
            }
            return warning.isEmpty() ? result : withMessage(result, warning);
        } finally {
            synchronized (running) {
                running.remove(solver);
            }
            solver.delete();
            parameters.delete();
            if (highsFile != null) {
                highsFile.close();
            }
        }
    }

    /**
     * Interrupts every solve of this instance that is running now ({@code MPSolver.interruptSolve}):
     * SCIP on one thread and CP-SAT stop within milliseconds and return their best solution so
     * far. CBC and HiGHS ignore it (OR-Tools' interfaces to them cannot interrupt), and so does
     * SCIP with several threads (OR-Tools then runs SCIP's concurrent solver, whose copies never
     * see the interrupt): they run to their time limit. Measured on a 500-item knapsack with a 15 s
     * limit, interrupted after 2 s: SCIP 2.0 s, CP-SAT 2.0 s, HiGHS 15.1 s, CBC 26.7 s, SCIP with
     * threads 2 17.8 s. An interrupt that comes before the native search began may be lost
     * (SCIP clears it when it starts), so callers that must stop repeat it.
     */
    @Override
    public void interrupt() {
        synchronized (running) {
            running.forEach((solver, interrupted) -> {
                interrupted[0] = true;
                solver.interruptSolve();
            });
        }
    }

    /** SCIP on one thread and CP-SAT; see {@link #interrupt}. */
    @Override
    public boolean interruptible(SolverOptions options) {
        OrToolsEngine engine = OrToolsEngine.byName(options == null || options.solver() == null ? "scip" : options.solver());
        boolean oneThread = options == null || options.threads() == null || options.threads() <= 1;
        return engine == OrToolsEngine.CP_SAT || engine == OrToolsEngine.SCIP && oneThread;
    }

    private static OrToolsEngine engine(SolverOptions options) {
        if (options == null || options.solver() == null) {
            return DEFAULT_ENGINE;
        }
        OrToolsEngine engine = OrToolsEngine.byName(options.solver());
        if (engine == null) {
            throw new IllegalArgumentException(OrToolsSupport.optionsProblem(options));
        }
        return engine;
    }

    private static SolverOptions defaults() {
        return new SolverOptions(null, null, null, null, null);
    }

    /** Applies the options; returns a warning when the solver rejected its specific parameters. */
    private String configure(MPSolver solver, MPSolverParameters parameters, OrToolsEngine engine,
                             SolverOptions options, HighsSolutionFile highsFile) {
        if (options.timeLimitSeconds() != null) {
            long millis = Math.max(1, Math.round(options.timeLimitSeconds() * 1000));
            solver.setTimeLimit(Math.min(millis, MAX_TIME_LIMIT_MILLIS));
        }
        if (options.relativeGap() != null) {
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
        }
        if (options.threads() != null) {
            solver.setNumThreads(options.threads());
        }
        List<String> settings = new ArrayList<>(engine.optionParameters(options));
        settings.addAll(extraSettings.getOrDefault(engine, List.of()));
        if (highsFile != null) {
            settings.addAll(highsFile.settings());
        }
        if (settings.isEmpty() || !engine.takesSpecificParameters()) {
            return "";
        }
        String text = engine.joinParameters(settings);
        // HiGHS always answers false here yet keeps the text and applies it at solve time.
        boolean accepted = solver.setSolverSpecificParametersAsString(text);
        return accepted || engine == OrToolsEngine.HIGHS ? ""
                : engine.languageName() + " rejected the parameters '" + text.replace('\n', ';')
                        + "' and solved without some of them";
    }

    /** Passes the finite values of the start as a hint. */
    private static void hint(MPSolver solver, MPVariable[] variables, double[] start) {
        List<MPVariable> hinted = new ArrayList<>(variables.length);
        double[] values = new double[variables.length];
        for (int col = 0; col < variables.length; col++) {
            if (Double.isFinite(start[col])) {
                values[hinted.size()] = start[col];
                hinted.add(variables[col]);
            }
        }
        solver.setHint(hinted.toArray(MPVariable[]::new), Arrays.copyOf(values, hinted.size()));
    }

    private static SolveResult run(MPSolver solver, MPSolverParameters parameters, MPVariable[] variables,
                                   LinearModel model, OrToolsEngine engine, HighsSolutionFile highsFile,
                                   long started) {
        MPSolver.ResultStatus status;
        try {
            status = solver.solve(parameters);
        } catch (IllegalArgumentException unknownStatus) {
            // The native status code has no Java constant: 99 (unknown) when HiGHS stops at a
            // limit, 85 when a solver rejects its parameters at solve time.
            return engine == OrToolsEngine.HIGHS
                    ? HighsOutcome.fromFile(highsFile, model, unknownStatus.getMessage(), started)
                    : noSolution(SolveStatus.ABNORMAL, engine.languageName() + " returned a status OR-Tools' Java API"
                            + " does not know: " + unknownStatus.getMessage(), started);
        }
        if (engine == OrToolsEngine.HIGHS && status != MPSolver.ResultStatus.OPTIMAL) {
            return HighsOutcome.afterStatus(status, highsFile, model, started);
        }
        SolveStatus mapped = OrToolsStatus.of(status);
        String message = OrToolsStatus.message(status, engine);
        if (!mapped.hasSolution()) {
            double bound = mapped == SolveStatus.NO_SOLUTION && engine != OrToolsEngine.HIGHS
                    ? finiteOrNaN(solver.objective().bestBound()) : Double.NaN;
            return new SolveResult(mapped, Double.NaN, bound, null, secondsSince(started), message);
        }
        double[] values = new double[variables.length];
        for (int col = 0; col < variables.length; col++) {
            values[col] = variables[col].solutionValue();
        }
        return new SolveResult(mapped, solver.objective().value(), finiteOrNaN(solver.objective().bestBound()),
                values, secondsSince(started), message);
    }

    static SolveResult noSolution(SolveStatus status, String message, long started) {
        return new SolveResult(status, Double.NaN, Double.NaN, null, secondsSince(started), message);
    }

    private static SolveResult withMessage(SolveResult result, String warning) {
        String message = result.message().isEmpty() ? warning : result.message() + "; " + warning;
        return new SolveResult(result.status(), result.objective(), result.bestBound(), result.values(),
                result.seconds(), message);
    }

    /** An infinite bound is the trivial one and says nothing, so it is reported as unknown. */
    static double finiteOrNaN(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
