package io.bdnn.spi;

import io.bdnn.ast.BdnnException;
import io.bdnn.ast.SourceSpan;
import io.bdnn.lowering.LoweringRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the {@link BdnnExtension}s on the class path with {@link ServiceLoader}, once, and
 * offers their constraint kinds and rules. Two extensions that define the same constraint kind,
 * or a rule for a node kind that is not an {@link ExtensionNode}, stop the compiler with a
 * message naming the extensions.
 */
public final class Extensions {
    private static volatile List<BdnnExtension> loaded;

    private Extensions() {
    }

    /** The extensions found on the class path, in the order ServiceLoader lists them. */
    public static List<BdnnExtension> all() {
        List<BdnnExtension> result = loaded;
        if (result == null) {
            List<BdnnExtension> found = new ArrayList<>();
            ServiceLoader.load(BdnnExtension.class, Extensions.class.getClassLoader()).forEach(found::add);
            result = List.copyOf(found);
            loaded = result;
        }
        return result;
    }

    /** Every constraint kind by name. */
    public static Map<String, ConstraintKind> constraintKinds() {
        Map<String, ConstraintKind> kinds = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (BdnnExtension extension : all()) {
            for (ConstraintKind kind : extension.constraintKinds()) {
                String previous = owner.putIfAbsent(kind.name(), extension.name());
                if (previous != null) {
                    throw refused("the extensions '" + previous + "' and '" + extension.name()
                            + "' both define the constraint kind '" + kind.name() + "'");
                }
                kinds.put(kind.name(), kind);
            }
        }
        return kinds;
    }

    /** Every extension's rules; each must lower an extension node kind. */
    public static List<LoweringRule<?>> rules() {
        List<LoweringRule<?>> rules = new ArrayList<>();
        for (BdnnExtension extension : all()) {
            for (LoweringRule<?> rule : extension.loweringRules()) {
                if (!ExtensionNode.class.isAssignableFrom(rule.accepts())) {
                    throw refused("the extension '" + extension.name() + "' has a rule " + rule.name()
                            + " for " + rule.accepts().getSimpleName() + ", which is not an extension node kind");
                }
                rules.add(rule);
            }
        }
        return rules;
    }

    private static BdnnException refused(String message) {
        return new BdnnException(SourceSpan.none("extensions"), message);
    }
}
