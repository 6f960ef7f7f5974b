package io.bdnn.cli;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.lowering.Formulation;
import io.bdnn.milp.BigM;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bdnn stats FILE}: the lowered model's size per family, its big-M values and margins. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Print a model's MILP size per family, big-M values and epsilon.",
        description = {"Compiles the model and prints the MILP's rows, columns and nonzeros per family, the range of"
                + " big-M values and the chosen epsilon;",
                "with --network, a trained network's parameter memory, packed against 32-bit floats."})
final class StatsCommand implements Callable<Integer> {

    /** Optional here (unlike {@link Options.ModelFile}): {@code --network} alone reports memory only. */
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the .bdnn model file")
    Path file;

    @Option(names = "--network", paramLabel = "NET.json", description = "report a trained network's parameter"
            + " memory: packed as 'bdnn export' writes it, against 32-bit floats")
    Path network;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (network != null) {
            memory(EnsembleJson.read(network), spec.commandLine().getOut());
            if (file == null) {
                return 0;
            }
            spec.commandLine().getOut().println();
        } else if (file == null) {
            spec.commandLine().getErr().println("bdnn: stats: give a model FILE, or --network NET.json");
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = ModelInput.check(file, spec.commandLine().getErr());
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        CompiledModel compiled = Compiler.lower(definition);
        print(compiled, spec.commandLine().getOut());
        printFormulation(definition, compiled, spec.commandLine().getOut());
        return 0;
    }

    static void print(CompiledModel compiled, PrintWriter out) {
        ModelDefinition definition = compiled.definition();
        out.printf("model %s: %d training samples, %d features, %d classes; compiled in %.3f s%n%n",
                definition.name(), definition.data().train().size(), definition.data().features(),
                definition.data().classes(), compiled.seconds());
        ModelStats stats = ModelStats.of(compiled.model());
        String format = "%-34s %10s %10s %10s %10s %12s%n";
        out.printf(format, "family", "variables", "binaries", "integers", "rows", "nonzeros");
        for (ModelStats.FamilyCounts family : stats.families()) {
            printCounts(out, format, family.family().name(), family.counts());
        }
        printCounts(out, format, "total", stats.total());
        out.println();
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (BigM bigM : compiled.model().bigMs()) {
            largest = Math.max(largest, bigM.max());
            smallest = Math.min(smallest, bigM.min());
            out.printf("big-M %-34s %s .. %s  (%s)%n", bigM.family().name(), ModelText.number(bigM.min()),
                    ModelText.number(bigM.max()), bigM.origin());
        }
        if (largest > 0) {
            out.printf("big-M range %s .. %s%n", ModelText.number(smallest), ModelText.number(largest));
        }
        if (compiled.model().hasIndicators()) {
            out.printf("indicator rows %d of %d (no M; solvers scip and cp-sat, files read by SCIP, CPLEX, Gurobi)%n",
                    compiled.model().numIndicatorRows(), compiled.model().numRows());
        }
        var layers = compiled.lowered().graph().layers();
        for (int l = 0; l < layers.size(); l++) {
            LayerBounds bounds = compiled.lowered().bounds().layer(l);
            double m = bounds.largestMagnitude();
            out.printf("epsilon %-32s %s  (%s); eps/M = %s%n", layers.get(l).name(),
                    ModelText.number(bounds.margin().value()), bounds.margin().reason(),
                    m == 0 ? "n/a" : ModelText.number(bounds.margin().value() / m));
        }
        out.flush();
    }

    /**
     * The parameter memory of a network or an ensemble per layer (every member's layers, one
     * scaler): packed as {@code bdnn export} writes it, against 32-bit floats.
     */
    static void memory(io.bdnn.network.Classifier classifier, PrintWriter out) {
        String format = "%-20s %8s %10s %-30s %12s %12s%n";
        long bytes;
        long layerBytes;
        long floatBytes;
        long scalerBytes;
        out.printf(format, "layer", "neurons", "weights", "stored as", "bytes", "float bytes");
        if (classifier instanceof io.bdnn.network.Ensemble ensemble) {
            var packed = io.bdnn.export.PackedEnsemble.of(ensemble);
            out.printf(format, "scaler", "", "", "2 doubles per feature", packed.scalerBytes(), packed.scalerBytes());
            for (int m = 0; m < packed.members().size(); m++) {
                layerRows(packed.members().get(m), "m" + ensemble.members().get(m).index() + " ", format, out);
            }
            bytes = packed.bytes();
            layerBytes = packed.layerBytes();
            floatBytes = packed.floatBytes();
            scalerBytes = packed.scalerBytes();
        } else {
            var packed = io.bdnn.export.PackedNetwork.of((io.bdnn.network.Network) classifier);
            out.printf(format, "scaler", "", "", "2 doubles per feature", packed.scalerBytes(), packed.scalerBytes());
            layerRows(packed, "", format, out);
            bytes = packed.bytes();
            layerBytes = packed.layerBytes();
            floatBytes = packed.floatBytes();
            scalerBytes = packed.scalerBytes();
        }
        out.printf(format, "total", "", "", "", bytes, floatBytes + scalerBytes);
        out.printf(java.util.Locale.ROOT, "memory       layers %d bytes packed against %d bytes as 32-bit floats"
                + " (%.1fx smaller); with the scaler (%d bytes, the same for both) %d against %d%n",
                layerBytes, floatBytes, (double) floatBytes / layerBytes, scalerBytes, bytes, floatBytes + scalerBytes);
        out.flush();
    }

    private static void layerRows(io.bdnn.export.PackedNetwork packed, String prefix, String format, PrintWriter out) {
        var net = packed.network();
        for (int l = 0; l < net.depth(); l++) {
            var layer = packed.layers().get(l);
            String stored = (layer.integral() ? layer.bits() + "-bit packed" : "float")
                    + (layer.integerOnly() ? ", int" + 8 * layer.thresholdBytes() + " thresholds" : ", double biases");
            long floats = 4L * layer.width() * (layer.fanIn() + 1);
            out.printf(format, prefix + net.layerNames().get(l), layer.width(), (long) layer.width() * layer.fanIn(),
                    stored, layer.weightBytes() + layer.biasBytes(), floats);
        }
    }

    /**
     * The formulation of {@code method exact} and, for each option switched on, how many binaries
     * and rows it removed or added: the model compiled once more without that option.
     */
    static void printFormulation(ModelDefinition definition, CompiledModel compiled, PrintWriter out) {
        Formulation formulation = Compiler.formulation(definition);
        out.printf("formulation %s%n", formulation.describe());
        ModelStats.Counts with = ModelStats.total(compiled.model());
        for (Formulation.Option option : formulation.options()) {
            java.util.Set<Formulation.Option> others = java.util.EnumSet.copyOf(formulation.options());
            others.remove(option);
            io.bdnn.milp.LinearModel withoutModel = Compiler.lower(definition,
                    new Formulation(formulation.base(), others)).model();
            ModelStats.Counts without = ModelStats.total(withoutModel);
            int indicators = compiled.model().numIndicatorRows() - withoutModel.numIndicatorRows();
            out.printf("option %-26s binaries %+d, rows %+d%s%n", option.word(),
                    with.binaries() - without.binaries(), with.rows() - without.rows(),
                    indicators == 0 ? "" : String.format(", indicator rows %+d (in place of big-M rows)", indicators));
        }
        out.flush();
    }

    private static void printCounts(PrintWriter out, String format, String name, ModelStats.Counts counts) {
        out.printf(format, name, counts.variables(), counts.binaries(), counts.integers(), counts.rows(), counts.nonzeros());
    }
}
