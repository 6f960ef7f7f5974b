package io.bdnn.lowering;

/**
 * A formulation option that adds rows after every node is lowered ({@link Formulation.Option}),
 * reading the lowered families through the context. Options that change the IR instead (sharing
 * binaries among identical samples) are applied when the graph is built.
 */
public interface OptionRule {

    /** Adds the option's rows and columns. */
    void lower(LoweringContext context);

    /**
     * At most how many columns, rows and nonzeros the option adds, asked before any node is
     * lowered (as {@link LoweringRule#size}); by default nothing is reserved.
     */
    default io.bdnn.milp.ModelSize size(LoweringContext context) {
        return io.bdnn.milp.ModelSize.NONE;
    }

    /** The rule's name, recorded in the families it creates. */
    default String name() {
        return getClass().getSimpleName();
    }
}
