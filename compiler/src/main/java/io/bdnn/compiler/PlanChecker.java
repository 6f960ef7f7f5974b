package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.Suggestions;
import java.util.List;

/** Checks the {@code robust} and {@code regularize} statements of the train block. */
final class PlanChecker {
    static final List<String> ROBUST_KINDS = List.of("linf", "box");
    static final List<String> REGULARIZERS = List.of("l1");

    private PlanChecker() {
    }

    /** The uncertainty set, or null when there is no {@code robust} statement or it is invalid. */
    static Robustness robustness(Ast.RobustDecl robust, Diagnostics diagnostics) {
        if (robust == null) {
            return null;
        }
        if (!ROBUST_KINDS.contains(robust.kind())) {
            diagnostics.error(robust.kindSpan(), "unknown uncertainty set '" + robust.kind() + "'"
                    + hint(robust.kind(), ROBUST_KINDS));
            return null;
        }
        if (robust.kind().equals("box")) {
            if (robust.radius() != null) {
                diagnostics.error(robust.radiusSpan(), "robust box takes its radii from the data block's "
                        + "'radius' statement, not here");
                return null;
            }
            return new Robustness("box", Double.NaN, robust.span());
        }
        if (robust.radius() == null) {
            diagnostics.error(robust.kindSpan(), "robust linf needs a radius, for example 'robust linf 0.1'");
            return null;
        }
        if (!(robust.radius() > 0)) {
            diagnostics.error(robust.radiusSpan(), "the radius of robust linf must be positive, found "
                    + fmt(robust.radius()));
            return null;
        }
        return new Robustness("linf", robust.radius(), robust.span());
    }

    /** The L1 weight LAMBDA, 0 when there is no {@code regularize} statement or it is invalid. */
    static double l1(Ast.RegularizeDecl regularize, Diagnostics diagnostics) {
        if (regularize == null) {
            return 0;
        }
        if (!REGULARIZERS.contains(regularize.kind())) {
            diagnostics.error(regularize.kindSpan(), "unknown regulariser '" + regularize.kind() + "'"
                    + hint(regularize.kind(), REGULARIZERS));
            return 0;
        }
        if (regularize.weight() == null) {
            diagnostics.error(regularize.kindSpan(), "regularize l1 needs a weight, for example 'regularize l1 0.001'");
            return 0;
        }
        if (!(regularize.weight() > 0)) {
            diagnostics.error(regularize.weightSpan(), "the weight of regularize l1 must be positive, found "
                    + fmt(regularize.weight()));
            return 0;
        }
        return regularize.weight();
    }

    /**
     * After the data is loaded: {@code robust box} needs the data block's {@code radius}.
     */
    static void checkAgainstData(TrainingPlan plan, io.bdnn.data.PreparedData data, Diagnostics diagnostics) {
        if (plan.isRobust() && plan.robust().kind().equals("box") && data.radius() == null) {
            diagnostics.error(plan.robust().span(), "robust box needs per-feature radii: add 'radius R' or "
                    + "'radius R1 R2 ...' (one per feature, in the data's units) to the data block");
        }
        if (plan.isEnsemble() && data.classes() < 3) {
            diagnostics.error(plan.ensemble().span(), "an ensemble needs at least 3 classes, the data has "
                    + data.classes() + "; remove 'ensemble' to train one network");
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String hint(String name, List<String> known) {
        String suggestion = Suggestions.didYouMean(name, known);
        return suggestion.isEmpty() ? "; expected one of " + String.join(", ", known) : suggestion;
    }
}
