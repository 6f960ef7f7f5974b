package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.TrainingPlan;
import io.bdnn.network.Evaluation;
import io.bdnn.network.Network;
import io.bdnn.training.Evaluations;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.robust.Certifier;
import java.util.List;

/**
 * What the JSON report of {@code bdnn train} holds beyond the exact method's fields: the steps of
 * a heuristic, why it stopped, the plan (method settings, robustness, regularisation) and the
 * certification of robust training.
 */
final class RunReport {
    private RunReport() {
    }

    static void extend(ObjectNode root, ModelDefinition definition, TrainingRun run, Certifier.Certificate train,
                       Certifier.Certificate test) {
        plan(root, definition.training().plan());
        root.put("interrupted", run.interrupted());
        root.put("stop_reason", run.stopReason());
        rounds(root.putArray("rounds"), run.rounds());
        if (train != null) {
            ObjectNode certification = root.putObject("certification");
            certification.put("set", definition.training().plan().robust().describe());
            certification.put("train_points", train.points());
            certification.put("train_certified", train.certified());
            certification.put("train_fraction", train.fraction());
            if (test != null) {
                certification.put("test_points", test.points());
                certification.put("test_certified", test.certified());
                certification.put("test_fraction", test.fraction());
            }
        }
    }

    /**
     * The report written when the run cannot finish in time after Ctrl-C: the steps so far and the
     * best network's forward-pass results, marked as interrupted.
     */
    static ObjectNode partial(ModelDefinition definition, List<RoundRecord> rounds, Network best) {
        ObjectNode root = NetworkJson.MAPPER.createObjectNode();
        root.put("model", definition.name());
        root.put("file", definition.file().toString());
        root.put("method", definition.training().method());
        root.put("solver", definition.training().solver().solver());
        root.put("status", "INTERRUPTED");
        plan(root, definition.training().plan());
        root.put("interrupted", true);
        root.put("stop_reason", "interrupted while a MILP was running; the best network so far is kept");
        rounds(root.putArray("rounds"), rounds);
        var data = definition.data();
        split(root, "train", best == null ? null : Evaluations.train(best, data));
        split(root, "validation", best == null ? null : Evaluations.of(best, data.validation()));
        split(root, "test", best == null ? null : Evaluations.of(best, data.test()));
        return root;
    }

    private static void plan(ObjectNode root, TrainingPlan plan) {
        // The method's record, with the report's snake_case field names (max_splits, ...).
        ObjectNode settings = NetworkJson.MAPPER.copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                .valueToTree(plan.method());
        settings.put("name", plan.method().name());
        if (plan.method() instanceof io.bdnn.compiler.MethodSettings.Exact exact) {
            // The formulation as the model writes it: "bdnn", "paper", "bdnn merge_samples symmetry".
            settings.put("formulation", exact.formulation().describe());
        }
        root.set("method_settings", settings);
        if (plan.isRobust()) {
            root.put("robust", plan.robust().describe());
        } else {
            root.putNull("robust");
        }
        root.put("regularize_l1", plan.l1());
        if (plan.perMipSeconds() == null) {
            root.putNull("per_mip_seconds");
        } else {
            root.put("per_mip_seconds", plan.perMipSeconds());
        }
    }

    private static void rounds(ArrayNode array, List<RoundRecord> rounds) {
        for (RoundRecord record : rounds) {
            ObjectNode node = array.addObject();
            node.put("index", record.index());
            node.put("label", record.label());
            node.put("seconds", record.seconds());
            node.put("status", record.status());
            node.put("binaries", record.binaries());
            node.put("points", record.points());
            node.put("subsets", record.subsets());
            number(node, "train_loss", record.trainLoss());
            number(node, "validation_accuracy", record.validationAccuracy());
            node.put("accepted", record.accepted());
            node.put("best", record.best());
            if (record.forwardMatches() == null) {
                node.putNull("forward_pass_matches");
            } else {
                node.put("forward_pass_matches", record.forwardMatches());
            }
        }
    }

    private static void split(ObjectNode root, String name, Evaluation evaluation) {
        if (evaluation == null) {
            root.putNull(name);
            return;
        }
        ObjectNode node = root.putObject(name);
        node.put("samples", evaluation.samples());
        node.put("loss", evaluation.loss());
        node.put("accuracy", evaluation.accuracy());
        node.put("correct", evaluation.correct());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
