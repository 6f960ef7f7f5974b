package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;
import io.bdnn.network.Domain;
import io.bdnn.network.NetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code network} block and turns it into a {@link NetworkSpec} once the data says
 * how many inputs and classes there are.
 */
final class NetworkChecker {
    static final List<String> ACTIVATIONS = List.of("step");

    private NetworkChecker() {
    }

    static NetworkSpec check(Ast.NetworkBlock block, int inputs, int classes, Diagnostics diagnostics) {
        List<Ast.LayerDecl> layers = new ArrayList<>();
        Ast.WeightsDecl weights = null;
        Ast.BiasDecl bias = null;
        for (Ast.NetworkStatement statement : block.statements()) {
            if (statement instanceof Ast.LayerDecl layer) {
                layers.add(layer);
            } else if (statement instanceof Ast.WeightsDecl declared) {
                if (weights != null) {
                    diagnostics.error(declared.span(), "weights are declared twice (first at line " + weights.span().line() + ")");
                }
                weights = declared;
            } else if (statement instanceof Ast.BiasDecl declared) {
                if (bias != null) {
                    diagnostics.error(declared.span(), "bias is declared twice (first at line " + bias.span().line() + ")");
                }
                bias = declared;
            }
        }
        if (layers.isEmpty()) {
            diagnostics.error(block.span(), "the network has no layer; add for example 'layer output: classes step'");
            return null;
        }
        List<NetworkSpec.LayerSpec> specs = checkLayers(layers, classes, diagnostics);
        Domain weightDomain = checkWeights(weights, block.span(), diagnostics);
        Domain biasDomain = checkBias(bias, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        return new NetworkSpec(inputs, specs, weightDomain, biasDomain);
    }

    private static List<NetworkSpec.LayerSpec> checkLayers(List<Ast.LayerDecl> layers, int classes, Diagnostics diagnostics) {
        List<NetworkSpec.LayerSpec> specs = new ArrayList<>();
        Map<String, SourceSpan> names = new HashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            Ast.LayerDecl layer = layers.get(l);
            SourceSpan first = names.putIfAbsent(layer.name(), layer.nameSpan());
            if (first != null) {
                diagnostics.error(layer.nameSpan(), "layer '" + layer.name() + "' is declared twice (first at line "
                        + first.line() + ")");
            }
            if (!ACTIVATIONS.contains(layer.activation())) {
                diagnostics.error(layer.activationSpan(), "unknown activation '" + layer.activation() + "'"
                        + Suggestions.didYouMean(layer.activation(), ACTIVATIONS)
                        + " (binarized networks use 'step')");
            }
            long width = layer.widthIsClasses() ? classes : layer.width();
            if (width < 1 || width > 100_000) {
                diagnostics.error(layer.widthSpan(), "layer '" + layer.name() + "' must have between 1 and 100000 neurons, found "
                        + width);
            }
            boolean last = l == layers.size() - 1;
            if (last && width != classes) {
                diagnostics.error(layer.widthSpan(), "the output layer '" + layer.name() + "' must have one neuron per class: the data has "
                        + classes + " classes, the layer " + width + " neurons; write 'classes'");
            }
            specs.add(new NetworkSpec.LayerSpec(layer.name(), (int) Math.max(1, Math.min(width, 100_000)), layer.span()));
        }
        return specs;
    }

    private static Domain checkWeights(Ast.WeightsDecl weights, SourceSpan block, Diagnostics diagnostics) {
        if (weights == null) {
            diagnostics.error(block, "the network declares no weights; add for example 'weights integer in [-1, 1]'");
            return null;
        }
        Ast.Domain domain = weights.domain();
        if (domain.kind() == Ast.DomainKind.NONE) {
            diagnostics.error(domain.span(), "weights cannot be 'none'; write 'weights continuous in [-1, 1]' or 'weights integer in [-1, 1]'");
            return null;
        }
        if (!domain.hasRange()) {
            diagnostics.error(domain.span(), "weights need a range, for example 'weights "
                    + domain.kind().name().toLowerCase() + " in [-1, 1]'");
            return null;
        }
        return range(domain, "weights", diagnostics);
    }

    private static Domain checkBias(Ast.BiasDecl bias, Diagnostics diagnostics) {
        if (bias == null) {
            return Domain.unbounded(Domain.Kind.CONTINUOUS);
        }
        Ast.Domain domain = bias.domain();
        return switch (domain.kind()) {
            case NONE -> Domain.none();
            case CONTINUOUS -> domain.hasRange() ? range(domain, "bias", diagnostics) : Domain.unbounded(Domain.Kind.CONTINUOUS);
            case INTEGER -> domain.hasRange() ? range(domain, "bias", diagnostics) : Domain.unbounded(Domain.Kind.INTEGER);
        };
    }

    private static Domain range(Ast.Domain domain, String what, Diagnostics diagnostics) {
        double lo = domain.lo();
        double hi = domain.hi();
        boolean integer = domain.kind() == Ast.DomainKind.INTEGER;
        if (Double.isNaN(lo) || Double.isNaN(hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            diagnostics.error(domain.rangeSpan(), what + " range must be finite");
        } else if (lo > hi) {
            diagnostics.error(domain.rangeSpan(), what + " range is empty: " + fmt(lo) + " > " + fmt(hi));
        } else if (integer && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
            diagnostics.error(domain.rangeSpan(), "an integer " + what + " range needs whole-number ends, found ["
                    + fmt(lo) + ", " + fmt(hi) + "]");
        } else if (Math.max(Math.abs(lo), Math.abs(hi)) > 1e6) {
            diagnostics.error(domain.rangeSpan(), what + " range is too wide for stable big-M rows (|bound| > 1e6)");
        }
        return integer ? Domain.integer(lo, hi) : Domain.continuous(lo, hi);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
