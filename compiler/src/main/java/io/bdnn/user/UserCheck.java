package io.bdnn.user;

import io.bdnn.ir.FormEvaluator;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Refs;
import io.bdnn.network.Network;
import io.bdnn.spi.ExtensionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a trained network against what the model added, by the exact forward pass: the value
 * of its objective (compared with the MILP's stage columns), earlier lexicographic stages (each
 * must stay within the optimum fixed for it), every user constraint row and every extension
 * constraint. Continuous quantities get a tolerance of 1e-6 relative plus what the read-back's
 * bias shift of eps/2 can move them ({@link FormEvaluator#biasSensitivity}).
 */
public final class UserCheck {
    static final double RELATIVE = 1e-6;

    private UserCheck() {
    }

    /**
     * The verdict.
     *
     * @param hasObjective     whether the model has its own objective (else the Hamming loss is checked)
     * @param milpObjective    the MILP's value of the last stage's objective (NaN without one)
     * @param forwardObjective the forward pass's value of it (NaN without one)
     * @param tolerance        how far the two may differ
     * @param violations       one sentence per constraint row, stage bound or extension constraint that fails
     * @param note             what was checked, for the summary, such as {@code misclassified 1, min_weight 2}
     */
    public record Result(boolean hasObjective, double milpObjective, double forwardObjective, double tolerance,
                         List<String> violations, String note) {
    }

    public static Result check(LoweredNetwork lowered, double[] values, Network network) {
        double[][] x = lowered.graph().inputs();
        int[] y = lowered.graph().labels();
        FormEvaluator evaluator = new FormEvaluator(network, x, y);
        double[] shift = shifts(lowered);
        List<String> violations = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        double milp = Double.NaN;
        double forward = Double.NaN;
        double tolerance = 0;
        boolean hasObjective = false;
        for (IrNode node : lowered.graph().topologicalOrder()) {
            if (node instanceof UserNodes.Objective objective) {
                hasObjective = true;
                Refs stages = lowered.refs().get(objective);
                int last = objective.stages().size() - 1;
                for (int s = 0; s <= last; s++) {
                    double claimed = stages.value(s, values);
                    double actual = 0;
                    double slack = 0;
                    List<String> terms = new ArrayList<>();
                    for (UserNodes.Term term : objective.stages().get(s)) {
                        double value = evaluator.value(term.form());
                        actual += term.weight() * value;
                        slack += Math.abs(term.weight()) * FormEvaluator.biasSensitivity(term.form(), shift);
                        terms.add(term.name() + " " + number(value));
                    }
                    slack += RELATIVE * Math.max(1, Math.abs(claimed));
                    if (s < last && actual > claimed + slack) {
                        violations.add("stage " + (s + 1) + " of the lexicographic loss is " + number(actual)
                                + " by forward pass, above the " + number(claimed) + " fixed for it");
                    }
                    checked.add((last > 0 ? "stage " + (s + 1) + ": " : "") + String.join(", ", terms));
                    if (s == last) {
                        milp = claimed;
                        forward = actual;
                        tolerance = slack;
                    }
                }
            } else if (node instanceof UserNodes.Rows rows) {
                int before = violations.size();
                for (UserNodes.Row row : rows.rows()) {
                    // Compared as the rule writes the row: the form's terms against bounds less its constant.
                    double constant = row.form().constant();
                    double value = evaluator.value(row.form()) - constant;
                    double lo = row.lo() - constant;
                    double hi = row.hi() - constant;
                    double slack = RELATIVE * Math.max(1, Math.abs(value))
                            + FormEvaluator.biasSensitivity(row.form(), shift);
                    if (value < lo - slack || value > hi + slack) {
                        String binding = binding(rows.axes(), row.local());
                        violations.add("constraint '" + rows.scope() + "'" + (binding.isEmpty() ? "" : " (" + binding
                                + ")") + " fails by forward pass: the expression is " + number(value) + ", "
                                + (value < lo ? "below " + number(lo) : "above " + number(hi)));
                    }
                }
                if (violations.size() == before) {
                    checked.add(rows.scope() + " holds");
                }
            } else if (node instanceof ExtensionNode extension) {
                List<String> failures = extension.violations(network, x, y);
                failures.forEach(failure -> violations.add("constraint '" + extension.constraintName() + "': "
                        + failure));
                if (failures.isEmpty()) {
                    checked.add(extension.constraintName() + " holds");
                }
            }
        }
        return new Result(hasObjective, milp, forward, tolerance, List.copyOf(violations), String.join("; ", checked));
    }

    /** The read-back's bias shift per layer: eps/2 for a continuous bias, 0 otherwise. */
    private static double[] shifts(LoweredNetwork lowered) {
        List<IrLayer> layers = lowered.graph().layers();
        double[] shift = new double[layers.size()];
        for (IrLayer layer : layers) {
            boolean continuous = layer.hasBias() && !layer.bias().isInteger();
            shift[layer.index()] = continuous ? lowered.bounds().layer(layer.index()).margin().value() / 2 : 0;
        }
        return shift;
    }

    /** {@code k = 2, j = 1} for a row-major local index over named axes. */
    static String binding(List<UserNodes.Axis> axes, int local) {
        int[] values = new int[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            values[a] = local % axes.get(a).size();
            local /= axes.get(a).size();
        }
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(axes.get(a).prefix() + " = " + (values[a] + 1));
        }
        return String.join(", ", parts);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
