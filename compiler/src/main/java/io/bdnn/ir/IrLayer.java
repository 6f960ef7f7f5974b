package io.bdnn.ir;

import io.bdnn.ast.SourceSpan;
import io.bdnn.network.Domain;

/**
 * A layer as the IR sees it: position, name, width, fan-in and the domains of its weights and
 * biases.
 *
 * <p>{@code index} is the layer's position in its graph's {@link IrGraph#layers()} list, unique in
 * the graph (the key of {@link IrGraph#find} and of the bounds analysis); {@code depth} is its
 * position in its own chain of layers, 0 for the layer that reads the inputs. A graph of one
 * network has {@code depth == index}; a verified ensemble holds one chain per member, laid out one
 * after another, so member m's layer l has index {@code offset_m + l} and depth l, and the layer
 * before it in its chain has index {@code index - 1}.
 */
public record IrLayer(int index, int depth, String name, int width, int fanIn, Domain weights, Domain bias,
                      SourceSpan span) {

    /** A layer of the graph's only chain: its depth is its index. */
    public IrLayer(int index, String name, int width, int fanIn, Domain weights, Domain bias, SourceSpan span) {
        this(index, index, name, width, fanIn, weights, bias, span);
    }

    /** Whether the layer reads the inputs (data, or the verified point), the first of its chain. */
    public boolean isFirst() {
        return depth == 0;
    }

    public boolean hasBias() {
        return !bias.isNone();
    }
}
