package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ir.IrNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoweringRegistryTest {

    /**
     * The concrete node kinds: IrNode's permitted records, and those of its sealed sub-interfaces
     * (the user kinds). {@link IrNode.Extension} is the non-sealed door for extensions, whose
     * kinds their own rules lower; it is no kind of its own.
     */
    private static Set<Class<?>> kinds(Class<?> sealed) {
        Set<Class<?>> kinds = new HashSet<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                kinds.addAll(kinds(permitted));
            } else if (permitted != IrNode.Extension.class) {
                kinds.add(permitted);
            }
        }
        return kinds;
    }

    @Test
    void everyNodeKindIsLoweredByExactlyOneRuleOrByItsProducer() {
        Set<Class<?>> kinds = kinds(IrNode.class);
        Set<Class<?>> withRule = LoweringRegistry.defaults().kinds();
        Set<Class<?>> covered = new HashSet<>(withRule);
        covered.addAll(LoweringRegistry.DEFINED_BY_PRODUCER);
        assertThat(covered).isEqualTo(kinds);
        assertThat(withRule).doesNotContainAnyElementsOf(LoweringRegistry.DEFINED_BY_PRODUCER);
        assertThat(kinds).contains(io.bdnn.ir.UserNodes.Objective.class, io.bdnn.ir.UserNodes.AbsExact.class);
    }

    @Test
    void withoutExtensionsOnTheClassPathTheRegistryIsTheDefaults() {
        assertThat(LoweringRegistry.withExtensions().kinds()).isEqualTo(LoweringRegistry.defaults().kinds());
    }
}
