package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.compiler.EnsembleSettings;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.data.Split;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Evaluation;
import io.bdnn.training.Evaluations;
import io.bdnn.training.ensemble.MemberRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bdnn train} (and {@code bdnn merge}) print and write for an ensemble: one line per
 * member (classes, status, train loss, validation accuracy, seconds, forward-pass check), the
 * ensemble's loss and accuracy on every split, and its confusion matrix on the test split (else
 * validation, else train).
 */
final class EnsembleReport {
    private EnsembleReport() {
    }

    /** The ensemble's evaluations, train first; empty splits are left out. */
    static List<Evaluation> evaluations(Ensemble ensemble, ModelDefinition definition) {
        List<Evaluation> all = new ArrayList<>();
        if (ensemble == null) {
            return all;
        }
        for (Split split : List.of(definition.data().train(), definition.data().validation(), definition.data().test())) {
            Evaluation evaluation = Evaluations.of(ensemble, split);
            if (evaluation != null) {
                all.add(evaluation);
            }
        }
        return all;
    }

    static void print(ModelDefinition definition, List<MemberRun> runs, Ensemble ensemble, List<Evaluation> splits,
                      double seconds, PrintWriter out) {
        EnsembleSettings settings = definition.training().plan().ensemble();
        List<String> labels = definition.data().classLabels();
        out.printf("model        %s (%s)%n", definition.name(), definition.file());
        out.printf("method       ensemble %s vote %s of %d members, each by %s, solver %s, jobs %d%n",
                settings.scheme(), settings.vote(), runs.size(), definition.training().method(),
                definition.training().solver().solver(), settings.jobs());
        out.printf("%-7s %-24s %-12s %10s %10s %8s  %s%n", "member", "classes", "status", "train loss", "validation",
                "seconds", "forward pass");
        for (MemberRun run : runs) {
            out.printf(Locale.ROOT, "%-7d %-24s %-12s %10s %10s %8.2f  %s%n", run.member().index() + 1,
                    run.member().describe(labels), run.status(), Summaries.number(trainLoss(run)),
                    Summaries.accuracy(validationAccuracy(run)), run.seconds(), forward(run));
        }
        if (ensemble == null) {
            out.println("ensemble     no member was trained");
            return;
        }
        if (!ensemble.complete()) {
            out.printf("PARTIAL      interrupted: %d of %d members trained to their end; %d cut short (their best"
                    + " network so far is kept), %d missing (they cast no vote)%n",
                    runs.stream().filter(MemberRun::complete).count(), runs.size(),
                    runs.stream().filter(run -> run.network() != null && !run.complete()).count(),
                    runs.stream().filter(run -> run.network() == null).count());
        }
        out.printf("%-12s %8s %8s %9s%n", "split", "samples", "loss", "accuracy");
        for (Evaluation evaluation : splits) {
            out.printf(Locale.ROOT, "%-12s %8d %8s %9.4f%n", evaluation.split(), evaluation.samples(),
                    Summaries.number(evaluation.loss()), evaluation.accuracy());
        }
        if (!splits.isEmpty()) {
            EvaluateCommand.confusion(splits.get(splits.size() - 1), labels, out, NetworkJson.MAPPER.createObjectNode());
        }
        out.printf(Locale.ROOT, "time         total %.2f s, members %.2f s summed%n", seconds,
                runs.stream().mapToDouble(MemberRun::seconds).sum());
    }

    static ObjectNode toJson(ModelDefinition definition, List<MemberRun> runs, Ensemble ensemble,
                             List<Evaluation> splits, double seconds) {
        EnsembleSettings settings = definition.training().plan().ensemble();
        List<String> labels = definition.data().classLabels();
        ObjectNode root = NetworkJson.MAPPER.createObjectNode();
        root.put("model", definition.name());
        root.put("file", definition.file().toString());
        root.put("method", definition.training().method());
        root.put("data_hash", definition.data().dataHash());
        root.put("source_hash", definition.sourceHash());
        ObjectNode node = root.putObject("ensemble");
        node.put("scheme", settings.scheme());
        node.put("vote", settings.vote());
        node.put("jobs", settings.jobs());
        node.put("members", runs.size());
        node.put("complete", ensemble != null && ensemble.complete());
        ArrayNode members = root.putArray("members");
        for (MemberRun run : runs) {
            ObjectNode member = members.addObject();
            member.put("index", run.member().index());
            ArrayNode classes = member.putArray("classes");
            for (int c : run.member().classes()) {
                classes.add(labels.get(c));
            }
            member.put("status", run.status());
            member.put("train_loss", trainLoss(run));
            member.put("validation_accuracy", validationAccuracy(run));
            member.put("seconds", run.seconds());
            member.put("forward_pass_matches", run.forwardMatches());
            if (run.run() != null) {
                member.put("stop_reason", run.run().stopReason());
                member.put("steps", run.run().rounds().size());
            }
            if (run.error() != null) {
                member.put("error", run.error());
            }
        }
        ObjectNode splitNodes = root.putObject("splits");
        for (Evaluation evaluation : splits) {
            ObjectNode split = splitNodes.putObject(evaluation.split());
            split.put("samples", evaluation.samples());
            split.put("loss", evaluation.loss());
            split.put("accuracy", evaluation.accuracy());
        }
        if (!splits.isEmpty()) {
            EvaluateCommand.confusion(splits.get(splits.size() - 1), labels, new PrintWriter(java.io.Writer.nullWriter()),
                    root);
        }
        root.put("total_seconds", seconds);
        return root;
    }

    private static double trainLoss(MemberRun run) {
        return run.run() == null || run.run().result().train() == null ? Double.NaN
                : run.run().result().train().loss();
    }

    private static double validationAccuracy(MemberRun run) {
        return run.run() == null || run.run().result().validation() == null ? Double.NaN
                : run.run().result().validation().accuracy();
    }

    private static String forward(MemberRun run) {
        if (run.error() != null) {
            return run.error();
        }
        if (run.run() == null) {
            return "-";
        }
        return run.forwardMatches() ? "matches" : "MISMATCH: " + (run.run().result().check() == null ? "a step's MILP"
                : run.run().result().check().message());
    }
}
