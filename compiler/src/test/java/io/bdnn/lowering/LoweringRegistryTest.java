package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ir.IrNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoweringRegistryTest {

    @Test
    void everyNodeKindIsLoweredByExactlyOneRuleOrByItsProducer() {
        Set<Class<?>> kinds = new HashSet<>(Arrays.asList(IrNode.class.getPermittedSubclasses()));
        Set<Class<?>> withRule = LoweringRegistry.defaults().kinds();
        Set<Class<?>> covered = new HashSet<>(withRule);
        covered.addAll(LoweringRegistry.DEFINED_BY_PRODUCER);
        assertThat(covered).isEqualTo(kinds);
        assertThat(withRule).doesNotContainAnyElementsOf(LoweringRegistry.DEFINED_BY_PRODUCER);
    }
}
