package io.bdnn.user;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.data.PreparedData;
import io.bdnn.network.NetworkSpec;
import io.bdnn.spi.ConstraintKind;
import io.bdnn.spi.ExtensionNode;
import io.bdnn.spi.Extensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what a model adds to the training problem, once the network and data are known: the
 * {@code constraint} and {@code objective} statements and the terms of {@code loss}. Every
 * problem is a located error; a constraint or loss stops at its first one.
 */
public final class UserChecker {
    private UserChecker() {
    }

    public static UserSpec check(Ast.TrainBlock block, NetworkSpec network, PreparedData data,
                                 Diagnostics diagnostics) {
        Problems problems = new Problems(diagnostics);
        ModelScope scope = new ModelScope(network, data, problems);
        Map<String, ConstraintKind> kinds = Extensions.constraintKinds();
        Grounder grounder = new Grounder(scope, problems, kinds.keySet());
        Senses senses = new Senses(scope, problems);
        List<Ast.ConstraintDecl> constraints = new ArrayList<>();
        Map<String, Ast.ObjectiveDecl> objectives = new LinkedHashMap<>();
        Map<String, SourceSpan> names = new LinkedHashMap<>();
        Ast.LossDecl loss = null;
        Ast.MethodDecl method = null;
        for (Ast.TrainStatement statement : block.statements()) {
            if (statement instanceof Ast.ConstraintDecl constraint) {
                if (unique(constraint.name(), constraint.nameSpan(), names, problems)) {
                    constraints.add(constraint);
                }
            } else if (statement instanceof Ast.ObjectiveDecl objective) {
                if (LossChecker.BUILT_IN.contains(objective.name())) {
                    problems.error(objective.nameSpan(), "objective '" + objective.name() + "' has the name of a "
                            + "built-in loss; choose another name");
                } else if (unique(objective.name(), objective.nameSpan(), names, problems)) {
                    objectives.put(objective.name(), objective);
                }
            } else if (statement instanceof Ast.LossDecl declared && loss == null) {
                loss = declared;
            } else if (statement instanceof Ast.MethodDecl declared) {
                method = declared;
            }
        }
        List<ExpressionConstraint> checked = new ArrayList<>();
        List<ExtensionNode> extensions = new ArrayList<>();
        ConstraintChecker constraintChecker = new ConstraintChecker(scope, problems, grounder, senses, kinds);
        for (Ast.ConstraintDecl constraint : constraints) {
            try {
                ExpressionConstraint expression = constraintChecker.check(constraint, extensions);
                if (expression != null) {
                    checked.add(expression);
                }
            } catch (Problems.Stop stop) {
                // Reported; go on with the next constraint.
            }
        }
        LossChecker lossChecker = new LossChecker(scope, problems, grounder, senses, objectives);
        ObjectiveSpec objective = null;
        try {
            objective = lossChecker.check(loss);
        } catch (Problems.Stop stop) {
            // Reported.
        }
        for (Ast.ObjectiveDecl declared : objectives.values()) {
            if (!lossChecker.used().contains(declared.name()) && !diagnostics.hasErrors()) {
                problems.warning(declared.nameSpan(), "objective '" + declared.name() + "' is not used by the loss; "
                        + "name it there, as in 'loss hamming + 0.1 " + declared.name() + "'");
            }
        }
        UserSpec spec = new UserSpec(checked, extensions, objective, senses.all());
        if (method != null && !method.name().equals("exact") && !spec.isEmpty()) {
            problems.error(method.nameSpan(), "constraints and losses other than hamming need 'method exact': '"
                    + method.name() + "' solves subproblems on parts of the data, which the constraints do not fit");
        }
        return spec;
    }

    private static boolean unique(String name, SourceSpan span, Map<String, SourceSpan> names, Problems problems) {
        SourceSpan first = names.putIfAbsent(name, span);
        if (first != null) {
            problems.error(span, "'" + name + "' is already the name of a constraint or objective (line "
                    + first.line() + ")");
            return false;
        }
        return true;
    }
}
