package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.bounds.LayerBounds;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.milp.BigM;
import io.bdnn.milp.ModelStats;
import io.bdnn.network.Evaluation;
import io.bdnn.training.TrainingResult;

/** The JSON report of a training run. */
final class TrainingReport {
    private TrainingReport() {
    }

    static ObjectNode toJson(CompiledModel compiled, TrainingResult result, double totalSeconds) {
        ObjectNode root = NetworkJson.MAPPER.createObjectNode();
        var definition = compiled.definition();
        root.put("model", definition.name());
        root.put("file", definition.file().toString());
        root.put("method", result.method());
        root.put("solver", result.options().solver());
        ObjectNode options = root.putObject("solver_options");
        putNullable(options, "time_limit_seconds", result.options().timeLimitSeconds());
        putNullable(options, "gap", result.options().relativeGap());
        putNullable(options, "threads", result.options().threads());
        putNullable(options, "seed", result.options().seed());
        root.put("status", result.solve().status().name());
        putNullable(root, "objective", result.solve().objective());
        putNullable(root, "best_bound", result.solve().bestBound());
        if (!result.solve().message().isEmpty()) {
            root.put("solver_message", result.solve().message());
        }
        if (result.check() == null) {
            root.putNull("forward_pass_matches");
        } else {
            root.put("forward_pass_matches", result.check().matches());
            ObjectNode check = root.putObject("forward_pass");
            check.put("message", result.check().message());
            check.put("milp_objective", result.check().milpObjective());
            check.put("forward_loss", result.check().forwardLoss());
            check.put("activation_mismatches", result.check().activationMismatches());
            check.put("integrality_violation", result.check().integralityViolation());
        }
        split(root, "train", result.train(), definition.data().train().size());
        split(root, "validation", result.validation(), definition.data().validation() == null ? 0 : definition.data().validation().size());
        split(root, "test", result.test(), definition.data().test() == null ? 0 : definition.data().test().size());
        formulation(root.putObject("formulation"), compiled);
        ObjectNode seconds = root.putObject("seconds");
        seconds.put("compile", compiled.seconds());
        seconds.put("solve", result.solve().seconds());
        seconds.put("total", totalSeconds);
        ArrayNode warnings = root.putArray("warnings");
        definition.warnings().forEach(warning -> warnings.add(warning.format()));
        return root;
    }

    private static void split(ObjectNode root, String name, Evaluation evaluation, int samples) {
        if (samples == 0) {
            root.putNull(name);
            return;
        }
        ObjectNode node = root.putObject(name);
        node.put("samples", samples);
        if (evaluation == null) {
            node.putNull("loss");
            node.putNull("accuracy");
        } else {
            node.put("loss", evaluation.loss());
            node.put("accuracy", evaluation.accuracy());
            node.put("correct", evaluation.correct());
        }
    }

    private static void formulation(ObjectNode node, CompiledModel compiled) {
        ModelStats.Counts total = ModelStats.total(compiled.model());
        node.put("variables", total.variables());
        node.put("binaries", total.binaries());
        node.put("integers", total.integers());
        node.put("constraints", total.rows());
        node.put("nonzeros", total.nonzeros());
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (BigM bigM : compiled.model().bigMs()) {
            smallest = Math.min(smallest, bigM.min());
            largest = Math.max(largest, bigM.max());
        }
        putNullable(node, "big_m_min", Double.isInfinite(smallest) ? null : smallest);
        putNullable(node, "big_m_max", Double.isInfinite(smallest) ? null : largest);
        ObjectNode epsilon = node.putObject("epsilon");
        var layers = compiled.lowered().graph().layers();
        for (int l = 0; l < layers.size(); l++) {
            LayerBounds bounds = compiled.lowered().bounds().layer(l);
            ObjectNode layer = epsilon.putObject(layers.get(l).name());
            layer.put("value", bounds.margin().value());
            layer.put("reason", bounds.margin().reason());
        }
    }

    private static void putNullable(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putNullable(ObjectNode node, String field, Double value) {
        if (value == null || value.isNaN()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
