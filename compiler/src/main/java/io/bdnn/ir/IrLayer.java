package io.bdnn.ir;

import io.bdnn.ast.SourceSpan;
import io.bdnn.network.Domain;

/**
 * A layer as the IR sees it: position, name, width, fan-in and the domains of its weights and
 * biases.
 */
public record IrLayer(int index, String name, int width, int fanIn, Domain weights, Domain bias, SourceSpan span) {

    public boolean isFirst() {
        return index == 0;
    }

    public boolean hasBias() {
        return !bias.isNone();
    }
}
