package io.bdnn.ast;

import java.util.List;

/**
 * The syntax of what users add to the training problem: loss combinations
 * ({@code misclassified + 0.1 min_weight}, {@code lexicographic { first ..., then ... }}),
 * named constraints and named objective terms with their expressions. Like {@link Ast}, the
 * records are close to what was written; names are resolved and types checked by the compiler.
 */
public final class UserAst {
    private UserAst() {
    }

    // ---------------------------------------------------------------- losses

    /**
     * One term of a loss: {@code [WEIGHT [*]] NAME option* [{ first SUM, then SUM ... }]}; the
     * weight is negative after a {@code -}. {@code stages} is empty unless a block was written.
     */
    public record LossTerm(double weight, String name, List<Ast.Option> options, List<LossStage> stages,
                           SourceSpan nameSpan, SourceSpan span) {
        public LossTerm {
            options = List.copyOf(options);
            stages = List.copyOf(stages);
        }

        /** The term as a user would write it: {@code 0.1 min_weight}, {@code hinge margin 1}. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            if (weight != 1) {
                text.append(number(weight)).append(' ');
            }
            text.append(name);
            for (Ast.Option option : options) {
                text.append(' ').append(option.name());
                if (option.value() instanceof Ast.NumberValue value) {
                    text.append(' ').append(value.text());
                }
            }
            if (!stages.isEmpty()) {
                text.append(" { ");
                for (int s = 0; s < stages.size(); s++) {
                    text.append(s == 0 ? "" : ", ").append(stages.get(s).keyword()).append(' ')
                            .append(describe(stages.get(s).terms()));
                }
                text.append(" }");
            }
            return text.toString();
        }

        /** A sum of terms as written: {@code misclassified + 0.1 min_weight}. */
        public static String describe(List<LossTerm> terms) {
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < terms.size(); t++) {
                LossTerm term = terms.get(t);
                if (t > 0) {
                    text.append(term.weight() < 0 ? " - " : " + ");
                    term = new LossTerm(Math.abs(term.weight()), term.name(), term.options(), term.stages(),
                            term.nameSpan(), term.span());
                }
                text.append(term.describe());
            }
            return text.toString();
        }

        private static String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /** {@code first SUM} or {@code then SUM} inside a staged loss; {@code keyword} is the word written. */
    public record LossStage(String keyword, List<LossTerm> terms, SourceSpan keywordSpan, SourceSpan span) {
        public LossStage {
            terms = List.copyOf(terms);
        }
    }

    // ----------------------------------------------------------- constraints

    /** The body of {@code constraint NAME: BODY}. */
    public sealed interface Body permits Forall, Relation {
        SourceSpan span();
    }

    /** {@code forall k in hidden, j in inputs where COND: BODY}. */
    public record Forall(Binders binders, Body body, SourceSpan span) implements Body {
    }

    /**
     * {@code e1 OP e2 [OP e3]}: a comparison or a chain such as {@code -1 <= e <= 1}; with no
     * comparator at all, a single expression (a call to an extension's constraint kind).
     */
    public record Relation(List<Expr> operands, List<Comparator> comparators, SourceSpan span) implements Body {
        public Relation {
            operands = List.copyOf(operands);
            comparators = List.copyOf(comparators);
        }
    }

    public enum Comparator {
        LESS_EQUAL("<="), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="), LESS("<"), GREATER(">");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Comparator of(String symbol) {
            for (Comparator comparator : values()) {
                if (comparator.symbol.equals(symbol)) {
                    return comparator;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    /** Index variables bound over sets, with an optional filter: {@code i in train where x[i, 2] == 1}. */
    public record Binders(List<Binder> binders, Condition where, SourceSpan span) {
        public Binders {
            binders = List.copyOf(binders);
        }
    }

    /** {@code k in hidden}: a variable and the name of its set (a layer, inputs, train or classes). */
    public record Binder(String variable, String set, SourceSpan variableSpan, SourceSpan setSpan) {
    }

    /** A filter: comparisons joined by {@code and} (binding tighter) and {@code or}. */
    public sealed interface Condition permits Comparison, All, Any {
        SourceSpan span();
    }

    public record Comparison(Comparator comparator, Expr left, Expr right, SourceSpan span) implements Condition {
    }

    public record All(List<Condition> parts, SourceSpan span) implements Condition {
    }

    public record Any(List<Condition> parts, SourceSpan span) implements Condition {
    }

    // ----------------------------------------------------------- expressions

    public sealed interface Expr permits Number, Text, Reference, Call, Negate, Binary, Aggregate {
        SourceSpan span();
    }

    public record Number(double value, String text, SourceSpan span) implements Expr {
    }

    /** A string, such as a class label in {@code predict(i, "yes")}. */
    public record Text(String value, SourceSpan span) implements Expr {
    }

    /**
     * A name with zero or more bracketed index lists: an index variable {@code k}, a constant set
     * size, or an entity {@code W[hidden][k, j]}, {@code x[i, 2]}.
     */
    public record Reference(String name, List<List<Expr>> indices, SourceSpan nameSpan, SourceSpan span)
            implements Expr {
        public Reference {
            indices = indices.stream().map(List::copyOf).toList();
        }
    }

    /** A function call: {@code abs(e)}, {@code predict(i, 1)}, {@code active(hidden, k)}, {@code monotone(1)}. */
    public record Call(String name, List<Expr> arguments, SourceSpan nameSpan, SourceSpan span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    public record Negate(Expr operand, SourceSpan span) implements Expr {
    }

    public enum Operator { PLUS, MINUS, TIMES, DIVIDE }

    public record Binary(Operator operator, Expr left, Expr right, SourceSpan span) implements Expr {
    }

    public enum AggregateKind { SUM, MEAN }

    /** {@code sum(j in inputs) e} or {@code mean(i in train where c) e}. */
    public record Aggregate(AggregateKind kind, Binders binders, Expr body, SourceSpan span) implements Expr {
    }
}
