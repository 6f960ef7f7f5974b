package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.Suggestions;
import io.bdnn.lowering.Formulation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the options of {@code method exact}: {@code formulation NAME} chooses the base (two bare
 * words, since option values are numbers or strings), every other word switches an option on
 * ({@code OPTION}) or off ({@code no_OPTION}), on top of the base's default options
 * ({@link Formulation#defaultOptions}: {@code patterns} for bdnn's base, none for the paper's).
 * All formulation syntax is read here.
 */
final class FormulationChecker {
    private FormulationChecker() {
    }

    static Formulation check(List<Ast.Option> options, Diagnostics diagnostics) {
        Formulation.Base base = Formulation.Base.BDNN;
        // The flags in the order written (true: on); applied to the chosen base's defaults at the end.
        List<java.util.Map.Entry<Formulation.Option, Boolean>> flags = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int index = 0; index < options.size(); index++) {
            Ast.Option option = options.get(index);
            if (known(option.name()) && !(option.value() instanceof Ast.NoValue)) {
                diagnostics.error(option.value().span(), "exact option '" + option.name() + "' takes no value");
                continue;
            }
            if (!seen.add(option.name())) {
                diagnostics.error(option.nameSpan(), "exact option '" + option.name() + "' is given twice");
                continue;
            }
            if (option.name().equals("formulation")) {
                Ast.Option name = index + 1 < options.size() ? options.get(index + 1) : null;
                Formulation.Base chosen = name == null ? null : Formulation.Base.byWord(name.name());
                if (chosen == null) {
                    diagnostics.error(name == null ? option.nameSpan() : name.nameSpan(),
                            "'formulation' needs the name of a formulation: " + bases());
                } else {
                    base = chosen;
                }
                index++;
                continue;
            }
            boolean negated = option.name().startsWith("no_");
            Formulation.Option flag = Formulation.Option.byWord(negated ? option.name().substring(3) : option.name());
            if (flag == null) {
                List<String> words = words();
                String closest = Suggestions.closest(option.name(), words);
                diagnostics.error(option.nameSpan(), "unknown exact option '" + option.name() + "'"
                        + (closest == null ? "; expected one of " + String.join(", ", words)
                                : "; did you mean '" + closest + "'?"));
            } else {
                flags.add(java.util.Map.entry(flag, !negated));
            }
        }
        Set<Formulation.Option> on = EnumSet.noneOf(Formulation.Option.class);
        on.addAll(Formulation.defaultOptions(base));
        for (var flag : flags) {
            if (flag.getValue()) {
                on.add(flag.getKey());
            } else {
                on.remove(flag.getKey());
            }
        }
        return new Formulation(base, on);
    }

    private static boolean known(String name) {
        return name.equals("formulation") || words().contains(name);
    }

    private static String bases() {
        List<String> words = new ArrayList<>();
        for (Formulation.Base base : Formulation.Base.values()) {
            words.add(base.word());
        }
        return String.join(" or ", words);
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>(List.of("formulation"));
        for (Formulation.Option option : Formulation.Option.values()) {
            words.add(option.word());
            words.add("no_" + option.word());
        }
        return words;
    }
}
