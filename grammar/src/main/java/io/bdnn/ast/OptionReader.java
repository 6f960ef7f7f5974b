package io.bdnn.ast;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code name value} options of a statement ({@code solver scip time 30s},
 * {@code generate uniform features 10}, {@code split train 0.5}, {@code method split batch 64})
 * against the names it accepts. Unknown and repeated names are reported when the reader is made
 * ({@code unknown split option 'valid'; did you mean 'validation'?}); each accessor reports a
 * value of the wrong kind or out of range at the value and returns null, so a caller only has to
 * check for null.
 */
public final class OptionReader {
    private final String statement;
    private final List<Ast.Option> options;
    private final Diagnostics diagnostics;
    /** Accepted names that an unknown name was taken to be a misspelling of. */
    private final Set<String> suggested = new HashSet<>();

    public OptionReader(String statement, List<Ast.Option> options, List<String> accepted, Diagnostics diagnostics) {
        this.statement = statement;
        this.options = options;
        this.diagnostics = diagnostics;
        Set<String> seen = new HashSet<>();
        for (Ast.Option option : options) {
            String name = option.name();
            if (!accepted.contains(name)) {
                String closest = Suggestions.closest(name, accepted);
                if (closest != null) {
                    suggested.add(closest);
                }
                diagnostics.error(option.nameSpan(), "unknown " + statement + " option '" + name + "'"
                        + (closest == null ? "; expected one of " + String.join(", ", accepted)
                                : "; did you mean '" + closest + "'?"));
            } else if (!seen.add(name)) {
                diagnostics.error(option.nameSpan(), statement + " option '" + name + "' is given twice");
            }
        }
    }

    /** The first option with this name, or null. */
    public Ast.Option find(String name) {
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
    public boolean reportMissing(String name) {
        return find(name) == null && !suggested.contains(name);
    }

    /** A positive duration in seconds ({@code 30s}, {@code 2m}, or a plain number of seconds); null if absent. */
    public Double seconds(String name) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        double value;
        if (option.value() instanceof Ast.DurationValue duration) {
            value = duration.seconds();
        } else if (option.value() instanceof Ast.NumberValue number) {
            value = number.value();
        } else {
            diagnostics.error(valueSpan(option), statement + " option '" + name + "' needs a duration such as 30s"
                    + found(option.value()));
            return null;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            diagnostics.error(option.value().span(), statement + " option '" + name
                    + "' must be a positive duration" + found(option.value()));
            return null;
        }
        return value;
    }

    /** A number in {@code [lo, hi]}; null if absent or invalid. */
    public Double number(String name, double lo, double hi) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        if (!(option.value() instanceof Ast.NumberValue number)) {
            diagnostics.error(valueSpan(option), statement + " option '" + name + "' needs a number"
                    + found(option.value()));
            return null;
        }
        if (!(number.value() >= lo && number.value() <= hi)) {
            diagnostics.error(number.span(), statement + " option '" + name + "' must be between " + text(lo)
                    + " and " + text(hi) + ", found " + number.text());
            return null;
        }
        return number.value();
    }

    /** A whole number of at least {@code min} (at most the largest int); null if absent or invalid. */
    public Long integer(String name, long min) {
        return integer(name, min, Integer.MAX_VALUE);
    }

    /** A whole number in {@code [min, max]}; null if absent or invalid. */
    public Long integer(String name, long min, long max) {
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

    private static SourceSpan valueSpan(Ast.Option option) {
        return option.value() instanceof Ast.NoValue ? option.span() : option.value().span();
    }

    /** {@code ", found X"} for a written value, or nothing for a bare option. */
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

    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
