package io.bdnn.compiler;

import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.milp.LinearModel;

/** A checked model lowered to a MILP, with the time the lowering took. */
public record CompiledModel(ModelDefinition definition, LoweredNetwork lowered, double seconds) {

    public LinearModel model() {
        return lowered.model();
    }
}
