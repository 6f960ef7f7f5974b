package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code name value} options of a statement against the names it accepts, with
 * located errors for unknown, repeated, missing or ill-typed values.
 */
final class OptionReader {
    private final String statement;
    private final List<Ast.Option> options;
    private final Diagnostics diagnostics;

    OptionReader(String statement, List<Ast.Option> options, List<String> accepted, Diagnostics diagnostics) {
        this.statement = statement;
        this.options = options;
        this.diagnostics = diagnostics;
        Set<String> seen = new HashSet<>();
        for (Ast.Option option : options) {
            if (!accepted.contains(option.name())) {
                diagnostics.error(option.nameSpan(), "unknown " + statement + " option '" + option.name() + "'"
                        + hint(option.name(), accepted));
            } else if (!seen.add(option.name())) {
                diagnostics.error(option.nameSpan(), statement + " option '" + option.name() + "' is given twice");
            }
        }
    }

    private static String hint(String name, List<String> accepted) {
        String suggestion = Suggestions.didYouMean(name, accepted);
        return suggestion.isEmpty() ? "; expected one of " + String.join(", ", accepted) : suggestion;
    }

    Ast.Option find(String name) {
        for (Ast.Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /** A duration in seconds ({@code 30s}, {@code 2m}, or a plain number of seconds), positive; null if absent. */
    Double seconds(String name) {
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
            diagnostics.error(option.span(), statement + " option '" + name + "' needs a duration such as 30s");
            return null;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            diagnostics.error(option.value().span(), statement + " option '" + name + "' must be a positive duration, found "
                    + text(option.value()));
            return null;
        }
        return value;
    }

    /** A number in {@code [lo, hi]}; null if absent. */
    Double number(String name, double lo, double hi) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        if (!(option.value() instanceof Ast.NumberValue number)) {
            diagnostics.error(option.span(), statement + " option '" + name + "' needs a number");
            return null;
        }
        if (number.value() < lo || number.value() > hi || Double.isNaN(number.value())) {
            diagnostics.error(number.span(), statement + " option '" + name + "' must be between " + fmt(lo)
                    + " and " + fmt(hi) + ", found " + number.text());
            return null;
        }
        return number.value();
    }

    /** A whole number of at least {@code min}; null if absent. */
    Long integer(String name, long min) {
        Ast.Option option = find(name);
        if (option == null) {
            return null;
        }
        if (!(option.value() instanceof Ast.NumberValue number) || !number.integral()) {
            diagnostics.error(option.span(), statement + " option '" + name + "' needs a whole number");
            return null;
        }
        if (number.value() < min || number.value() > Integer.MAX_VALUE) {
            diagnostics.error(number.span(), statement + " option '" + name + "' must be at least " + min
                    + ", found " + number.text());
            return null;
        }
        return (long) number.value();
    }

    private static String text(Ast.Value value) {
        if (value instanceof Ast.DurationValue duration) {
            return duration.text();
        }
        if (value instanceof Ast.NumberValue number) {
            return number.text();
        }
        return value.toString();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
