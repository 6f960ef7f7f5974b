package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.Atom;
import io.bdnn.ir.LinearForm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works out, for every nonlinear atom of a model, what its lowering must guarantee
 * ({@link Sense}), and rejects the uses that the one-sided rules cannot honour exactly:
 * {@code active} and {@code nonzero} give {@code z >= [e != 0]} (z = 0 forces e = 0, but z = 1
 * cannot force e away from 0 without a margin), so they may only be bounded above or minimised;
 * the hinge is an epigraph, so it may only be minimised; the smallest margin is bounded by every
 * neuron's distance from 0, so it may only be maximised.
 */
final class Senses {
    private final Map<Atom, Sense> senses = new LinkedHashMap<>();
    private final ModelScope scope;
    private final Problems problems;

    Senses(ModelScope scope, Problems problems) {
        this.scope = scope;
        this.problems = problems;
    }

    Map<Atom, Sense> all() {
        return senses;
    }

    /**
     * Records the atoms of a top-level form: {@code direction} is +1 when the form is bounded
     * above or minimised, -1 when bounded below, 0 when both (an equality or a range). Reports a
     * use that cannot be honoured at {@code where} and returns false.
     */
    boolean top(LinearForm form, int direction, SourceSpan where) {
        for (Map.Entry<Atom, Double> term : form.terms().entrySet()) {
            Sense sense = direction == 0 ? Sense.EQ : term.getValue() * direction > 0 ? Sense.GE : Sense.LE;
            if (!need(term.getKey(), sense, where)) {
                return false;
            }
        }
        return true;
    }

    private boolean need(Atom atom, Sense sense, SourceSpan where) {
        Sense before = senses.get(atom);
        Sense after = sense.join(before);
        if (after == before) {
            return true;
        }
        String problem = problem(atom, after);
        if (problem != null) {
            problems.error(where, problem);
            return false;
        }
        senses.put(atom, after);
        for (Atom inner : inner(atom)) {
            if (!need(inner, Sense.EQ, where)) {
                return false;
            }
        }
        return true;
    }

    /** The atoms inside an atom's arguments: they are read both ways, so they need exact values. */
    private static Iterable<Atom> inner(Atom atom) {
        LinearForm argument = null;
        if (atom instanceof Atom.Abs abs) {
            argument = abs.argument();
        } else if (atom instanceof Atom.Nonzero nonzero) {
            argument = nonzero.argument();
        } else if (atom instanceof Atom.Product product) {
            argument = product.factor().plus(LinearForm.of(product.binary()));
        }
        return argument == null ? java.util.List.of() : argument.terms().keySet();
    }

    private String problem(Atom atom, Sense sense) {
        if ((atom instanceof Atom.Active || atom instanceof Atom.Nonzero) && sense != Sense.GE) {
            return describe(atom) + " can only be bounded above or minimised (with a positive coefficient): its "
                    + "indicator z = 0 forces zeros, but z = 1 cannot force a value away from 0; write the "
                    + "condition with abs(...) instead";
        }
        if (atom instanceof Atom.Hinge && sense != Sense.GE) {
            return "the hinge loss can only be minimised, with a positive weight";
        }
        if (atom instanceof Atom.SmallestMargin && sense != Sense.LE) {
            return "max_margin can only be maximised, with a positive weight";
        }
        return null;
    }

    private String describe(Atom atom) {
        if (atom instanceof Atom.Active active) {
            return "active(" + scope.layerNames().get(active.layer()) + ", " + (active.neuron() + 1) + ")";
        }
        LinearForm argument = ((Atom.Nonzero) atom).argument();
        if (argument.singleAtom() instanceof Atom.Weight weight) {
            return "nonzero(W[" + scope.layerNames().get(weight.layer()) + "][" + (weight.neuron() + 1) + ", "
                    + (weight.input() + 1) + "])";
        }
        return "nonzero(...)";
    }
}
