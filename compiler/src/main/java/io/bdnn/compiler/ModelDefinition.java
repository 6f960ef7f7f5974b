package io.bdnn.compiler;

import io.bdnn.ast.Diagnostic;
import io.bdnn.data.PreparedData;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;
import io.bdnn.user.UserSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * A model file after parsing, checking and loading its data: everything the later phases need,
 * with the warnings the checks produced and the checked user constraints and objective.
 */
public record ModelDefinition(String name, Path file, NetworkSpec network, TrainingSpec training,
                              PreparedData data, String sourceHash, List<Diagnostic> warnings, UserSpec user) {

    /** A definition without user constraints or objectives (Hamming loss). */
    public ModelDefinition(String name, Path file, NetworkSpec network, TrainingSpec training, PreparedData data,
                           String sourceHash, List<Diagnostic> warnings) {
        this(name, file, network, training, data, sourceHash, warnings, UserSpec.none());
    }

    /** The scaling to store with a trained network. */
    public Network.Scaling scaling() {
        return new Network.Scaling(data.scaler().kind(), data.scaler().offset(), data.scaler().scale());
    }
}
