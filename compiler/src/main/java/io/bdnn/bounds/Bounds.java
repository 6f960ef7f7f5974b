package io.bdnn.bounds;

import java.util.List;

/** The result of the {@link BoundsAnalysis}: one {@link LayerBounds} per layer, first to last. */
public record Bounds(List<LayerBounds> layers) {

    public Bounds {
        layers = List.copyOf(layers);
    }

    public LayerBounds layer(int index) {
        return layers.get(index);
    }
}
