package io.bdnn.user;

import io.bdnn.ir.Atom;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import io.bdnn.spi.ExtensionNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds a model's user constraints and objective to its IR graph. The nonlinear atoms are grouped
 * into one node per kind, scope and nesting depth (an atom inside another atom's argument sits
 * one level deeper, so its node is lowered first), each node gets edges from every node it
 * reads, and the {@link UserNodes.AtomTable} records which node defines each atom. A model with
 * its own objective loses the network's Hamming loss node.
 */
public final class UserIr {
    private final IrGraph graph;
    private final UserSpec spec;
    private final UserNodes.AtomTable atoms = new UserNodes.AtomTable();
    /** Each aux atom with the scope that first needed it. */
    private final Map<Atom, String> scopes = new LinkedHashMap<>();

    private UserIr(IrGraph graph, UserSpec spec) {
        this.graph = graph;
        this.spec = spec;
    }

    IrGraph graph() {
        return graph;
    }

    public static void attach(IrGraph graph, UserSpec spec) {
        if (!spec.isEmpty()) {
            new UserIr(graph, spec).attach();
        }
    }

    private void attach() {
        for (ExpressionConstraint constraint : spec.constraints()) {
            constraint.rows().forEach(row -> collect(row.form(), constraint.name()));
        }
        if (spec.objective() != null) {
            spec.objective().stages().forEach(stage -> stage.forEach(term -> collect(term.form(), "loss")));
            graph.graph().vertexSet().stream().filter(IrNode.HammingLoss.class::isInstance).toList()
                    .forEach(graph.graph()::removeVertex);
        }
        new AtomNodes(this, atoms, spec).build(scopes);
        for (ExpressionConstraint constraint : spec.constraints()) {
            var node = new UserNodes.Rows(constraint.name(), constraint.kind(), constraint.axes(), constraint.rows(),
                    atoms, constraint.span());
            List<LinearForm> forms = constraint.rows().stream().map(UserNodes.Row::form).toList();
            connect(node, forms);
        }
        if (spec.objective() != null) {
            var node = new UserNodes.Objective("loss", spec.objective().stages(), atoms, spec.objective().span());
            List<LinearForm> forms = new ArrayList<>();
            spec.objective().stages().forEach(stage -> stage.forEach(term -> forms.add(term.form())));
            connect(node, forms);
        }
        for (ExtensionNode extension : spec.extensions()) {
            graph.graph().addVertex(extension);
            extension.reads(graph).forEach(read -> graph.graph().addEdge(read, extension));
        }
    }

    /** Records every aux atom of a form, and of the arguments of its atoms, under the first scope seen. */
    private void collect(LinearForm form, String scope) {
        for (Atom atom : form.terms().keySet()) {
            if (isAux(atom) && scopes.putIfAbsent(atom, scope) == null) {
                for (LinearForm argument : arguments(atom)) {
                    collect(argument, scope);
                }
            }
        }
    }

    static boolean isAux(Atom atom) {
        return !(atom instanceof Atom.Weight || atom instanceof Atom.Bias || atom instanceof Atom.Activation
                || atom instanceof Atom.PreActivation);
    }

    /** The forms an aux atom reads: its arguments, or for {@code active} the neuron's weights. */
    List<LinearForm> arguments(Atom atom) {
        if (atom instanceof Atom.Abs abs) {
            return List.of(abs.argument());
        } else if (atom instanceof Atom.Nonzero nonzero) {
            return List.of(nonzero.argument());
        } else if (atom instanceof Atom.Product product) {
            return List.of(product.factor(), LinearForm.of(product.binary()));
        } else if (atom instanceof Atom.Active active) {
            Map<Atom, Double> weights = new LinkedHashMap<>();
            for (int j = 0; j < graph.layers().get(active.layer()).fanIn(); j++) {
                weights.put(new Atom.Weight(active.layer(), active.neuron(), j), 1.0);
            }
            return List.of(new LinearForm(0, weights));
        }
        return List.of();
    }

    /** 0 for atoms read directly from the network; one more than the deepest aux atom of its arguments. */
    int depth(Atom atom) {
        if (!isAux(atom)) {
            return 0;
        }
        int deepest = 0;
        for (LinearForm argument : arguments(atom)) {
            for (Atom inner : argument.terms().keySet()) {
                deepest = Math.max(deepest, depth(inner));
            }
        }
        return deepest + 1;
    }

    /** Adds {@code node} with edges from every node its forms read. */
    void connect(IrNode node, List<LinearForm> forms) {
        graph.graph().addVertex(node);
        Set<IrNode> reads = new LinkedHashSet<>();
        for (LinearForm form : forms) {
            for (Atom atom : form.terms().keySet()) {
                reads.addAll(reads(atom));
            }
        }
        reads.remove(node);
        reads.forEach(read -> graph.graph().addEdge(read, node));
    }

    /** The nodes that define an atom: the network families behind it, or its aux node. */
    List<IrNode> reads(Atom atom) {
        UserNodes.AtomRef defined = atoms.find(atom);
        if (defined != null) {
            return List.of(defined.node());
        }
        if (atom instanceof Atom.Weight weight) {
            return List.of(graph.find(IrNode.Weights.class, weight.layer()));
        } else if (atom instanceof Atom.Bias bias) {
            return List.of(graph.find(IrNode.Biases.class, bias.layer()));
        } else if (atom instanceof Atom.Activation activation) {
            return List.of(graph.find(IrNode.Activations.class, activation.layer()));
        }
        return preActivationNodes(((Atom.PreActivation) atom).layer());
    }

    /** What a layer's pre-activations read: its weights, biases and products. */
    List<IrNode> preActivationNodes(int layer) {
        List<IrNode> nodes = new ArrayList<>();
        nodes.add(graph.find(IrNode.Weights.class, layer));
        IrNode biases = graph.find(IrNode.Biases.class, layer);
        if (biases != null) {
            nodes.add(biases);
        }
        IrNode products = graph.find(IrNode.Products.class, layer);
        if (products != null) {
            nodes.add(products);
        }
        return nodes;
    }
}
