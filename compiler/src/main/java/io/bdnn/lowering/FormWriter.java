package io.bdnn.lowering;

import io.bdnn.ir.Atom;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a ground {@link LinearForm} into columns of the model under construction, through the
 * {@link Refs} of the families its atoms live in: a weight, bias or activation is its family's
 * member (a column or a constant), a pre-activation is {@code sum_j x_ij W_kj + b_k} in layer 1
 * and {@code sum_j s_ijk + b_k} deeper, an aux atom is the member the {@link UserNodes.AtomTable}
 * names. The interval of the result over the columns' bounds is the M every user rule uses: the
 * columns' bounds are the bounds analysis's (weight domains, bias ranges, binaries, McCormick
 * product ranges), so this extends the analysis to user expressions.
 */
public final class FormWriter {
    private FormWriter() {
    }

    /** {@code constant + sum coefficient * column}, with every column once. */
    public record Expansion(Map<Integer, Double> terms, double constant) {

        public boolean isConstant() {
            return terms.isEmpty();
        }

        /** {@code [lo, hi]} of the expression over the columns' bounds. */
        public double[] interval(LinearModelBuilder model) {
            double lo = constant;
            double hi = constant;
            for (Map.Entry<Integer, Double> term : terms.entrySet()) {
                double a = term.getValue() * model.colLo(term.getKey());
                double b = term.getValue() * model.colHi(term.getKey());
                lo += Math.min(a, b);
                hi += Math.max(a, b);
            }
            return new double[] {lo, hi};
        }

        /**
         * Whether the expression is an integer wherever its integer columns are: integer
         * coefficients on integer or binary columns only, and an integer constant. A column
         * defined equal to such an expression may be declared integer (which CP-SAT needs).
         */
        public boolean isIntegral(LinearModelBuilder model) {
            if (constant != Math.rint(constant)) {
                return false;
            }
            for (Map.Entry<Integer, Double> term : terms.entrySet()) {
                if (term.getValue() != Math.rint(term.getValue()) || !model.colType(term.getKey()).isIntegral()) {
                    return false;
                }
            }
            return true;
        }

        /** INTEGER when {@link #isIntegral} (scaled by {@code factor}), else CONTINUOUS. */
        public VarType type(LinearModelBuilder model, double factor) {
            return factor == Math.rint(factor) && isIntegral(model) ? VarType.INTEGER : VarType.CONTINUOUS;
        }

        /** Appends {@code scale} times the expression's terms to the open row; returns {@code scale * constant}. */
        public double appendTo(LinearModelBuilder model, double scale) {
            terms.forEach((column, coefficient) -> model.term(column, scale * coefficient));
            return scale * constant;
        }
    }

    public static Expansion expand(LinearForm form, UserNodes.AtomTable atoms, LoweringContext context) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        double[] constant = {form.constant()};
        form.terms().forEach((atom, coefficient) -> add(atom, coefficient, atoms, context, terms, constant));
        terms.values().removeIf(value -> value == 0);
        return new Expansion(terms, constant[0]);
    }

    private static void add(Atom atom, double coefficient, UserNodes.AtomTable atoms, LoweringContext context,
                            Map<Integer, Double> terms, double[] constant) {
        IrGraph graph = context.graph();
        if (atom instanceof Atom.PreActivation pre) {
            IrLayer layer = graph.layers().get(pre.layer());
            Refs weights = context.refs(graph.find(IrNode.Weights.class, pre.layer()));
            if (layer.isFirst()) {
                double[] x = graph.inputs()[pre.sample()];
                for (int j = 0; j < layer.fanIn(); j++) {
                    member(weights, weights.family().localIndex(pre.neuron(), j), coefficient * x[j], terms, constant);
                }
            } else {
                Refs products = context.refs(graph.find(IrNode.Products.class, pre.layer()));
                int unit = graph.unitOfSample(pre.sample());
                for (int j = 0; j < layer.fanIn(); j++) {
                    member(products, products.family().localIndex(pre.neuron(), j, unit), coefficient, terms, constant);
                }
            }
            IrNode biases = graph.find(IrNode.Biases.class, pre.layer());
            if (biases != null) {
                member(context.refs(biases), pre.neuron(), coefficient, terms, constant);
            }
        } else if (atom instanceof Atom.Weight weight) {
            Refs refs = context.refs(graph.find(IrNode.Weights.class, weight.layer()));
            member(refs, refs.family().localIndex(weight.neuron(), weight.input()), coefficient, terms, constant);
        } else if (atom instanceof Atom.Bias bias) {
            member(context.refs(graph.find(IrNode.Biases.class, bias.layer())), bias.neuron(), coefficient, terms,
                    constant);
        } else if (atom instanceof Atom.Activation activation) {
            Refs refs = context.refs(graph.find(IrNode.Activations.class, activation.layer()));
            int local = refs.family().localIndex(activation.neuron(), graph.unitOfSample(activation.sample()));
            member(refs, local, coefficient, terms, constant);
        } else {
            UserNodes.AtomRef defined = atoms.find(atom);
            if (defined == null) {
                throw new IllegalStateException(atom + " has no node defining it");
            }
            member(context.refs(defined.node()), defined.local(), coefficient, terms, constant);
        }
    }

    private static void member(Refs refs, int local, double coefficient, Map<Integer, Double> terms,
                               double[] constant) {
        if (coefficient == 0) {
            return;
        }
        constant[0] += coefficient * refs.constant(local);
        if (!refs.isConstant(local)) {
            terms.merge(refs.column(local), coefficient * refs.coefficient(local), Double::sum);
        }
    }
}
