package io.bdnn.network;

import io.bdnn.ast.SourceSpan;
import java.util.List;

/**
 * The architecture a model declares: input width, layers of step neurons, and the domains of
 * weights and biases (shared by all layers in this version of the language).
 */
public record NetworkSpec(int inputs, List<LayerSpec> layers, Domain weights, Domain bias) {

    /** One layer: its name, its width, and where it was declared. */
    public record LayerSpec(String name, int width, SourceSpan span) {
    }

    public NetworkSpec {
        layers = List.copyOf(layers);
    }

    public int depth() {
        return layers.size();
    }

    public LayerSpec layer(int index) {
        return layers.get(index);
    }

    /** The fan-in of a layer: the input width for the first, the previous width otherwise. */
    public int fanIn(int layer) {
        return layer == 0 ? inputs : layers.get(layer - 1).width();
    }

    public int outputs() {
        return layers.get(layers.size() - 1).width();
    }
}
