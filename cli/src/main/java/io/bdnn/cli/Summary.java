package io.bdnn.cli;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Evaluation;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.TrainingResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The readable summary {@code bdnn train} prints on stdout. */
final class Summary {
    private Summary() {
    }

    static void print(CompiledModel compiled, TrainingResult result, double total, PrintWriter out) {
        var definition = compiled.definition();
        ModelStats.Counts counts = ModelStats.total(compiled.model());
        out.printf("model        %s (%s)%n", definition.name(), definition.file());
        out.printf("method       %s, solver %s%s%n", result.method(), result.options().solver(), options(result.options()));
        out.printf("formulation  %d variables (%d binary, %d integer), %d rows, %d nonzeros%n", counts.variables(),
                counts.binaries(), counts.integers(), counts.rows(), counts.nonzeros());
        out.printf("status       %s   objective %s   bound %s%n", result.solve().status(),
                number(result.solve().objective()), number(result.solve().bestBound()));
        if (result.check() != null) {
            out.printf("forward pass %s%n", result.check().message());
            out.printf("%-12s %8s %8s %9s%n", "split", "samples", "loss", "accuracy");
            row(out, result.train());
            row(out, result.validation());
            row(out, result.test());
        }
        out.printf("time         compile %.2f s, solve %.2f s, total %.2f s%n", compiled.seconds(),
                result.solve().seconds(), total);
    }

    private static void row(PrintWriter out, Evaluation evaluation) {
        if (evaluation != null) {
            out.printf("%-12s %8d %8s %9.4f%n", evaluation.split(), evaluation.samples(), number(evaluation.loss()),
                    evaluation.accuracy());
        }
    }

    private static String options(SolverOptions options) {
        List<String> parts = new ArrayList<>();
        if (options.timeLimitSeconds() != null) {
            parts.add("time " + number(options.timeLimitSeconds()) + "s");
        }
        if (options.relativeGap() != null) {
            parts.add("gap " + number(options.relativeGap()));
        }
        if (options.threads() != null) {
            parts.add("threads " + options.threads());
        }
        if (options.seed() != null) {
            parts.add("seed " + options.seed());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : ModelText.number(value);
    }
}
