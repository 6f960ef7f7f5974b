package io.bdnn.compiler;

import io.bdnn.ast.Diagnostic;
import io.bdnn.data.PreparedData;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * A model file after parsing, checking and loading its data: everything the later phases need,
 * with the warnings the checks produced.
 */
public record ModelDefinition(String name, Path file, NetworkSpec network, TrainingSpec training,
                              PreparedData data, String sourceHash, List<Diagnostic> warnings) {

    /** The scaling to store with a trained network. */
    public Network.Scaling scaling() {
        return new Network.Scaling(data.scaler().kind(), data.scaler().offset(), data.scaler().scale());
    }
}
