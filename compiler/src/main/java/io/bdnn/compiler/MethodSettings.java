package io.bdnn.compiler;

/**
 * The checked settings of the {@code method} statement: one record per training method.
 */
public sealed interface MethodSettings {

    /** The method's name as written in the language. */
    String name();

    /**
     * {@code method exact [formulation NAME] [OPTION...]}: one MILP over every training point, in
     * the chosen formulation.
     *
     * @param formulation the base formulation and its options
     */
    record Exact(io.bdnn.lowering.Formulation formulation) implements MethodSettings {
        /** Exact training in the default formulation. */
        public Exact() {
            this(io.bdnn.lowering.Formulation.defaults());
        }

        @Override
        public String name() {
            return "exact";
        }
    }

    /**
     * {@code method local_search rounds R [neurons] [batch N [sequential]] [seed S]}:
     * block-coordinate descent over layers (or single neurons), at most {@code rounds} passes
     * over all blocks.
     *
     * @param rounds     the largest number of rounds (passes over all blocks)
     * @param neurons    blocks are single neurons (their weights, bias and the activations) instead of layers
     * @param batch      training points per MILP, or 0 for all of them
     * @param sequential batches are consecutive windows of the training points instead of random draws
     * @param seed       seed of the initial network and of random batches
     */
    record LocalSearch(int rounds, boolean neurons, int batch, boolean sequential, long seed)
            implements MethodSettings {
        @Override
        public String name() {
            return "local_search";
        }
    }

    /**
     * {@code method split kmeans max_splits K [batch N [sequential]] [restarts R] [seed S] [one_subset]}:
     * the iterative data-splitting heuristic.
     *
     * @param maxSplits  the largest number of splits (each adds one subset; the start network's
     *                   patterns and each accepted network's may divide subsets further)
     * @param batch      training points per MILP, or 0 for all of them
     * @param sequential batches are consecutive windows of the training points instead of random draws
     * @param restarts   k-means++ restarts per split; the clustering with the least squared error is kept
     * @param seed       seed of k-means and of random batches
     * @param oneSubset  without a start network, start as the paper does, from one subset and no
     *                   network, instead of from the closed-form initial network and its patterns
     */
    record Split(int maxSplits, int batch, boolean sequential, int restarts, long seed, boolean oneSubset)
            implements MethodSettings {
        @Override
        public String name() {
            return "split";
        }
    }
}
