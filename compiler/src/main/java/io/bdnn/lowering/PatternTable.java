package io.bdnn.lowering;

/**
 * The pattern table of a layer lowered by {@code PatternTableToRows} ({@code method exact patterns}):
 * {@code table} holds {@code t[p, k]}, the activation of neuron k on the layer-(l-1) pattern p
 * (bit j of p is input j), {@code unused} the columns {@code z[p]} (constant 0 where not needed).
 * A MIP start fills them from a network's forward pass ({@link StartBuilder}).
 *
 * @param layer  the layer's index
 * @param table  refs of {@code t}, family axes (n, p)
 * @param unused refs of {@code z}, family axis (p)
 */
public record PatternTable(int layer, Refs table, Refs unused) {
}
