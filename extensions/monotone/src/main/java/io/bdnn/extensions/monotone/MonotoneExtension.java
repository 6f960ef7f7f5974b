package io.bdnn.extensions.monotone;

import io.bdnn.lowering.LoweringRule;
import io.bdnn.spi.BdnnExtension;
import io.bdnn.spi.ConstraintKind;
import java.util.List;

/**
 * The {@code monotone} extension: a constraint kind and the rule that lowers it. Listed in
 * {@code META-INF/services/io.bdnn.spi.BdnnExtension}, so that bdnn finds it on the class path.
 */
public final class MonotoneExtension implements BdnnExtension {

    @Override
    public String name() {
        return "monotone";
    }

    @Override
    public List<ConstraintKind> constraintKinds() {
        return List.of(new MonotoneKind());
    }

    @Override
    public List<LoweringRule<?>> loweringRules() {
        return List.of(new MonotoneToRows());
    }
}
