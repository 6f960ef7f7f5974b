package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import io.bdnn.ast.UserAst;
import io.bdnn.ast.UserAst.Expr;
import io.bdnn.ir.Atom;
import io.bdnn.ir.LinearForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves the entities a user expression names: {@code W[layer][k, j]}, {@code b[layer][k]},
 * {@code u[layer][i, k]}, {@code pre[layer][i, k]}, the data {@code x[i, j]} and {@code y[i]},
 * bound index variables, {@code active(layer, k)} and {@code predict(i, c)}. Every index is
 * 1-based and range-checked against its layer, the inputs, the training samples or the classes.
 */
final class Entities {
    private final ModelScope scope;
    private final Problems problems;
    private final Grounder grounder;

    Entities(ModelScope scope, Problems problems, Grounder grounder) {
        this.scope = scope;
        this.problems = problems;
        this.grounder = grounder;
    }

    LinearForm reference(UserAst.Reference reference, Map<String, Integer> env) {
        String name = reference.name();
        List<List<Expr>> indices = reference.indices();
        if (indices.isEmpty()) {
            return bare(reference, env);
        }
        switch (name) {
            case "x": {
                List<Expr> ij = shape(reference, 1, 2, "x[i, j]");
                int i = grounder.index(ij.get(0), env, scope.samples(), "the sample index of x");
                int j = grounder.index(ij.get(1), env, scope.features(), "the feature index of x");
                return LinearForm.constant(scope.x()[i][j]);
            }
            case "y": {
                List<Expr> i = shape(reference, 1, 1, "y[i]");
                int sample = grounder.index(i.get(0), env, scope.samples(), "the sample index of y");
                return LinearForm.constant(scope.y()[sample] + 1);
            }
            case "W": {
                List<Expr> kj = shape(reference, 2, 2, "W[layer][k, j]");
                int layer = layer(reference);
                int k = neuron(kj.get(0), env, layer);
                int j = grounder.index(kj.get(1), env, scope.network().fanIn(layer),
                        "the input index of W[" + scope.layerNames().get(layer) + "]");
                return grounder.atom(new Atom.Weight(layer, k, j), reference.span());
            }
            case "b": {
                List<Expr> k = shape(reference, 2, 1, "b[layer][k]");
                int layer = layer(reference);
                requireBoundedBias(reference, "b[" + scope.layerNames().get(layer) + "]");
                return grounder.atom(new Atom.Bias(layer, neuron(k.get(0), env, layer)), reference.span());
            }
            case "u":
            case "pre": {
                List<Expr> ik = shape(reference, 2, 2, name + "[layer][i, k]");
                int layer = layer(reference);
                int i = grounder.index(ik.get(0), env, scope.samples(), "the sample index of " + name);
                int k = neuron(ik.get(1), env, layer);
                if (name.equals("u")) {
                    return grounder.atom(new Atom.Activation(layer, i, k), reference.span());
                }
                if (scope.hasBias()) {
                    requireBoundedBias(reference, "pre[" + scope.layerNames().get(layer) + "], which includes the bias,");
                }
                return grounder.atom(new Atom.PreActivation(layer, i, k), reference.span());
            }
            default:
                String hint = Suggestions.didYouMean(name, Grounder.ENTITIES);
                throw problems.stop(reference.nameSpan(), "unknown entity '" + name + "'" + (hint.isEmpty()
                        ? "; the entities are W, b, u, pre, x and y" : hint));
        }
    }

    /** A name without brackets: a bound index variable (its 1-based value). */
    private LinearForm bare(UserAst.Reference reference, Map<String, Integer> env) {
        String name = reference.name();
        Integer value = env.get(name);
        if (value != null) {
            return LinearForm.constant(value);
        }
        if (Grounder.ENTITIES.contains(name)) {
            throw problems.stop(reference.span(), "'" + name + "' needs indices, as in " + usage(name));
        }
        if (ModelScope.SETS.contains(name) || scope.layerNames().contains(name)) {
            throw problems.stop(reference.span(), "'" + name + "' is a set, not a value; bind an index over it, "
                    + "as in sum(i in " + name + ") ...");
        }
        String hint = Suggestions.didYouMean(name, new ArrayList<>(env.keySet()));
        throw problems.stop(reference.span(), "unknown name '" + name + "'" + (hint.isEmpty()
                ? (env.isEmpty() ? "; no index is bound here" : "; the bound indices are "
                        + String.join(", ", env.keySet())) : hint));
    }

    /** {@code active(layer, k)}: some weight of neuron k is nonzero. */
    LinearForm active(UserAst.Call call, Map<String, Integer> env) {
        if (call.arguments().size() != 2 || !(call.arguments().get(0) instanceof UserAst.Reference layerName)
                || !layerName.indices().isEmpty()) {
            throw problems.stop(call.span(), "active takes a layer and a neuron, as in active(hidden, k)");
        }
        int layer = scope.layer(layerName.name(), layerName.span());
        int k = neuron(call.arguments().get(1), env, layer);
        return grounder.atom(new Atom.Active(layer, k), call.span());
    }

    /** {@code predict(i, c)}: c is a 1-based class number or a class label in quotes. */
    LinearForm predict(UserAst.Call call, Map<String, Integer> env) {
        if (call.arguments().size() != 2) {
            throw problems.stop(call.span(), "predict takes a sample and a class, as in predict(i, 1)");
        }
        int i = grounder.index(call.arguments().get(0), env, scope.samples(), "the sample index of predict");
        Expr classArgument = call.arguments().get(1);
        int c;
        if (classArgument instanceof UserAst.Text label) {
            c = scope.classLabels().indexOf(label.value());
            if (c < 0) {
                throw problems.stop(label.span(), "unknown class label \"" + label.value() + "\"; the classes are "
                        + String.join(", ", scope.classLabels()));
            }
        } else {
            c = grounder.index(classArgument, env, scope.classes(), "the class of predict");
        }
        return grounder.atom(new Atom.Predict(i, c), call.span());
    }

    private int layer(UserAst.Reference reference) {
        List<Expr> first = reference.indices().get(0);
        if (first.size() != 1 || !(first.get(0) instanceof UserAst.Reference name) || !name.indices().isEmpty()) {
            throw problems.stop(first.get(0).span(), "the first brackets of " + reference.name()
                    + " name a layer, as in " + usage(reference.name()));
        }
        return scope.layer(name.name(), name.span());
    }

    private int neuron(Expr expr, Map<String, Integer> env, int layer) {
        return grounder.index(expr, env, scope.network().layer(layer).width(),
                "the neuron index of layer '" + scope.layerNames().get(layer) + "'");
    }

    /** The index lists of an entity, checked against its shape: bracket groups, then indices in the last. */
    private List<Expr> shape(UserAst.Reference reference, int groups, int last, String usage) {
        List<List<Expr>> indices = reference.indices();
        if (indices.size() != groups || indices.get(groups - 1).size() != last) {
            throw problems.stop(reference.span(), reference.name() + " is written " + usage);
        }
        return indices.get(groups - 1);
    }

    /**
     * A bias without a declared range has bounds chosen never to bind the activations; they could
     * bind a user expression, so such an expression counts as unbounded.
     */
    private void requireBoundedBias(UserAst.Reference reference, String what) {
        SourceSpan span = reference.span();
        if (!scope.hasBias()) {
            throw problems.stop(span, "the network has no bias ('bias none'), so " + reference.name()
                    + " cannot be used");
        }
        if (!scope.biasBounded()) {
            throw problems.stop(span, what + " is unbounded: the bias has no declared range, and the range the "
                    + "compiler picks could bind this expression; declare one in the network block, e.g. "
                    + "'bias continuous in [-10, 10]'");
        }
    }

    private static String usage(String entity) {
        return switch (entity) {
            case "W" -> "W[layer][k, j]";
            case "b" -> "b[layer][k]";
            case "u" -> "u[layer][i, k]";
            case "pre" -> "pre[layer][i, k]";
            case "x" -> "x[i, j]";
            default -> "y[i]";
        };
    }
}
