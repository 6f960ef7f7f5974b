package io.bdnn.cli;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.milp.BigM;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bdnn stats FILE}: the lowered model's size per family, its big-M values and margins. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Print a model's MILP size per family, big-M values and epsilon.",
        description = "Compiles the model and prints the MILP's rows, columns and nonzeros per family, the range of"
                + " big-M values and the chosen epsilon.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    Options.ModelFile modelFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelDefinition definition = modelFile.check(spec.commandLine().getErr());
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        CompiledModel compiled = Compiler.lower(definition);
        print(compiled, spec.commandLine().getOut());
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

    private static void printCounts(PrintWriter out, String format, String name, ModelStats.Counts counts) {
        out.printf(format, name, counts.variables(), counts.binaries(), counts.integers(), counts.rows(), counts.nonzeros());
    }
}
