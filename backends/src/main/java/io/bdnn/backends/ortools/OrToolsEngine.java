package io.bdnn.backends.ortools;

import io.bdnn.solve.SolverOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The MILP solvers reachable through OR-Tools' {@code MPSolver}, with what each one accepts.
 * Everything solver-specific that was measured on OR-Tools 9.15 lives here: the language's name,
 * the {@code MPSolver} id, whether a hint is safe, and the syntax of solver-specific parameters.
 */
enum OrToolsEngine {
    /** SCIP 10 with SoPlex. Uses hints; parameters are SCIP settings lines {@code name = value}. */
    SCIP("scip", "SCIP", true),
    /**
     * CBC 2.10. OR-Tools' CBC interface has no hint code, so a hint is accepted without effect;
     * it rejects solver-specific parameters (so the seed is ignored) and ignores the thread count.
     */
    CBC("cbc", "CBC", true),
    /**
     * CP-SAT through {@code MPSolver}. Uses hints; parameters are {@code SatParameters} text
     * format ({@code random_seed:7}). It scales the model to integers: see {@link OrToolsSupport}.
     */
    CP_SAT("cp-sat", "CP_SAT", true),
    /**
     * HiGHS 1.12. Any hint crashes the JVM (OR-Tools writes it into an empty vector), so none is
     * ever passed. It ignores {@code MPSolverParameters}' gap and thread count; the gap goes in as
     * the parameter {@code mip_rel_gap}. Parameters are {@code name=value}, separated by commas.
     */
    HIGHS("highs", "HIGHS", false);

    /**
     * CP-SAT clips every variable domain to [-mip_max_bound, mip_max_bound] (default 10^7) and then
     * reports the clipped optimum as OPTIMAL, so a larger bound would silently give a wrong answer.
     */
    static final double CP_SAT_MAX_BOUND = 1e7;

    private final String languageName;
    private final String solverId;
    private final boolean takesHint;

    OrToolsEngine(String languageName, String solverId, boolean takesHint) {
        this.languageName = languageName;
        this.solverId = solverId;
        this.takesHint = takesHint;
    }

    /** The name used in the language and in {@link SolverOptions#solver()}, such as {@code cp-sat}. */
    String languageName() {
        return languageName;
    }

    /** The id given to {@code MPSolver.createSolver}, such as {@code CP_SAT}. */
    String solverId() {
        return solverId;
    }

    /** Whether a start may be passed with {@code MPSolver.setHint} without harm. */
    boolean takesHint() {
        return takesHint;
    }

    /** Whether {@code MPSolver.setSolverSpecificParametersAsString} reaches the solver at all. */
    boolean takesSpecificParameters() {
        return this != CBC;
    }

    /** The engine for a language name (case-insensitive), or null. */
    static OrToolsEngine byName(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (OrToolsEngine engine : values()) {
            if (engine.languageName.equals(wanted)) {
                return engine;
            }
        }
        return null;
    }

    /** The language names of all engines, in declaration order. */
    static List<String> languageNames() {
        return Arrays.stream(values()).map(OrToolsEngine::languageName).toList();
    }

    /**
     * The solver-specific settings that carry what {@code MPSolverParameters} cannot: the seed
     * everywhere, and for HiGHS also the relative gap and quiet output. Each entry is one setting
     * in this solver's syntax; {@link #joinParameters} joins them.
     */
    List<String> optionParameters(SolverOptions options) {
        List<String> settings = new ArrayList<>();
        Integer seed = options.seed();
        Double gap = options.relativeGap();
        switch (this) {
            case SCIP -> {
                // SCIP installs its own SIGINT handler while it solves and would swallow Ctrl-C;
                // the JVM's shutdown hook must see it to stop the run and save the best network.
                settings.add("misc/catchctrlc = FALSE");
                if (seed != null) {
                    settings.add("randomization/randomseedshift = " + seed);
                }
            }
            case CP_SAT -> {
                if (seed != null) {
                    settings.add("random_seed:" + seed);
                }
            }
            case HIGHS -> {
                // Without this HiGHS prints its banner to stdout on every solve, even though
                // OR-Tools turns its output off afterwards.
                settings.add("output_flag=false");
                if (seed != null) {
                    settings.add("random_seed=" + seed);
                }
                if (gap != null) {
                    settings.add("mip_rel_gap=" + gap);
                }
            }
            case CBC -> {
                // OR-Tools' CBC interface takes no solver-specific parameters.
            }
        }
        return settings;
    }

    /**
     * Joins settings in this solver's syntax. HiGHS splits on newlines and then on commas and reads
     * the first character of every line, so it gets commas and never an empty line.
     */
    String joinParameters(List<String> settings) {
        return String.join(this == HIGHS ? "," : this == CP_SAT ? " " : "\n", settings);
    }
}
