package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code name value} options of a data statement ({@code generate uniform ...},
 * {@code split ...}) against the names it accepts. Unknown and repeated names are reported when
 * the reader is made; each accessor reports a value of the wrong kind and returns null, so a
 * caller only has to check for null. Messages match the compiler's other option readers, e.g.
 * {@code unknown split option 'valid'; did you mean 'validation'?}.
 */
final class DataOptions {
    private final String statement;
    private final List<Ast.Option> options;
    private final Diagnostics diagnostics;
    /** Accepted names that an unknown name was taken to be a misspelling of. */
    private final Set<String> suggested = new HashSet<>();

    DataOptions(String statement, List<Ast.Option> options, List<String> accepted, Diagnostics diagnostics) {
        this.statement = statement;
        this.options = options;
        this.diagnostics = diagnostics;
        Set<String> seen = new HashSet<>();
        for (Ast.Option option : options) {
            String name = option.name();
            if (!accepted.contains(name)) {
                String closest = Suggestions.closest(name, accepted);
                String hint = closest == null
                        ? "; expected one of " + String.join(", ", accepted)
                        : "; did you mean '" + closest + "'?";
                if (closest != null) {
                    suggested.add(closest);
                }
                diagnostics.error(option.nameSpan(), "unknown " + statement + " option '" + name + "'" + hint);
            } else if (!seen.add(name)) {
                diagnostics.error(option.nameSpan(), statement + " option '" + name + "' is given twice");
            }
        }
    }

    /** The first option with this name, or null. */
    Ast.Option find(String name) {
        for (Ast.Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /**
     * Whether a missing option deserves its own error: not when an unknown name was already
     * reported as a likely misspelling of it, which would say the same thing twice.
     */
    boolean reportMissing(String name) {
        return find(name) == null && !suggested.contains(name);
    }

    /** A whole number in {@code [min, max]}; null when absent or invalid (invalid is reported). */
    Long integer(String name, long min, long max) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        if (!(option.value() instanceof Ast.NumberValue number) || !number.integral()) {
            diagnostics.error(valueSpan(option), statement + " option '" + name + "' needs a whole number"
                    + found(option.value()));
            return null;
        }
        if (!(number.value() >= min && number.value() <= max)) {
            String bound = number.value() < min ? "at least " + min : "at most " + max;
            diagnostics.error(number.span(), statement + " option '" + name + "' must be " + bound
                    + ", found " + number.text());
            return null;
        }
        return exactLong(number);
    }

    /** The integer as written, exactly when it fits in a long (a double holds only 53 bits). */
    private static long exactLong(Ast.NumberValue number) {
        try {
            return Long.parseLong(number.text());
        } catch (NumberFormatException e) {
            return (long) number.value();
        }
    }

    /** A number in [0, 1]; null when absent or invalid (invalid is reported). */
    Double fraction(String name) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        if (!(option.value() instanceof Ast.NumberValue number)) {
            diagnostics.error(valueSpan(option), statement + " option '" + name + "' needs a number"
                    + found(option.value()));
            return null;
        }
        if (!(number.value() >= 0 && number.value() <= 1)) {
            diagnostics.error(number.span(), statement + " option '" + name + "' must be between 0 and 1, found "
                    + number.text());
            return null;
        }
        return number.value();
    }

    private static SourceSpan valueSpan(Ast.Option option) {
        return option.value() instanceof Ast.NoValue ? option.span() : option.value().span();
    }

    private static String found(Ast.Value value) {
        // Pattern matching for switch is a preview feature in Java 17, hence the if chain.
        if (value instanceof Ast.NumberValue number) {
            return ", found " + number.text();
        }
        if (value instanceof Ast.DurationValue duration) {
            return ", found " + duration.text();
        }
        if (value instanceof Ast.StringValue string) {
            return ", found \"" + string.value() + "\"";
        }
        return "";
    }
}
