package io.bdnn.user;

import io.bdnn.ast.Ast;
import io.bdnn.ast.UserAst;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import io.bdnn.spi.ConstraintCall;
import io.bdnn.spi.ConstraintKind;
import io.bdnn.spi.ExtensionNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one {@code constraint NAME: BODY}: expands its {@code forall}s and turns each binding's
 * relation into a row {@code lo <= form <= hi}, or calls an extension's constraint kind for a
 * body such as {@code monotone(1)}.
 */
final class ConstraintChecker {
    private static final double CONSTANT_TOLERANCE = 1e-9;

    private final ModelScope scope;
    private final Problems problems;
    private final Grounder grounder;
    private final Senses senses;
    private final Map<String, ConstraintKind> kinds;

    ConstraintChecker(ModelScope scope, Problems problems, Grounder grounder, Senses senses,
                      Map<String, ConstraintKind> kinds) {
        this.scope = scope;
        this.problems = problems;
        this.grounder = grounder;
        this.senses = senses;
        this.kinds = kinds;
    }

    /** The rows of an expression constraint, or null when its body calls a constraint kind. */
    ExpressionConstraint check(Ast.ConstraintDecl declared, List<ExtensionNode> extensions) {
        List<UserNodes.Axis> axes = new ArrayList<>();
        UserAst.Body body = declared.body();
        while (body instanceof UserAst.Forall forall) {
            for (UserAst.Binder binder : forall.binders().binders()) {
                axes.add(new UserNodes.Axis(binder.variable(), scope.setSize(binder.set(), binder.setSpan())));
            }
            body = forall.body();
        }
        UserAst.Relation relation = (UserAst.Relation) body;
        String kind = kind(relation);
        List<UserNodes.Row> rows = new ArrayList<>();
        expand(declared.body(), new LinkedHashMap<>(), new int[0], (env, values) -> {
            if (kind == null) {
                extensions.add(call(declared, (UserAst.Call) relation.operands().get(0), env));
            } else {
                row(declared, relation, env, local(values, axes)).ifPresent(rows::add);
            }
        });
        if (kind == null) {
            return null;
        }
        if (rows.isEmpty()) {
            problems.warning(declared.nameSpan(), "constraint '" + declared.name() + "' does not depend on the "
                    + "network and always holds");
        }
        return new ExpressionConstraint(declared.name(), kind, axes, rows, declared.span());
    }

    /** Runs {@code leaf} for every binding of the nested foralls, with all bound values so far. */
    private void expand(UserAst.Body body, Map<String, Integer> env, int[] values, Grounder.Binding leaf) {
        if (!(body instanceof UserAst.Forall forall)) {
            leaf.accept(env, values);
            return;
        }
        grounder.forEach(forall.binders(), env, (bound, inner) -> {
            int[] all = java.util.Arrays.copyOf(values, values.length + inner.length);
            System.arraycopy(inner, 0, all, values.length, inner.length);
            expand(forall.body(), bound, all, leaf);
        });
    }

    private static int local(int[] values, List<UserNodes.Axis> axes) {
        int local = 0;
        for (int a = 0; a < axes.size(); a++) {
            local = local * axes.get(a).size() + values[a];
        }
        return local;
    }

    /** le, ge, eq or range; null for a call to a constraint kind. Reports relations a MILP cannot state. */
    private String kind(UserAst.Relation relation) {
        List<UserAst.Comparator> comparators = relation.comparators();
        if (comparators.isEmpty()) {
            UserAst.Expr only = relation.operands().get(0);
            if (only instanceof UserAst.Call call && kinds.containsKey(call.name())) {
                return null;
            }
            if (only instanceof UserAst.Call call && !Grounder.FUNCTIONS.contains(call.name())) {
                String hint = io.bdnn.ast.Suggestions.didYouMean(call.name(), kinds.keySet());
                throw problems.stop(call.nameSpan(), "unknown constraint kind '" + call.name() + "'" + (hint.isEmpty()
                        ? "; constraint kinds come from Java extensions on the class path (docs/extending.md)"
                        + (kinds.isEmpty() ? ", and none is there" : ", which provide " + String.join(", ", kinds.keySet()))
                        : hint));
            }
            String known = kinds.isEmpty() ? "" : " or a constraint kind (" + String.join(", ", kinds.keySet()) + ")";
            throw problems.stop(relation.span(), "a constraint needs a comparison such as '<= 4'" + known);
        }
        for (UserAst.Comparator comparator : comparators) {
            switch (comparator) {
                case LESS, GREATER, NOT_EQUAL -> throw problems.stop(relation.span(), "'" + comparator.symbol()
                        + "' cannot be a constraint of a MILP; use <=, >= or ==");
                default -> { }
            }
        }
        if (comparators.size() > 2 || comparators.size() == 2 && (comparators.get(0) != comparators.get(1)
                || comparators.get(0) == UserAst.Comparator.EQUAL)) {
            throw problems.stop(relation.span(), "a chain of comparisons must be 'lo <= e <= hi' or 'hi >= e >= lo'");
        }
        if (comparators.size() == 2) {
            return "range";
        }
        return switch (comparators.get(0)) {
            case LESS_EQUAL -> "le";
            case GREATER_EQUAL -> "ge";
            default -> "eq";
        };
    }

    /** The row of one binding; empty when it is constant and holds. */
    private java.util.Optional<UserNodes.Row> row(Ast.ConstraintDecl declared, UserAst.Relation relation,
                                                  Map<String, Integer> env, int local) {
        List<UserAst.Expr> operands = relation.operands();
        LinearForm form;
        double lo;
        double hi;
        if (operands.size() == 3) {
            double first = grounder.constant(operands.get(0), env, "the ends of a chain");
            double last = grounder.constant(operands.get(2), env, "the ends of a chain");
            form = grounder.value(operands.get(1), env);
            boolean ascending = relation.comparators().get(0) == UserAst.Comparator.LESS_EQUAL;
            lo = ascending ? first : last;
            hi = ascending ? last : first;
        } else {
            form = grounder.value(operands.get(0), env).minus(grounder.value(operands.get(1), env));
            UserAst.Comparator comparator = relation.comparators().get(0);
            lo = comparator == UserAst.Comparator.LESS_EQUAL ? Double.NEGATIVE_INFINITY : 0;
            hi = comparator == UserAst.Comparator.GREATER_EQUAL ? Double.POSITIVE_INFINITY : 0;
        }
        if (form.isConstant()) {
            double value = form.constant();
            if (value < lo - CONSTANT_TOLERANCE || value > hi + CONSTANT_TOLERANCE) {
                String where = env.isEmpty() ? "" : " (" + Grounder.describe(env) + ")";
                throw problems.stop(relation.span(), "constraint '" + declared.name() + "' can never hold" + where
                        + ": it does not depend on the network and is false");
            }
            return java.util.Optional.empty();
        }
        int direction = Double.isInfinite(lo) ? 1 : Double.isInfinite(hi) ? -1 : 0;
        if (!senses.top(form, direction, relation.span())) {
            throw new Problems.Stop();
        }
        return java.util.Optional.of(new UserNodes.Row(local, form, lo, hi));
    }

    /** A call to an extension's constraint kind, with its arguments evaluated as constants. */
    private ExtensionNode call(Ast.ConstraintDecl declared, UserAst.Call call, Map<String, Integer> env) {
        List<ConstraintCall.Argument> arguments = new ArrayList<>();
        for (UserAst.Expr argument : call.arguments()) {
            if (argument instanceof UserAst.Text text) {
                arguments.add(new ConstraintCall.Argument(Double.NaN, text.value(), text.span()));
            } else {
                double value = grounder.constant(argument, env, "an argument of " + call.name());
                arguments.add(new ConstraintCall.Argument(value, Grounder.format(value), argument.span()));
            }
        }
        ConstraintCall use = new ConstraintCall(declared.name(), arguments, call.span(), scope.network(),
                scope.x(), scope.y(), scope.classLabels(), problems.diagnostics());
        ExtensionNode node = kinds.get(call.name()).check(use);
        if (node == null) {
            throw new Problems.Stop();
        }
        return node;
    }
}
