package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.OptionReader;
import io.bdnn.ast.Diagnostics;
import java.util.List;

/** Checks the options of the {@code method} statement and gives the method's settings. */
final class MethodChecker {
    static final List<String> LOCAL_SEARCH_OPTIONS = List.of("rounds", "neurons", "batch", "sequential",
            "seed");
    static final List<String> SPLIT_OPTIONS = List.of("kmeans", "max_splits", "batch", "sequential", "restarts",
            "seed", "one_subset");
    static final int DEFAULT_ROUNDS = 20;
    static final int DEFAULT_MAX_SPLITS = 20;
    static final int DEFAULT_RESTARTS = 10;

    private MethodChecker() {
    }

    /** The settings of the declared method (exact when none is declared or the name is unknown). */
    static MethodSettings check(Ast.MethodDecl method, String name, Diagnostics diagnostics) {
        if (method == null) {
            return new MethodSettings.Exact();
        }
        switch (name) {
            case "local_search" -> {
                OptionReader reader = new OptionReader("local_search", method.options(), LOCAL_SEARCH_OPTIONS,
                        diagnostics);
                Long rounds = reader.integer("rounds", 1);
                Long seed = reader.integer("seed", 0);
                int batch = batch(reader);
                boolean neurons = flag(reader, "local_search", "neurons", diagnostics);
                return new MethodSettings.LocalSearch(rounds == null ? DEFAULT_ROUNDS : rounds.intValue(), neurons,
                        batch, sequential(reader, "local_search", batch, diagnostics), seed == null ? 0 : seed);
            }
            case "split" -> {
                OptionReader reader = new OptionReader("split", method.options(), SPLIT_OPTIONS, diagnostics);
                flag(reader, "split", "kmeans", diagnostics);
                Long maxSplits = reader.integer("max_splits", 0);
                Long restarts = reader.integer("restarts", 1);
                Long seed = reader.integer("seed", 0);
                int batch = batch(reader);
                return new MethodSettings.Split(maxSplits == null ? DEFAULT_MAX_SPLITS : maxSplits.intValue(), batch,
                        sequential(reader, "split", batch, diagnostics),
                        restarts == null ? DEFAULT_RESTARTS : restarts.intValue(), seed == null ? 0 : seed,
                        flag(reader, "split", "one_subset", diagnostics));
            }
            case "exact" -> {
                return new MethodSettings.Exact(FormulationChecker.check(method.options(), diagnostics));
            }
            default -> {
                if (!method.options().isEmpty()) {
                    diagnostics.error(method.options().get(0).nameSpan(), "method '" + method.name()
                            + "' takes no options");
                }
                return new MethodSettings.Exact();
            }
        }
    }

    /** {@code batch N}: points per MILP, at least 2; 0 (all points) when absent. */
    private static int batch(OptionReader reader) {
        Long batch = reader.integer("batch", 2);
        return batch == null ? 0 : batch.intValue();
    }

    /** {@code sequential}: a flag, meaningful only with a batch size. */
    private static boolean sequential(OptionReader reader, String method, int batch, Diagnostics diagnostics) {
        if (!flag(reader, method, "sequential", diagnostics)) {
            return false;
        }
        if (batch == 0) {
            diagnostics.error(reader.find("sequential").nameSpan(),
                    "'sequential' chooses how batches are drawn; give a batch size too, such as 'batch 64'");
        }
        return true;
    }

    /** Whether a bare flag is present; a flag with a value is an error. */
    private static boolean flag(OptionReader reader, String method, String name, Diagnostics diagnostics) {
        Ast.Option option = reader.find(name);
        if (option == null) {
            return false;
        }
        if (!(option.value() instanceof Ast.NoValue)) {
            diagnostics.error(option.value().span(), method + " option '" + name + "' takes no value");
        }
        return true;
    }
}
