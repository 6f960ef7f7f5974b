package io.bdnn.spi;

import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrNode;
import io.bdnn.network.Network;
import java.util.List;

/**
 * An IR node made by an extension's {@link ConstraintKind}, lowered by a rule of the same
 * extension. Besides being lowered, it can say whether a trained network satisfies it: after
 * every solve the exact forward pass checks every extension constraint, as it checks the loss.
 */
public interface ExtensionNode extends IrNode.Extension {

    /** The name of the constraint the node came from, for messages. */
    String constraintName();

    /** The nodes of {@code graph} this node reads (for example the output activations); edges come from them. */
    List<IrNode> reads(IrGraph graph);

    /**
     * How the network violates the constraint on the training inputs {@code x} (scaled) with
     * labels {@code y}: one sentence per violation, or an empty list when it holds.
     */
    List<String> violations(Network network, double[][] x, int[] y);
}
