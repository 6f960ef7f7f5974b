package io.bdnn.lowering;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which formulation of exact training the compiler writes ({@code method exact formulation NAME}
 * and option flags; docs/formulation.md, "Formulations and options"): bdnn's own, with per-sample
 * interval bounds and the activations they decide, or the paper's ({@link io.bdnn.bounds.PaperBigM}),
 * and the options switched on beyond the base. Every formulation describes the same set of
 * networks and has the same optimum; they differ in how fast a solver proves it.
 *
 * @param base    the base formulation
 * @param options the options on top of the base
 */
public record Formulation(Base base, Set<Option> options) {

    /** The base formulations. */
    public enum Base {
        /** Per-sample interval bounds, decided activations without binaries (the default). */
        BDNN("bdnn"),
        /** Kurtz and Bah's symmetric M values, a binary per (neuron, sample), nothing decided. */
        PAPER("paper");

        private final String word;

        Base(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Base byWord(String word) {
            for (Base base : values()) {
                if (base.word.equals(word)) {
                    return base;
                }
            }
            return null;
        }
    }

    /** The options, each a lowering rule of its own; the words are the language's flags. */
    public enum Option {
        /**
         * Samples with equal features share their activations (one binary per distinct point and
         * neuron); the Hamming loss counts each group's labels ({@code Grouping.byEqualInputs}).
         */
        MERGE_SAMPLES("merge_samples"),
        /** Order the neurons of each hidden layer by activation count ({@code HiddenNeuronsToOrderRows}). */
        SYMMETRY("symmetry"),
        /**
         * The step as indicator rows {@code u = 0 => a <= 0}, {@code u = 1 => a >= eps} instead of
         * big-M rows ({@code StepActivationToIndicators}); only for solvers and files that accept
         * indicator constraints.
         */
        INDICATORS("indicators"),
        /**
         * A layer after the first with a small fan-in gets a table binary per (input pattern,
         * neuron) instead of per-sample step rows and products ({@code PatternTableToRows}).
         */
        PATTERNS("patterns");

        private final String word;

        Option(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Option byWord(String word) {
            for (Option option : values()) {
                if (option.word.equals(word)) {
                    return option;
                }
            }
            return null;
        }
    }

    public Formulation {
        options = options.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Option.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(options));
    }

    /** The default: bdnn's base with the default options. */
    public static Formulation defaults() {
        return new Formulation(Base.BDNN, defaultOptions(Base.BDNN));
    }

    /**
     * The options a base has unless the model switches them off ({@code no_patterns}): pattern
     * tables with bdnn's base (docs/benchmarks.md, "Pattern tables"), none with the paper's, which
     * stays exactly Kurtz and Bah's formulation.
     */
    public static Set<Option> defaultOptions(Base base) {
        return base == Base.BDNN ? EnumSet.of(Option.PATTERNS) : EnumSet.noneOf(Option.class);
    }

    /** Which points share activations: equal points with {@link Option#MERGE_SAMPLES}, else each its own. */
    public io.bdnn.ir.Grouping grouping(double[][] x) {
        return has(Option.MERGE_SAMPLES) ? io.bdnn.ir.Grouping.byEqualInputs(x) : io.bdnn.ir.Grouping.identity(x.length);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    /** The words of the base and the options, as a model would write them: {@code bdnn}, {@code paper}. */
    public String describe() {
        List<String> words = options.stream().map(Option::word).collect(Collectors.toList());
        words.add(0, base.word());
        return String.join(" ", words);
    }
}
