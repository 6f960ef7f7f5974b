package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostics;
import io.bdnn.bounds.Bounds;
import io.bdnn.bounds.LayerBounds;
import io.bdnn.bounds.Margin;
import io.bdnn.data.DataLoader;
import io.bdnn.data.PreparedData;
import io.bdnn.grammar.ModelParser;
import io.bdnn.ir.IrBuilder;
import io.bdnn.ir.IrGraph;
import io.bdnn.lowering.Formulation;
import io.bdnn.lowering.Lowerer;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.LoweringRegistry;
import io.bdnn.network.NetworkSpec;
import io.bdnn.user.UserChecker;
import io.bdnn.user.UserIr;
import io.bdnn.user.UserSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The compiler's entry point: parse, check, load data ({@link #check}), then build the IR graph,
 * analyse bounds and lower to a MILP ({@link #lower}). Each phase stops with a
 * {@link BdnnException} carrying located diagnostics when the model has errors.
 */
public final class Compiler {
    private Compiler() {
    }

    /** Parses and checks a model file and loads its data. */
    public static ModelDefinition check(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        String text = ModelParser.read(file, diagnostics);
        stopOnErrors(diagnostics);
        Ast.ModelFile ast = ModelParser.parse(file.toString(), text, diagnostics);
        stopOnErrors(diagnostics);
        Ast.DataBlock data = single(ast, Ast.DataBlock.class, "data", diagnostics);
        Ast.NetworkBlock network = single(ast, Ast.NetworkBlock.class, "network", diagnostics);
        Ast.TrainBlock train = single(ast, Ast.TrainBlock.class, "train", diagnostics);
        stopOnErrors(diagnostics);
        TrainingSpec training = TrainChecker.check(train, diagnostics);
        Path base = file.toAbsolutePath().getParent();
        PreparedData prepared = DataLoader.load(data, base, diagnostics);
        stopOnErrors(diagnostics);
        PlanChecker.checkAgainstData(training.plan(), prepared, diagnostics);
        NetworkSpec spec = NetworkChecker.check(network, prepared.features(), prepared.classes(), diagnostics);
        stopOnErrors(diagnostics);
        UserSpec user = UserChecker.check(train, spec, prepared, diagnostics);
        stopOnErrors(diagnostics);
        return new ModelDefinition(ast.name(), file, spec, training, prepared, sha256(text), diagnostics.all(), user);
    }

    /** Builds the IR graph of exact training, analyses its bounds and lowers it with the default rules. */
    public static CompiledModel lower(ModelDefinition definition) {
        return lower(definition, formulation(definition));
    }

    /** As {@link #lower(ModelDefinition)}, in the given formulation instead of the model's own. */
    public static CompiledModel lower(ModelDefinition definition, Formulation formulation) {
        long start = System.nanoTime();
        double[][] x = definition.data().train().x();
        IrGraph graph = IrBuilder.build(definition.network(), x, definition.data().train().y(), null, null,
                Subproblems.options(definition, formulation.grouping(x)));
        UserIr.attach(graph, definition.user());
        LoweredNetwork lowered = Lowerer.lower(definition.name(), graph, definition.training().epsilon(),
                formulation, LoweringRegistry.withExtensions());
        Bounds bounds = lowered.bounds();
        List<io.bdnn.ast.Diagnostic> warnings = new ArrayList<>(definition.warnings());
        if (definition.training().hasUserEpsilon()) {
            for (LayerBounds layer : bounds.layers()) {
                double m = layer.largestMagnitude();
                if (!layer.integral() && !Margin.isSafe(definition.training().epsilon(), m)) {
                    warnings.add(io.bdnn.ast.Diagnostic.warning(definition.training().solverSpan(),
                            "epsilon " + definition.training().epsilon() + " is below the safe margin "
                                    + Margin.SAFETY * Margin.INTEGRALITY_TOLERANCE * m
                                    + " for big-M " + m + "; the solver may accept activations of the wrong sign"));
                }
            }
        }
        ModelDefinition withWarnings = new ModelDefinition(definition.name(), definition.file(), definition.network(),
                definition.training(), definition.data(), definition.sourceHash(), warnings, definition.user());
        return new CompiledModel(withWarnings, lowered, (System.nanoTime() - start) / 1e9);
    }

    /** The formulation of {@code method exact} (the default for the heuristics' subproblems). */
    public static Formulation formulation(ModelDefinition definition) {
        return definition.training().plan().method() instanceof MethodSettings.Exact exact
                ? exact.formulation() : Formulation.defaults();
    }

    private static <B extends Ast.Block> B single(Ast.ModelFile ast, Class<B> kind, String keyword, Diagnostics diagnostics) {
        B found = null;
        for (Ast.Block block : ast.blocks()) {
            if (kind.isInstance(block)) {
                if (found != null) {
                    diagnostics.error(block.span(), "the model has two '" + keyword + "' blocks (the first is at line "
                            + found.span().line() + ")");
                } else {
                    found = kind.cast(block);
                }
            }
        }
        if (found == null) {
            diagnostics.error(ast.span(), "model '" + ast.name() + "' has no '" + keyword + "' block");
        }
        return found;
    }

    private static void stopOnErrors(Diagnostics diagnostics) {
        if (diagnostics.hasErrors()) {
            throw new BdnnException(diagnostics.errors());
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
