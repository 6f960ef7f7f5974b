package io.bdnn.spi;

import io.bdnn.lowering.LoweringRule;
import java.util.List;

/**
 * The one door for Java extensions of bdnn. An extension adds constraint kinds to the language
 * ({@code constraint up: monotone(1)}) and the lowering rules of the IR nodes those kinds
 * create; rules implement {@link LoweringRule}, the same interface every built-in rule
 * implements. Extensions are found with {@link java.util.ServiceLoader}: a jar on the class path
 * lists its implementation in {@code META-INF/services/io.bdnn.spi.BdnnExtension}.
 *
 * <p>The built-in rules are not found this way: {@code LoweringRegistry.defaults()} lists them
 * explicitly. See {@code docs/extending.md} for a walkthrough.
 */
public interface BdnnExtension {

    /** A short name for messages, such as {@code monotone}. */
    String name();

    /** The constraint kinds this extension adds, by the name a model calls them with. */
    List<ConstraintKind> constraintKinds();

    /**
     * The rules that lower this extension's node kinds. Each must accept a kind that implements
     * {@link ExtensionNode}; a rule for a built-in kind is refused, so an extension cannot
     * silently change the formulation of the network.
     */
    List<LoweringRule<?>> loweringRules();
}
