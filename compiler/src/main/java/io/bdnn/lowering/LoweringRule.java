package io.bdnn.lowering;

import io.bdnn.ir.IrNode;
import io.bdnn.milp.ModelSize;

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

    /**
     * At most how many columns, rows and nonzeros lowering the node adds. It is asked of every
     * node before any is lowered, so it may read the graph and the bounds but no refs; the sum
     * sizes the model's arrays once ({@code LinearModelBuilder.reserve}). It only sizes arrays:
     * too small an estimate lets them grow as rows come, too large a one costs a trimming copy.
     * By default nothing is reserved.
     */
    default ModelSize size(N node, LoweringContext context) {
        return ModelSize.NONE;
    }

    /** The rule's name, recorded in the families it creates. */
    default String name() {
        return getClass().getSimpleName();
    }
}
