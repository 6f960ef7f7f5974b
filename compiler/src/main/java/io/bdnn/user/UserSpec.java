package io.bdnn.user;

import io.bdnn.ir.Atom;
import io.bdnn.spi.ExtensionNode;
import java.util.List;
import java.util.Map;

/**
 * Everything a model adds to the plain training problem, checked: expression constraints,
 * constraints of extension kinds (already IR nodes), the objective when it is not the plain
 * Hamming loss (null otherwise), and for every nonlinear atom what its lowering must guarantee.
 */
public record UserSpec(List<ExpressionConstraint> constraints, List<ExtensionNode> extensions,
                       ObjectiveSpec objective, Map<Atom, Sense> senses) {

    public UserSpec {
        constraints = List.copyOf(constraints);
        extensions = List.copyOf(extensions);
        senses = Map.copyOf(senses);
    }

    /** A model with nothing added: Hamming loss, no constraints. */
    public static UserSpec none() {
        return new UserSpec(List.of(), List.of(), null, Map.of());
    }

    public boolean isEmpty() {
        return constraints.isEmpty() && extensions.isEmpty() && objective == null;
    }
}
