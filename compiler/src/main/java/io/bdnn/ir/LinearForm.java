package io.bdnn.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ground affine expression {@code constant + sum_a coefficient_a * a} over {@link Atom}s, as
 * user expressions become once their sums and foralls are expanded. Immutable; terms keep the
 * order in which they were first written, so that rows read as the user wrote them.
 */
public record LinearForm(double constant, Map<Atom, Double> terms) {

    public LinearForm {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public static LinearForm constant(double value) {
        return new LinearForm(value, Map.of());
    }

    public static LinearForm of(Atom atom) {
        return new LinearForm(0, Map.of(atom, 1.0));
    }

    public boolean isConstant() {
        return terms.isEmpty();
    }

    /** The atom when this form is exactly {@code 1 * atom}, else null. */
    public Atom singleAtom() {
        if (constant != 0 || terms.size() != 1) {
            return null;
        }
        Map.Entry<Atom, Double> only = terms.entrySet().iterator().next();
        return only.getValue() == 1 ? only.getKey() : null;
    }

    /**
     * A mutable sum for loops: {@code plus} copies the whole form each time, so summing m terms
     * one by one would take O(m^2); an accumulator adds in place and builds the form once.
     */
    public static final class Accumulator {
        private double constant;
        private final Map<Atom, Double> terms = new LinkedHashMap<>();

        /** Adds {@code factor * form}; terms that cancel to 0 disappear. */
        public Accumulator add(LinearForm form, double factor) {
            constant += factor * form.constant;
            form.terms.forEach((atom, coefficient) -> addTerm(atom, factor * coefficient));
            return this;
        }

        /** Adds {@code coefficient * atom}. */
        public Accumulator addTerm(Atom atom, double coefficient) {
            double merged = terms.getOrDefault(atom, 0.0) + coefficient;
            if (merged == 0) {
                terms.remove(atom);
            } else {
                terms.put(atom, merged);
            }
            return this;
        }

        public Accumulator addConstant(double value) {
            constant += value;
            return this;
        }

        public LinearForm build() {
            return new LinearForm(constant, terms);
        }
    }

    public LinearForm plus(LinearForm other) {
        return plusScaled(other, 1);
    }

    public LinearForm minus(LinearForm other) {
        return plusScaled(other, -1);
    }

    /** {@code this + factor * other}; terms that cancel to 0 disappear. */
    public LinearForm plusScaled(LinearForm other, double factor) {
        Map<Atom, Double> sum = new LinkedHashMap<>(terms);
        other.terms.forEach((atom, coefficient) -> {
            double merged = sum.getOrDefault(atom, 0.0) + factor * coefficient;
            if (merged == 0) {
                sum.remove(atom);
            } else {
                sum.put(atom, merged);
            }
        });
        return new LinearForm(constant + factor * other.constant, sum);
    }

    public LinearForm times(double factor) {
        if (factor == 0) {
            return constant(0);
        }
        Map<Atom, Double> scaled = new LinkedHashMap<>();
        terms.forEach((atom, coefficient) -> scaled.put(atom, coefficient * factor));
        return new LinearForm(constant * factor, scaled);
    }
}
