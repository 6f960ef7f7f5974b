package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.data.Scaler;
import io.bdnn.data.Split;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Evaluation;
import io.bdnn.network.Classifier;
import io.bdnn.training.Evaluations;
import io.bdnn.training.robust.Certifier;
import io.bdnn.training.robust.RandomSignAttack;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bdnn evaluate FILE --network NET.json}: a saved network on the model's data: accuracy
 * per split, the confusion matrix, accuracy under the random-sign attack, and the certified
 * robust fraction.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Evaluate a saved network on a model's data.",
        description = "Prints the accuracy on every split, the confusion matrix, the accuracy under the random-sign"
                + " attack (--attack) and certified robustness (--certify).")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    Options.ModelFile modelFile;

    @Mixin
    Options.NetworkFile network;

    @Option(names = "--split", paramLabel = "S", description = "the split of the confusion matrix and the attack:"
            + " train, validation or test (default: test, else validation, else train)")
    String split;

    @Option(names = "--attack", paramLabel = "KIND", description = "random-sign: add eps times a random sign"
            + " vector to each point, in the data's raw units")
    String attack;

    @Option(names = "--eps", split = ",", paramLabel = "E", defaultValue = "0,0.5,1,1.5,2",
            description = "attack strengths (default: ${DEFAULT-VALUE})")
    double[] eps;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "10", description = "random draws per strength")
    int repeat;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed of the attack")
    long seed;

    @Option(names = "--certify", paramLabel = "RHO", description = "certify robustness on the l-infinity ball of"
            + " radius RHO in scaled units (default: the model's robust set, if any)")
    Double certify;

    @Mixin
    Options.ReportFile report;

    @Mixin
    Options.PlotFolder plot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (attack != null && !attack.equals("random-sign")) {
            err.println("bdnn: --attack: unknown attack '" + attack + "'; expected random-sign");
            return CommandLine.ExitCode.USAGE;
        }
        if (repeat < 1 || Arrays.stream(eps).anyMatch(value -> !(value >= 0)) || (certify != null && !(certify >= 0))) {
            err.println("bdnn: --repeat must be at least 1, --eps and --certify at least 0");
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = modelFile.check(err);
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        Classifier net = network.readFor(definition, err);
        if (net == null) {
            return CommandLine.ExitCode.USAGE;
        }
        var data = definition.data();
        Split chosen = choose(data.train(), data.validation(), data.test());
        if (chosen == null) {
            err.println("bdnn: --split: expected train, validation or test with at least one row, found '" + split + "'");
            return CommandLine.ExitCode.USAGE;
        }
        ObjectNode json = NetworkJson.MAPPER.createObjectNode();
        json.put("model", definition.name());
        json.put("network", network.network.toString());
        out.printf("%-12s %8s %8s %9s%n", "split", "samples", "loss", "accuracy");
        ObjectNode splits = json.putObject("splits");
        for (Split part : List.of(data.train(), data.validation(), data.test())) {
            Evaluation evaluation = Evaluations.of(net, part);
            if (evaluation != null) {
                out.printf(Locale.ROOT, "%-12s %8d %8s %9.4f%n", part.name(), evaluation.samples(),
                        Summaries.number(evaluation.loss()), evaluation.accuracy());
                ObjectNode node = splits.putObject(part.name());
                node.put("samples", evaluation.samples());
                node.put("loss", evaluation.loss());
                node.put("accuracy", evaluation.accuracy());
            }
        }
        Evaluation evaluation = Evaluations.of(net, chosen);
        confusion(evaluation, net.classLabels(), out, json);
        if (attack != null) {
            List<RandomSignAttack.Result> results = attack(net, chosen, data.scaler(), out, json);
            if (plot.plot != null) {
                out.println("chart        " + Charts.attack(results, plot.plot));
            }
        }
        double[] radii = certify != null ? filled(data.features(), certify)
                : definition.training().plan().isRobust() ? definition.training().plan().robust().radii(data) : null;
        if (radii != null) {
            String set = certify != null ? "linf " + certify : definition.training().plan().robust().describe();
            Certifier.Certificate train = Certifier.certify(net, data.train().x(), radii);
            Certifier.Certificate test = data.test().isEmpty() ? null : Certifier.certify(net, data.test().x(), radii);
            Summaries.certification(set, train, test, out);
            ObjectNode node = json.putObject("certification");
            node.put("set", set);
            node.put("train_fraction", train.fraction());
            if (test != null) {
                node.put("test_fraction", test.fraction());
            }
        }
        if (report.report != null) {
            AtomicFile.write(report.report, stream -> NetworkJson.MAPPER.writeValue(stream, json));
            out.println("report       " + report.report);
        }
        out.flush();
        return 0;
    }

    private Split choose(Split train, Split validation, Split test) {
        if (split == null) {
            return !test.isEmpty() ? test : !validation.isEmpty() ? validation : train;
        }
        Split named = switch (split) {
            case "train" -> train;
            case "validation" -> validation;
            case "test" -> test;
            default -> null;
        };
        return named == null || named.isEmpty() ? null : named;
    }

    static void confusion(Evaluation evaluation, List<String> classes, PrintWriter out, ObjectNode json) {
        out.println("confusion    " + evaluation.split() + " (rows: true class, columns: predicted)");
        StringBuilder header = new StringBuilder(String.format("%12s", ""));
        classes.forEach(name -> header.append(String.format(" %8s", name)));
        out.println(header);
        ArrayNode rows = json.putObject("confusion").put("split", evaluation.split()).putArray("matrix");
        for (int t = 0; t < classes.size(); t++) {
            StringBuilder line = new StringBuilder(String.format("%12s", classes.get(t)));
            ArrayNode row = rows.addArray();
            for (int p = 0; p < classes.size(); p++) {
                line.append(String.format(" %8d", evaluation.confusion()[t][p]));
                row.add(evaluation.confusion()[t][p]);
            }
            out.println(line);
        }
    }

    /** The attack on the split's raw points (the data's scaling undone; the network's own scaler is applied). */
    private List<RandomSignAttack.Result> attack(Classifier net, Split chosen, Scaler scaler, PrintWriter out,
                                                 ObjectNode json) {
        double[][] raw = new double[chosen.size()][];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = new double[chosen.x()[i].length];
            for (int j = 0; j < raw[i].length; j++) {
                raw[i][j] = chosen.x()[i][j] * scaler.scale()[j] + scaler.offset()[j];
            }
        }
        out.printf("attack       random-sign on %s, %d draws per strength, seed %d%n", chosen.name(), repeat, seed);
        out.printf("%-12s %9s %9s %9s%n", "eps", "mean", "min", "max");
        List<RandomSignAttack.Result> results = new ArrayList<>();
        ArrayNode array = json.putArray("attack");
        for (double strength : eps) {
            RandomSignAttack.Result result = RandomSignAttack.attack(net, raw, chosen.y(), strength, repeat, seed);
            results.add(result);
            out.printf(Locale.ROOT, "%-12s %9.4f %9.4f %9.4f%n", Summaries.number(strength), result.meanAccuracy(),
                    result.minAccuracy(), result.maxAccuracy());
            ObjectNode node = array.addObject();
            node.put("eps", strength);
            node.put("mean_accuracy", result.meanAccuracy());
            node.put("min_accuracy", result.minAccuracy());
            node.put("max_accuracy", result.maxAccuracy());
        }
        return results;
    }

    private static double[] filled(int features, double value) {
        double[] radii = new double[features];
        Arrays.fill(radii, value);
        return radii;
    }
}
