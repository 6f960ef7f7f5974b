package io.bdnn.lowering;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.rules.BinaryTimesWeightToMcCormick;
import io.bdnn.lowering.rules.DeclareBiases;
import io.bdnn.lowering.rules.DeclareWeights;
import io.bdnn.lowering.rules.HammingLossToLinear;
import io.bdnn.lowering.rules.StepActivationToBigM;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one explicit list of lowering rules, a rule per IR node kind. Node kinds that are not
 * lowered by themselves are listed in {@link #DEFINED_BY_PRODUCER} with the reason; a test checks
 * that every kind of {@link IrNode} is covered by exactly one of the two.
 */
public final class LoweringRegistry {

    /**
     * Kinds lowered as part of another node: pre-activations are affine expressions inlined into
     * the rows that read them (no column, no row of their own); activations are created by the
     * {@code Step} that defines them, products by their {@code BinaryTimesWeight}.
     */
    public static final Set<Class<? extends IrNode>> DEFINED_BY_PRODUCER =
            Set.of(IrNode.PreActivation.class, IrNode.Activations.class, IrNode.Products.class);

    private final Map<Class<?>, LoweringRule<?>> rules = new LinkedHashMap<>();

    private LoweringRegistry(List<LoweringRule<?>> list) {
        for (LoweringRule<?> rule : list) {
            if (rules.put(rule.accepts(), rule) != null) {
                throw new IllegalArgumentException("two rules lower " + rule.accepts().getSimpleName());
            }
        }
    }

    /** The default rules of the exact training MILP. */
    public static LoweringRegistry defaults() {
        return new LoweringRegistry(List.of(
                new DeclareWeights(),
                new DeclareBiases(),
                new StepActivationToBigM(),
                new BinaryTimesWeightToMcCormick(),
                new HammingLossToLinear()));
    }

    public Set<Class<?>> kinds() {
        return rules.keySet();
    }

    /** Lowers one node with its rule; nodes defined by their producer are skipped. */
    @SuppressWarnings("unchecked")
    <N extends IrNode> void lower(N node, LoweringContext context) {
        if (DEFINED_BY_PRODUCER.contains(node.getClass())) {
            return;
        }
        LoweringRule<N> rule = (LoweringRule<N>) rules.get(node.getClass());
        if (rule == null) {
            throw new IllegalStateException("no lowering rule for " + node.getClass().getSimpleName());
        }
        rule.lower(node, context);
    }
}
