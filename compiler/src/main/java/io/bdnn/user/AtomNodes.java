package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.Atom;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.LinearForm;
import io.bdnn.ir.UserNodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the IR nodes that define a model's nonlinear atoms: one node per group of atoms of the
 * same kind, scope and depth, lowest depth first (a node's inner atoms must be defined before
 * it is connected). Which node an absolute value goes to depends on its {@link Sense}: only
 * bounded above gives {@link UserNodes.AbsBound}, anything else {@link UserNodes.AbsExact}.
 */
final class AtomNodes {
    private final UserIr ir;
    private final IrGraph graph;
    private final UserNodes.AtomTable atoms;
    private final UserSpec spec;

    AtomNodes(UserIr ir, UserNodes.AtomTable atoms, UserSpec spec) {
        this.ir = ir;
        this.graph = ir.graph();
        this.atoms = atoms;
        this.spec = spec;
    }

    /** Stands for the nesting depth in kind names until {@link #numberDepths} decides. */
    private static final String SUFFIX = "#";

    /** A group of atoms that share a node. */
    private record Group(int depth, String kind, String scope) {
    }

    void build(Map<Atom, String> scopes) {
        Map<Group, List<Atom>> groups = new TreeMap<>(Comparator.comparingInt(Group::depth)
                .thenComparing(Group::kind).thenComparing(Group::scope));
        for (Map.Entry<Atom, String> entry : scopes.entrySet()) {
            Atom atom = entry.getKey();
            int depth = ir.depth(atom);
            String suffix = SUFFIX;
            String scope = entry.getValue();
            Group group;
            if (atom instanceof Atom.Abs) {
                group = new Group(depth, (spec.senses().get(atom) == Sense.GE ? "abs" : "abs_exact") + suffix, scope);
            } else if (atom instanceof Atom.Nonzero) {
                group = new Group(depth, "nonzero" + suffix, scope);
            } else if (atom instanceof Atom.Product) {
                group = new Group(depth, "prod" + suffix, scope);
            } else if (atom instanceof Atom.Active active) {
                group = new Group(depth, "active", graph.layers().get(active.layer()).name());
            } else if (atom instanceof Atom.Predict) {
                group = new Group(depth, "predict", "predict");
            } else if (atom instanceof Atom.Hinge hinge) {
                group = new Group(depth, "hinge " + hinge.margin(), "loss");
            } else {
                group = new Group(depth, "margin", "loss");
            }
            groups.computeIfAbsent(group, key -> new ArrayList<>()).add(atom);
        }
        groups = numberDepths(groups);
        int hinges = 0;
        for (Map.Entry<Group, List<Atom>> entry : groups.entrySet()) {
            Group group = entry.getKey();
            List<Atom> members = entry.getValue();
            SourceSpan span = span(group.scope());
            if (group.kind().startsWith("abs")) {
                List<LinearForm> arguments = members.stream().map(atom -> ((Atom.Abs) atom).argument()).toList();
                IrNode node = group.kind().startsWith("abs_exact")
                        ? new UserNodes.AbsExact(group.scope(), group.kind(), arguments, atoms, span)
                        : new UserNodes.AbsBound(group.scope(), group.kind(), arguments, atoms, span);
                add(node, members, arguments);
            } else if (group.kind().startsWith("nonzero") || group.kind().equals("active")) {
                indicators(group, members, span);
            } else if (group.kind().startsWith("prod")) {
                List<Atom> binaries = members.stream().map(atom -> ((Atom.Product) atom).binary()).toList();
                List<LinearForm> factors = members.stream().map(atom -> ((Atom.Product) atom).factor()).toList();
                List<LinearForm> reads = new ArrayList<>(factors);
                binaries.forEach(binary -> reads.add(LinearForm.of(binary)));
                add(new UserNodes.BinaryProducts(group.scope(), group.kind(), binaries, factors, atoms, span),
                        members, reads);
            } else if (group.kind().equals("predict")) {
                predictions(members, span);
            } else if (group.kind().startsWith("hinge")) {
                hinges++;
                double margin = ((Atom.Hinge) members.get(0)).margin();
                var node = new UserNodes.Hinge("loss", hinges == 1 ? "hinge" : "hinge" + hinges, margin, span);
                int classes = graph.layers().get(graph.layers().size() - 1).width();
                for (Atom atom : members) {
                    Atom.Hinge hinge = (Atom.Hinge) atom;
                    atoms.put(atom, node, hinge.sample() * classes + hinge.neuron());
                }
                connectTo(node, ir.preActivationNodes(graph.layers().size() - 1));
            } else {
                var node = new UserNodes.SmallestMargin("loss", span);
                atoms.put(members.get(0), node, 0);
                List<IrNode> reads = new ArrayList<>();
                for (int l = 0; l < graph.layers().size(); l++) {
                    reads.addAll(ir.preActivationNodes(l));
                    reads.add(graph.find(IrNode.Activations.class, l));
                }
                connectTo(node, reads);
            }
        }
    }

    /**
     * Replaces the depth placeholder in kind names: nothing when a scope has atoms of a kind at
     * one depth only ({@code parity/m1/abs}), the depth when at several ({@code c/m1/abs2}), so
     * that family names stay unique.
     */
    private static Map<Group, List<Atom>> numberDepths(Map<Group, List<Atom>> groups) {
        Map<String, java.util.Set<Integer>> depths = new java.util.HashMap<>();
        groups.keySet().forEach(group -> depths.computeIfAbsent(group.kind() + "@" + group.scope(),
                key -> new java.util.TreeSet<>()).add(group.depth()));
        Map<Group, List<Atom>> renamed = new LinkedHashMap<>();
        groups.forEach((group, atoms) -> {
            boolean several = depths.get(group.kind() + "@" + group.scope()).size() > 1;
            String kind = group.kind().replace(SUFFIX, several ? Integer.toString(group.depth()) : "");
            renamed.put(new Group(group.depth(), kind, group.scope()), atoms);
        });
        return renamed;
    }

    /** Active indicators are numbered by neuron in their layer; nonzero ones in order of first use. */
    private void indicators(Group group, List<Atom> members, SourceSpan span) {
        Map<Integer, List<LinearForm>> groups = new LinkedHashMap<>();
        List<LinearForm> reads = new ArrayList<>();
        UserNodes.Axis axis;
        if (group.kind().equals("active")) {
            int layer = ((Atom.Active) members.get(0)).layer();
            axis = new UserNodes.Axis("n", graph.layers().get(layer).width());
            for (Atom atom : members) {
                LinearForm weights = ir.arguments(atom).get(0);
                List<LinearForm> each = new ArrayList<>();
                weights.terms().keySet().forEach(weight -> each.add(LinearForm.of(weight)));
                groups.put(((Atom.Active) atom).neuron(), each);
                reads.add(weights);
            }
        } else {
            axis = new UserNodes.Axis("m", members.size());
            for (int r = 0; r < members.size(); r++) {
                LinearForm argument = ((Atom.Nonzero) members.get(r)).argument();
                groups.put(r, List.of(argument));
                reads.add(argument);
            }
        }
        var node = new UserNodes.Indicators(group.scope(), group.kind(), axis, groups, atoms, span);
        int r = 0;
        for (Atom atom : members) {
            atoms.put(atom, node, atom instanceof Atom.Active active ? active.neuron() : r);
            r++;
        }
        ir.connect(node, reads);
    }

    private void predictions(List<Atom> members, SourceSpan span) {
        int classes = graph.layers().get(graph.layers().size() - 1).width();
        List<Integer> locals = new ArrayList<>();
        for (Atom atom : members) {
            Atom.Predict predict = (Atom.Predict) atom;
            locals.add(predict.sample() * classes + predict.classIndex());
        }
        var node = new UserNodes.Predictions("predict", graph.samples(), classes, locals, span);
        for (int r = 0; r < members.size(); r++) {
            atoms.put(members.get(r), node, locals.get(r));
        }
        connectTo(node, List.of(graph.find(IrNode.Activations.class, graph.layers().size() - 1)));
    }

    /** Registers member r of the node as atom r, then connects the node to what its forms read. */
    private void add(IrNode node, List<Atom> members, List<LinearForm> reads) {
        for (int r = 0; r < members.size(); r++) {
            atoms.put(members.get(r), node, r);
        }
        ir.connect(node, reads);
    }

    private void connectTo(IrNode node, List<IrNode> reads) {
        graph.graph().addVertex(node);
        reads.forEach(read -> graph.graph().addEdge(read, node));
    }

    /** Where a scope was written: its constraint, or the loss. */
    private SourceSpan span(String scope) {
        for (ExpressionConstraint constraint : spec.constraints()) {
            if (constraint.name().equals(scope)) {
                return constraint.span();
            }
        }
        return spec.objective() != null ? spec.objective().span()
                : spec.constraints().isEmpty() ? SourceSpan.none("model") : spec.constraints().get(0).span();
    }
}
