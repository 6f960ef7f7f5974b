package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Classifier;
import io.bdnn.verify.PointResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The verdicts of {@code bdnn verify} on a split: the summary, the counterexamples CSV and the JSON report. */
final class Verification {
    /** Non-robust points listed one per line before the summary says "and N more". */
    private static final int LISTED = 20;

    private final Classifier network;
    private final Split split;
    private final double[][] raw;
    private final List<PointResult> results;
    private final VerifyCommand.BallSet set;
    private final boolean search;

    Verification(Classifier network, Split split, double[][] raw, List<PointResult> results, VerifyCommand.BallSet set,
                 boolean search) {
        this.network = network;
        this.split = split;
        this.raw = raw;
        this.results = results;
        this.set = set;
        this.search = search;
    }

    /** The named split, or the default (test, else validation, else train); null when empty or unknown. */
    static Split choose(String name, PreparedData data) {
        if (name == null) {
            return !data.test().isEmpty() ? data.test() : !data.validation().isEmpty() ? data.validation() : data.train();
        }
        Split named = switch (name) {
            case "train" -> data.train();
            case "validation" -> data.validation();
            case "test" -> data.test();
            default -> null;
        };
        return named == null || named.isEmpty() ? null : named;
    }

    /** The split's points in raw units: the data's scaling undone ({@code x scale + offset}). */
    static double[][] raw(Split split, PreparedData data) {
        double[][] raw = new double[split.size()][];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = new double[split.x()[i].length];
            for (int j = 0; j < raw[i].length; j++) {
                raw[i][j] = split.x()[i][j] * data.scaler().scale()[j] + data.scaler().offset()[j];
            }
        }
        return raw;
    }

    long count(PointResult.Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    /** The certified radius of every point (radius search only). */
    double[] certifiedRadii() {
        return results.stream().mapToDouble(PointResult::radiusLo).toArray();
    }

    void print(PrintWriter out) {
        int listed = 0;
        for (int i = 0; i < results.size(); i++) {
            PointResult result = results.get(i);
            if (result.status() != PointResult.Status.ROBUST && listed++ < LISTED) {
                out.printf("point %-6d %-10s predicted %s%s%s%n", i + 1, result.status().label(), label(result.predicted()),
                        result.counterClass() < 0 ? "" : ", counterexample predicted " + label(result.counterClass()),
                        result.note().isEmpty() ? "" : " (" + result.note() + ")");
            }
        }
        if (listed > LISTED) {
            out.println("             ... and " + (listed - LISTED) + " more not robust (see --report)");
        }
        long robust = count(PointResult.Status.ROBUST);
        long correct = 0;
        for (int i = 0; i < results.size(); i++) {
            correct += results.get(i).status() == PointResult.Status.ROBUST && results.get(i).predicted() == split.y()[i]
                    ? 1 : 0;
        }
        int points = results.size();
        out.printf("status       robust %d, vulnerable %d, unknown %d%n", robust, count(PointResult.Status.VULNERABLE),
                count(PointResult.Status.UNKNOWN));
        out.printf(Locale.ROOT, "certified    %d of %d points (%.4f) are robust; %d (%.4f) robust and correctly"
                + " classified%n", robust, points, (double) robust / points, correct, (double) correct / points);
        if (search) {
            double[] radii = certifiedRadii();
            double tolerance = 0;
            for (PointResult result : results) {
                if (Double.isFinite(result.radiusHi())) {
                    tolerance = Math.max(tolerance, result.radiusHi() - result.radiusLo());
                }
            }
            out.printf(Locale.ROOT, "radius       median certified radius %s (%s; searched up to %s), largest"
                    + " tolerance %s%n", Summaries.number(median(radii)), set.radiusUnit(), Summaries.number(set.upTo()),
                    String.format(Locale.ROOT, "%.3g", tolerance));
        }
        double seconds = results.stream().mapToDouble(PointResult::seconds).sum();
        out.printf(Locale.ROOT, "time         %.2f s in the MILPs (%.3f s per point)%n", seconds, seconds / points);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Writes the counterexamples, raw features then the label predicted there; returns how many. */
    int writeCounterexamples(Path target, List<String> featureNames) throws IOException {
        List<String> header = new ArrayList<>(featureNames);
        header.add("label");
        StringWriter text = new StringWriter();
        int written = 0;
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            for (PointResult result : results) {
                if (result.counterexample() != null) {
                    List<String> row = new ArrayList<>();
                    for (double value : result.counterexample()) {
                        row.add(Double.toString(value));
                    }
                    row.add(label(result.counterClass()));
                    printer.printRecord(row);
                    written++;
                }
            }
        }
        AtomicFile.writeString(target, text.toString());
        return written;
    }

    void writeReport(Path target, String model, String networkFile) throws IOException {
        ObjectNode json = NetworkJson.MAPPER.createObjectNode();
        json.put("model", model);
        json.put("network", networkFile);
        json.put("split", split.name());
        json.put("set", set.description());
        ObjectNode summary = json.putObject("summary");
        summary.put("points", results.size());
        for (PointResult.Status status : PointResult.Status.values()) {
            summary.put(status.label(), count(status));
        }
        summary.put("certified_fraction", (double) count(PointResult.Status.ROBUST) / results.size());
        if (search) {
            summary.put("radius_unit", set.radiusUnit());
            summary.put("median_certified_radius", median(certifiedRadii()));
        }
        ArrayNode points = json.putArray("points");
        for (int i = 0; i < results.size(); i++) {
            PointResult result = results.get(i);
            ObjectNode node = points.addObject();
            node.put("index", i);
            node.put("status", result.status().label());
            node.put("label", label(split.y()[i]));
            node.put("predicted", label(result.predicted()));
            if (search) {
                node.put("certified_radius", result.radiusLo());
                if (Double.isFinite(result.radiusHi())) {
                    node.put("counterexample_radius", result.radiusHi());
                }
            }
            node.put("seconds", result.seconds());
            if (!result.note().isEmpty()) {
                node.put("note", result.note());
            }
            if (result.counterexample() != null) {
                node.put("counterexample_predicted", label(result.counterClass()));
                array(node.putArray("point"), raw[i]);
                array(node.putArray("counterexample"), result.counterexample());
            }
        }
        AtomicFile.write(target, stream -> NetworkJson.MAPPER.writeValue(stream, json));
    }

    private String label(int classIndex) {
        return network.classLabels().get(classIndex);
    }

    private static void array(ArrayNode target, double[] values) {
        for (double value : values) {
            target.add(value);
        }
    }
}
