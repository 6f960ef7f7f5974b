package io.bdnn.lowering;

import io.bdnn.ir.IrNode;

/**
 * One rewrite of an IR node kind into columns and linear rows. A rule adds to the model only
 * through the {@link LoweringContext}, and defines the {@link Refs} of the variable family its
 * node produces so that later rules can read it.
 *
 * @param <N> the node kind it accepts
 */
public interface LoweringRule<N extends IrNode> {

    /** The node kind this rule lowers. */
    Class<N> accepts();

    /** Lowers one node; every node it reads has been lowered already (topological order). */
    void lower(N node, LoweringContext context);

    /** The rule's name, recorded in the families it creates. */
    default String name() {
        return getClass().getSimpleName();
    }
}
