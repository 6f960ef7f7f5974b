package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.OptionReader;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import io.bdnn.solve.SolverOptions;
import java.util.List;

/** Checks the {@code train} block: loss, method, solver and its options, epsilon. */
final class TrainChecker {
    static final List<String> METHODS = List.of("exact", "local_search", "split");
    static final List<String> SOLVERS = List.of("scip", "cbc", "cp-sat", "highs");
    /** The solvers that take indicator rows ({@code method exact indicators}); CBC and HiGHS do not. */
    static final List<String> INDICATOR_SOLVERS = List.of("scip", "cp-sat");
    static final List<String> SOLVER_OPTIONS = List.of("time", "gap", "threads", "seed", "per_mip");

    private TrainChecker() {
    }

    static TrainingSpec check(Ast.TrainBlock block, Diagnostics diagnostics) {
        Ast.LossDecl loss = null;
        Ast.MethodDecl method = null;
        Ast.SolverDecl solver = null;
        Ast.EpsilonDecl epsilon = null;
        Ast.RobustDecl robust = null;
        Ast.RegularizeDecl regularize = null;
        Ast.EnsembleDecl ensemble = null;
        Ast.JobsDecl jobs = null;
        for (Ast.TrainStatement statement : block.statements()) {
            if (statement instanceof Ast.LossDecl declared) {
                loss = once(loss, declared, "loss", diagnostics);
            } else if (statement instanceof Ast.MethodDecl declared) {
                method = once(method, declared, "method", diagnostics);
            } else if (statement instanceof Ast.SolverDecl declared) {
                solver = once(solver, declared, "solver", diagnostics);
            } else if (statement instanceof Ast.EpsilonDecl declared) {
                epsilon = once(epsilon, declared, "epsilon", diagnostics);
            } else if (statement instanceof Ast.RobustDecl declared) {
                robust = once(robust, declared, "robust", diagnostics);
            } else if (statement instanceof Ast.RegularizeDecl declared) {
                regularize = once(regularize, declared, "regularize", diagnostics);
            } else if (statement instanceof Ast.EnsembleDecl declared) {
                ensemble = once(ensemble, declared, "ensemble", diagnostics);
            } else if (statement instanceof Ast.JobsDecl declared) {
                jobs = once(jobs, declared, "jobs", diagnostics);
            }
        }
        // The loss's terms are checked with the constraints, once the network and data are known (LossChecker).
        String lossName = loss == null ? "hamming" : loss.describe();
        String methodName = method == null ? "exact"
                : name(method.name(), method.nameSpan(), "method", METHODS, diagnostics);
        MethodSettings methodSettings = MethodChecker.check(method, methodName, diagnostics);
        SolverOptions options = new SolverOptions("scip", null, null, null, null);
        SourceSpan solverSpan = block.span();
        Double perMip = null;
        if (solver != null) {
            solverSpan = solver.nameSpan();
            String solverName = name(solver.name(), solver.nameSpan(), "solver", SOLVERS, diagnostics);
            OptionReader reader = new OptionReader("solver", solver.options(), SOLVER_OPTIONS, diagnostics);
            Long threads = reader.integer("threads", 1);
            Long seed = reader.integer("seed", 0);
            perMip = reader.seconds("per_mip");
            options = new SolverOptions(solverName, reader.seconds("time"), reader.number("gap", 0, 1),
                    threads == null ? null : threads.intValue(), seed == null ? null : seed.intValue());
        }
        indicatorSolver(method, methodSettings, options.solver(), diagnostics);
        double eps = Double.NaN;
        if (epsilon != null) {
            if (!(epsilon.value() > 0) || epsilon.value() >= 1e3) {
                diagnostics.error(epsilon.span(), "epsilon must be positive and below 1000, found " + epsilon.value());
            } else {
                eps = epsilon.value();
            }
        }
        TrainingPlan plan = new TrainingPlan(methodSettings, PlanChecker.robustness(robust, diagnostics),
                PlanChecker.l1(regularize, diagnostics), perMip, ensemble(ensemble, jobs, diagnostics));
        return new TrainingSpec(lossName, methodName, options, eps, solverSpan, plan);
    }

    /** A located error when {@code method exact indicators} meets a solver that cannot take indicator rows. */
    private static void indicatorSolver(Ast.MethodDecl method, MethodSettings settings, String solver,
                                        Diagnostics diagnostics) {
        if (!(settings instanceof MethodSettings.Exact exact)
                || !exact.formulation().has(io.bdnn.lowering.Formulation.Option.INDICATORS)
                || solver == null || INDICATOR_SOLVERS.contains(solver)) {
            return;
        }
        for (Ast.Option option : method.options()) {
            if (option.name().equals(io.bdnn.lowering.Formulation.Option.INDICATORS.word())) {
                diagnostics.error(option.nameSpan(), "exact option 'indicators' writes indicator constraints, which solver '"
                        + solver + "' cannot take; choose solver " + String.join(" or ", INDICATOR_SOLVERS)
                        + ", or drop 'indicators' for the portable big-M rows");
            }
        }
    }

    /** The ensemble settings, or null for one network; {@code jobs} without {@code ensemble} is an error. */
    private static EnsembleSettings ensemble(Ast.EnsembleDecl ensemble, Ast.JobsDecl jobs, Diagnostics diagnostics) {
        int count = 1;
        if (jobs != null) {
            if (jobs.count() < 1) {
                diagnostics.error(jobs.countSpan(), "jobs must be at least 1, found " + jobs.count());
            } else {
                count = (int) jobs.count();
            }
            if (ensemble == null) {
                diagnostics.error(jobs.span(), "jobs trains the members of an ensemble side by side; add"
                        + " 'ensemble one_vs_one vote majority' or remove 'jobs'");
            }
        }
        if (ensemble == null) {
            return null;
        }
        name(ensemble.scheme(), ensemble.schemeSpan(), "ensemble", EnsembleSettings.SCHEMES, diagnostics);
        String vote = ensemble.vote() == null ? "majority" : ensemble.vote();
        if (ensemble.vote() != null) {
            name(vote, ensemble.voteSpan(), "vote", EnsembleSettings.VOTES, diagnostics);
        }
        return new EnsembleSettings(ensemble.scheme(), vote, count, ensemble.span());
    }

    private static <T extends Ast.TrainStatement> T once(T first, T next, String what, Diagnostics diagnostics) {
        if (first != null) {
            diagnostics.error(next.span(), what + " is given twice (first at line " + first.span().line() + ")");
        }
        return next;
    }

    private static String name(String name, SourceSpan span, String what, List<String> known, Diagnostics diagnostics) {
        if (!known.contains(name)) {
            String hint = Suggestions.didYouMean(name, known);
            diagnostics.error(span, "unknown " + what + " '" + name + "'" + (hint.isEmpty()
                    ? "; expected one of " + String.join(", ", known) : hint));
        }
        return name;
    }
}
