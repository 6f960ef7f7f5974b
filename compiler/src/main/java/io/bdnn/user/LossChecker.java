package io.bdnn.user;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Suggestions;
import io.bdnn.ast.UserAst;
import io.bdnn.ir.Atom;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code loss ...} and turns each term into a ground form over atoms (all minimised):
 * <ul>
 *   <li>{@code hamming}: {@code sum_i sum_k |y_ik - u_ik| = m + sum_i sum_k (1 - 2 y_ik) u_ik};
 *   <li>{@code misclassified}: {@code m - sum_i predict(i, y_i)}, since exactly one class is predicted;
 *   <li>{@code hinge margin M}: {@code sum_i sum_k max(0, M - t_ik a_ik)} on the output pre-activations;
 *   <li>{@code max_margin}: {@code -gamma}, gamma the smallest distance of a pre-activation from 0;
 *   <li>{@code min_weight}: {@code sum |W|}; {@code min_nonzero}: {@code sum nonzero(W)}, over every layer;
 *   <li>the name of an {@code objective NAME: EXPR}: its expression.
 * </ul>
 * A loss that is just {@code hamming} gives null: the network's own Hamming rule lowers it, as
 * before any of this existed.
 */
final class LossChecker {
    static final List<String> BUILT_IN = List.of("hamming", "misclassified", "hinge", "max_margin", "min_weight",
            "min_nonzero", "lexicographic");

    private final ModelScope scope;
    private final Problems problems;
    private final Grounder grounder;
    private final Senses senses;
    private final Map<String, Ast.ObjectiveDecl> objectives;
    private final Map<String, LinearForm> grounded = new HashMap<>();
    /** The form of each term name used so far, so that a name keeps one column. */
    private final Map<String, LinearForm> named = new LinkedHashMap<>();

    LossChecker(ModelScope scope, Problems problems, Grounder grounder, Senses senses,
                Map<String, Ast.ObjectiveDecl> objectives) {
        this.scope = scope;
        this.problems = problems;
        this.grounder = grounder;
        this.senses = senses;
        this.objectives = objectives;
    }

    /** The names of the user objectives the loss uses. */
    java.util.Set<String> used() {
        return grounded.keySet();
    }

    ObjectiveSpec check(Ast.LossDecl loss) {
        if (loss == null) {
            return null;
        }
        List<UserAst.LossTerm> terms = loss.terms();
        UserAst.LossTerm first = terms.get(0);
        if (terms.size() == 1 && first.name().equals("hamming") && first.weight() == 1 && first.options().isEmpty()
                && first.stages().isEmpty()) {
            // The default objective, written out: nothing can be wrong with it, and building its
            // form only to drop it hashed an atom per sample and class into four maps (and spun
            // some 20 method-handle classes for the atoms' record methods). HammingLossToLinear
            // lowers it.
            return null;
        }
        List<List<UserNodes.Term>> stages = new ArrayList<>();
        if (first.name().equals("lexicographic") || !first.stages().isEmpty()) {
            for (UserAst.LossStage stage : first.stages()) {
                for (UserAst.LossTerm term : stage.terms()) {
                    for (Ast.Option option : term.options()) {
                        if (option.name().equals("then")) {
                            throw problems.stop(option.nameSpan(), "expected ',' before 'then': stages are "
                                    + "separated by commas, as in '{ first misclassified, then min_weight }'");
                        }
                    }
                }
            }
            if (terms.size() > 1 || first.weight() != 1 || !first.options().isEmpty()
                    || !first.name().equals("lexicographic") || first.stages().size() < 2) {
                throw problems.stop(first.span(), "write a staged loss alone, with two stages or more: "
                        + "'loss lexicographic { first misclassified, then min_weight }'");
            }
            for (int s = 0; s < first.stages().size(); s++) {
                UserAst.LossStage stage = first.stages().get(s);
                String keyword = s == 0 ? "first" : "then";
                if (!stage.keyword().equals(keyword)) {
                    throw problems.stop(stage.keywordSpan(), "expected '" + keyword + "' before stage " + (s + 1)
                            + ", found '" + stage.keyword() + "'");
                }
                stages.add(stage(stage.terms()));
            }
        } else {
            stages.add(stage(terms));
            List<UserNodes.Term> only = stages.get(0);
            if (only.size() == 1 && only.get(0).name().equals("hamming") && only.get(0).weight() == 1) {
                return null;
            }
        }
        return new ObjectiveSpec(stages, loss.describe(), loss.span());
    }

    private List<UserNodes.Term> stage(List<UserAst.LossTerm> terms) {
        List<UserNodes.Term> stage = new ArrayList<>();
        for (UserAst.LossTerm term : terms) {
            if (term.weight() == 0) {
                throw problems.stop(term.span(), "a weight of 0 drops the term '" + term.name() + "'; remove it");
            }
            if (term.name().equals("lexicographic") || !term.stages().isEmpty()) {
                throw problems.stop(term.span(), "stages cannot be nested or combined with other terms");
            }
            for (Ast.Option option : term.options()) {
                if (!(term.name().equals("hinge") && option.name().equals("margin"))) {
                    throw problems.stop(option.nameSpan(), "loss '" + term.name() + "' takes no option '"
                            + option.name() + "'" + (term.name().equals("hinge") ? "; it takes 'margin M'" : ""));
                }
            }
            if (term.weight() < 0 && (term.name().equals("min_nonzero") || term.name().equals("hinge"))) {
                throw problems.stop(term.span(), term.name() + " can only be minimised, with a positive weight");
            }
            LinearForm form = form(term);
            if (!senses.top(form.times(term.weight()), 1, term.span())) {
                throw new Problems.Stop();
            }
            stage.add(new UserNodes.Term(columnName(term.name(), form), term.weight(), form));
        }
        return stage;
    }

    /** The term's name, or the name with a suffix when the same name already stands for another form. */
    private String columnName(String name, LinearForm form) {
        String candidate = name;
        for (int suffix = 2; named.containsKey(candidate) && !named.get(candidate).equals(form); suffix++) {
            candidate = name + "_" + suffix;
        }
        named.putIfAbsent(candidate, form);
        return candidate;
    }

    private LinearForm form(UserAst.LossTerm term) {
        int m = scope.samples();
        int output = scope.outputLayer();
        int classes = scope.classes();
        LinearForm.Accumulator form = new LinearForm.Accumulator();
        switch (term.name()) {
            case "hamming":
                form.addConstant(m);
                for (int i = 0; i < m; i++) {
                    for (int k = 0; k < classes; k++) {
                        int y = scope.y()[i] == k ? 1 : 0;
                        form.addTerm(new Atom.Activation(output, i, k), 1 - 2 * y);
                    }
                }
                return form.build();
            case "misclassified":
                form.addConstant(m);
                for (int i = 0; i < m; i++) {
                    form.addTerm(new Atom.Predict(i, scope.y()[i]), -1);
                }
                return form.build();
            case "hinge":
                requireBoundedBias(term);
                double margin = margin(term);
                for (int i = 0; i < m; i++) {
                    for (int k = 0; k < classes; k++) {
                        form.addTerm(new Atom.Hinge(i, k, margin), 1);
                    }
                }
                return form.build();
            case "max_margin":
                requireBoundedBias(term);
                return LinearForm.of(new Atom.SmallestMargin()).times(-1);
            case "min_weight":
            case "min_nonzero":
                for (int l = 0; l < scope.network().depth(); l++) {
                    for (int k = 0; k < scope.network().layer(l).width(); k++) {
                        for (int j = 0; j < scope.network().fanIn(l); j++) {
                            LinearForm weight = LinearForm.of(new Atom.Weight(l, k, j));
                            form.addTerm(term.name().equals("min_weight")
                                    ? new Atom.Abs(weight) : new Atom.Nonzero(weight), 1);
                        }
                    }
                }
                return form.build();
            default:
                return userObjective(term);
        }
    }

    private LinearForm userObjective(UserAst.LossTerm term) {
        Ast.ObjectiveDecl declared = objectives.get(term.name());
        if (declared == null) {
            List<String> known = new ArrayList<>(BUILT_IN);
            known.addAll(objectives.keySet());
            String hint = Suggestions.didYouMean(term.name(), known);
            throw problems.stop(term.nameSpan(), "unknown loss '" + term.name() + "'" + (hint.isEmpty()
                    ? "; expected one of " + String.join(", ", known) : hint));
        }
        LinearForm form = grounded.get(term.name());
        if (form == null) {
            form = grounder.value(declared.expression(), new LinkedHashMap<>());
            if (form.isConstant()) {
                problems.warning(declared.nameSpan(), "objective '" + declared.name() + "' does not depend on the "
                        + "network");
            }
            grounded.put(term.name(), form);
        }
        return form;
    }

    private double margin(UserAst.LossTerm term) {
        for (Ast.Option option : term.options()) {
            if (option.value() instanceof Ast.NumberValue number && number.value() > 0) {
                return number.value();
            }
            throw problems.stop(option.span(), "the hinge margin must be a positive number, as in 'hinge margin 1'");
        }
        return 1;
    }

    private void requireBoundedBias(UserAst.LossTerm term) {
        if (!scope.biasBounded()) {
            throw problems.stop(term.nameSpan(), "loss '" + term.name() + "' reads the pre-activations, which are "
                    + "unbounded here: the bias has no declared range, and the range the compiler picks could bind "
                    + "this loss; declare one in the network block, e.g. 'bias continuous in [-10, 10]'");
        }
    }
}
