package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import io.bdnn.data.PreparedData;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What user expressions can name: the layers, the index sets ({@code inputs}, {@code train},
 * {@code classes}, each layer's neurons) and the training data. Lookups that fail report a
 * located error, with a suggestion when the name is a likely typo, and throw {@link Stop}.
 */
final class ModelScope {
    static final List<String> SETS = List.of("inputs", "train", "classes");

    private final NetworkSpec network;
    private final PreparedData data;
    private final Problems problems;

    ModelScope(NetworkSpec network, PreparedData data, Problems problems) {
        this.network = network;
        this.data = data;
        this.problems = problems;
    }

    NetworkSpec network() {
        return network;
    }

    double[][] x() {
        return data.train().x();
    }

    int[] y() {
        return data.train().y();
    }

    int samples() {
        return data.train().size();
    }

    int features() {
        return data.features();
    }

    int classes() {
        return data.classes();
    }

    List<String> classLabels() {
        return data.classLabels();
    }

    int outputLayer() {
        return network.depth() - 1;
    }

    List<String> layerNames() {
        List<String> names = new ArrayList<>();
        network.layers().forEach(layer -> names.add(layer.name()));
        return names;
    }

    /** The 0-based index of a layer, or a located error. */
    int layer(String name, SourceSpan span) {
        int index = layerNames().indexOf(name);
        if (index < 0) {
            String hint = Suggestions.didYouMean(name, layerNames());
            throw problems.stop(span, "unknown layer '" + name + "'" + (hint.isEmpty()
                    ? "; the layers are " + String.join(", ", layerNames()) : hint));
        }
        return index;
    }

    /**
     * The size of an index set: a layer's width, or inputs, train, classes. A layer that shares
     * its name with a built-in set is ambiguous and reported.
     */
    int setSize(String name, SourceSpan span) {
        boolean isLayer = layerNames().contains(name);
        if (isLayer && SETS.contains(name)) {
            throw problems.stop(span, "'" + name + "' is both a layer and a built-in index set; rename the layer");
        }
        switch (name) {
            case "inputs":
                return features();
            case "train":
                return samples();
            case "classes":
                return classes();
            default:
                break;
        }
        if (isLayer) {
            return network.layer(layerNames().indexOf(name)).width();
        }
        List<String> known = new ArrayList<>(SETS);
        known.addAll(layerNames());
        String hint = Suggestions.didYouMean(name, known);
        throw problems.stop(span, "unknown index set '" + name + "'" + (hint.isEmpty()
                ? "; expected inputs, train, classes or a layer (" + String.join(", ", layerNames()) + ")" : hint));
    }

    /** Whether {@code b[layer]} has bounds that can bind a user expression: a declared range. */
    boolean biasBounded() {
        return network.bias().isNone() || network.bias().declaredRange();
    }

    boolean hasBias() {
        return !network.bias().isNone();
    }
}
