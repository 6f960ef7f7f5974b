package io.bdnn.export;

import io.bdnn.network.Ensemble;
import java.util.ArrayList;
import java.util.List;

/**
 * An ensemble in the compact form {@code bdnn export} writes and {@code bdnn stats --network}
 * measures: every member packed as a {@link PackedNetwork} whose output layer keeps double biases
 * (the vote's tie-break reads the output margins), and one input scaler shared by all members.
 */
public record PackedEnsemble(Ensemble ensemble, List<PackedNetwork> members) {

    public static PackedEnsemble of(Ensemble ensemble) {
        List<PackedNetwork> members = new ArrayList<>();
        for (Ensemble.Member member : ensemble.members()) {
            members.add(PackedNetwork.of(member.network(), true));
        }
        return new PackedEnsemble(ensemble, List.copyOf(members));
    }

    /** Bytes of every parameter: the members' layers and the one scaler. */
    public long bytes() {
        return scalerBytes() + layerBytes();
    }

    public long layerBytes() {
        return members.stream().mapToLong(PackedNetwork::layerBytes).sum();
    }

    /** The scaler: one double offset and one double scale per feature, shared by the members. */
    public long scalerBytes() {
        return 16L * ensemble.inputs();
    }

    /** Every member as a 32-bit float MLP of the same widths. */
    public long floatBytes() {
        return members.stream().mapToLong(PackedNetwork::floatBytes).sum();
    }
}
