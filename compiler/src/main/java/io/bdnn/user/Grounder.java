package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import io.bdnn.ast.UserAst;
import io.bdnn.ast.UserAst.Expr;
import io.bdnn.ir.Atom;
import io.bdnn.ir.LinearForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates user expressions under bindings of their index variables into ground
 * {@link LinearForm}s: sums and means are expanded, data and numbers fold into constants, and
 * everything that depends on the network becomes an {@link Atom}. This is where names are
 * resolved, indices range-checked and linearity enforced: a product needs a constant factor or
 * a binary one ({@code u[...]}, {@code predict(...)}), a divisor must be a constant.
 *
 * <p>Index variables hold 1-based positions, as the language writes them.
 */
final class Grounder {
    static final List<String> FUNCTIONS = List.of("abs", "nonzero", "active", "predict");
    static final List<String> ENTITIES = List.of("W", "b", "u", "pre", "x", "y");

    private final ModelScope scope;
    private final Problems problems;
    private final Entities entities;
    /** Where each nonlinear atom was first written, for messages about it. */
    private final Map<Atom, SourceSpan> firstUse = new HashMap<>();
    private final java.util.Set<String> constraintKinds;

    Grounder(ModelScope scope, Problems problems, java.util.Set<String> constraintKinds) {
        this.scope = scope;
        this.problems = problems;
        this.entities = new Entities(scope, problems, this);
        this.constraintKinds = constraintKinds;
    }

    Map<Atom, SourceSpan> firstUse() {
        return firstUse;
    }

    LinearForm value(Expr expr, Map<String, Integer> env) {
        if (expr instanceof UserAst.Number number) {
            return LinearForm.constant(number.value());
        } else if (expr instanceof UserAst.Text text) {
            throw problems.stop(text.span(), "a string can only name a class, as in predict(i, \"" + text.value() + "\")");
        } else if (expr instanceof UserAst.Negate negate) {
            return value(negate.operand(), env).times(-1);
        } else if (expr instanceof UserAst.Binary binary) {
            return binary(binary, env);
        } else if (expr instanceof UserAst.Aggregate aggregate) {
            return aggregate(aggregate, env);
        } else if (expr instanceof UserAst.Call call) {
            return call(call, env);
        }
        return entities.reference((UserAst.Reference) expr, env);
    }

    /** A value that must not depend on the network, such as an index or a data filter's operand. */
    double constant(Expr expr, Map<String, Integer> env, String what) {
        LinearForm form = value(expr, env);
        if (!form.isConstant()) {
            throw problems.stop(expr.span(), what + " must not depend on the network");
        }
        return form.constant();
    }

    /** A 1-based index in {@code 1..size}, returned 0-based. */
    int index(Expr expr, Map<String, Integer> env, int size, String what) {
        double value = constant(expr, env, what);
        if (value != Math.rint(value)) {
            throw problems.stop(expr.span(), what + " must be a whole number, found " + format(value));
        }
        if (value < 1 || value > size) {
            throw problems.stop(expr.span(), what + " is " + format(value) + ", outside 1.." + size);
        }
        return (int) value - 1;
    }

    /** Records where an atom was first written and returns it as a form. */
    LinearForm atom(Atom atom, SourceSpan span) {
        firstUse.putIfAbsent(atom, span);
        return LinearForm.of(atom);
    }

    private LinearForm binary(UserAst.Binary binary, Map<String, Integer> env) {
        LinearForm left = value(binary.left(), env);
        LinearForm right = value(binary.right(), env);
        switch (binary.operator()) {
            case PLUS:
                return left.plus(right);
            case MINUS:
                return left.minus(right);
            case DIVIDE:
                if (!right.isConstant()) {
                    throw problems.stop(binary.right().span(), "dividing by an expression that depends on the network "
                            + "is not linear; the divisor must be a constant");
                }
                if (right.constant() == 0) {
                    throw problems.stop(binary.right().span(), "division by zero");
                }
                return left.times(1 / right.constant());
            default:
                return product(binary, left, right);
        }
    }

    /** {@code c * f}, {@code f * c}, or a binary atom times a bounded form (lowered by McCormick rows). */
    private LinearForm product(UserAst.Binary binary, LinearForm left, LinearForm right) {
        if (left.isConstant()) {
            return right.times(left.constant());
        } else if (right.isConstant()) {
            return left.times(right.constant());
        }
        Map.Entry<Atom, Double> binaryFactor = binaryTerm(left);
        LinearForm other = right;
        if (binaryFactor == null) {
            binaryFactor = binaryTerm(right);
            other = left;
        }
        if (binaryFactor == null) {
            throw problems.stop(binary.span(), "the product of two expressions that depend on the network is not "
                    + "linear; one factor must be a constant, or a binary (u[...] or predict(...)) times a bounded "
                    + "expression");
        }
        return atom(new Atom.Product(binaryFactor.getKey(), other), binary.span()).times(binaryFactor.getValue());
    }

    /** The term of a form that is {@code c * binary atom} and nothing else, or null. */
    private static Map.Entry<Atom, Double> binaryTerm(LinearForm form) {
        if (form.constant() != 0 || form.terms().size() != 1) {
            return null;
        }
        Map.Entry<Atom, Double> term = form.terms().entrySet().iterator().next();
        return term.getKey().isBinary() ? term : null;
    }

    private LinearForm aggregate(UserAst.Aggregate aggregate, Map<String, Integer> env) {
        LinearForm.Accumulator total = new LinearForm.Accumulator();
        int[] count = {0};
        forEach(aggregate.binders(), env, (bound, values) -> {
            total.add(value(aggregate.body(), bound), 1);
            count[0]++;
        });
        if (aggregate.kind() == UserAst.AggregateKind.SUM) {
            return total.build();
        }
        if (count[0] == 0) {
            throw problems.stop(aggregate.binders().span(), "mean over an empty set: no binding passes the filter");
        }
        return total.build().times(1.0 / count[0]);
    }

    private LinearForm call(UserAst.Call call, Map<String, Integer> env) {
        List<Expr> arguments = call.arguments();
        switch (call.name()) {
            case "abs": {
                LinearForm argument = value(single(call), env);
                return argument.isConstant() ? LinearForm.constant(Math.abs(argument.constant()))
                        : atom(new Atom.Abs(argument), call.span());
            }
            case "nonzero": {
                LinearForm argument = value(single(call), env);
                return argument.isConstant() ? LinearForm.constant(argument.constant() != 0 ? 1 : 0)
                        : atom(new Atom.Nonzero(argument), call.span());
            }
            case "active":
                return entities.active(call, env);
            case "predict":
                return entities.predict(call, env);
            default:
                if (constraintKinds.contains(call.name())) {
                    throw problems.stop(call.nameSpan(), "'" + call.name() + "' is a constraint kind, not a value; "
                            + "write it alone, as in 'constraint c: " + call.name() + "(...)'");
                }
                String hint = Suggestions.didYouMean(call.name(), FUNCTIONS);
                throw problems.stop(call.nameSpan(), "unknown function '" + call.name() + "'" + (hint.isEmpty()
                        ? "; the functions are " + String.join(", ", FUNCTIONS) : hint));
        }
    }

    private Expr single(UserAst.Call call) {
        if (call.arguments().size() != 1) {
            throw problems.stop(call.span(), call.name() + " takes one argument, found " + call.arguments().size());
        }
        return call.arguments().get(0);
    }

    /**
     * Calls {@code action} for every binding of the binders that passes the filter, in
     * row-major order; {@code values} are the 0-based positions of the bound variables.
     */
    void forEach(UserAst.Binders binders, Map<String, Integer> env, Binding action) {
        List<UserAst.Binder> list = binders.binders();
        int[] sizes = new int[list.size()];
        for (int b = 0; b < list.size(); b++) {
            UserAst.Binder binder = list.get(b);
            if (env.containsKey(binder.variable()) || list.subList(0, b).stream()
                    .anyMatch(other -> other.variable().equals(binder.variable()))) {
                throw problems.stop(binder.variableSpan(), "the index '" + binder.variable() + "' is already bound");
            }
            if (ENTITIES.contains(binder.variable())) {
                throw problems.stop(binder.variableSpan(), "'" + binder.variable() + "' names an entity; choose "
                        + "another index name");
            }
            sizes[b] = scope.setSize(binder.set(), binder.setSpan());
        }
        int[] values = new int[list.size()];
        iterate(0, sizes, values, binders, env, action);
    }

    private void iterate(int depth, int[] sizes, int[] values, UserAst.Binders binders, Map<String, Integer> env,
                         Binding action) {
        if (depth == sizes.length) {
            Map<String, Integer> bound = new LinkedHashMap<>(env);
            for (int b = 0; b < values.length; b++) {
                bound.put(binders.binders().get(b).variable(), values[b] + 1);
            }
            if (binders.where() == null || condition(binders.where(), bound)) {
                action.accept(bound, values.clone());
            }
            return;
        }
        for (int v = 0; v < sizes[depth]; v++) {
            values[depth] = v;
            iterate(depth + 1, sizes, values, binders, env, action);
        }
    }

    boolean condition(UserAst.Condition condition, Map<String, Integer> env) {
        if (condition instanceof UserAst.All all) {
            return all.parts().stream().allMatch(part -> condition(part, env));
        } else if (condition instanceof UserAst.Any any) {
            return any.parts().stream().anyMatch(part -> condition(part, env));
        }
        UserAst.Comparison comparison = (UserAst.Comparison) condition;
        double left = constant(comparison.left(), env, "a filter");
        double right = constant(comparison.right(), env, "a filter");
        return switch (comparison.comparator()) {
            case LESS_EQUAL -> left <= right;
            case GREATER_EQUAL -> left >= right;
            case EQUAL -> left == right;
            case NOT_EQUAL -> left != right;
            case LESS -> left < right;
            case GREATER -> left > right;
        };
    }

    /** One binding: the environment with the new variables, and their 0-based positions. */
    interface Binding {
        void accept(Map<String, Integer> env, int[] values);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Names the current bindings for messages: {@code k = 2, j = 1}. */
    static String describe(Map<String, Integer> env) {
        List<String> parts = new ArrayList<>();
        env.forEach((name, value) -> parts.add(name + " = " + value));
        return String.join(", ", parts);
    }
}
