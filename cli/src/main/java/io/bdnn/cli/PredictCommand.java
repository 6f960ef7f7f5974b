package io.bdnn.cli;

import io.bdnn.files.AtomicFile;
import io.bdnn.network.Classifier;
import io.bdnn.text.TextFiles;
import io.bdnn.text.Utf8Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bdnn predict --network NET.json --csv X.csv}: the predicted label of every row of a CSV
 * file of raw features, one per line. The scaler stored with the network is applied first. A row
 * may carry one extra last column (a label, as in the training files); it is ignored.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        header = "Predict labels for new data with a saved network.",
        description = {"The network's stored scaler is applied first.",
                "One label per input row, on standard output or into -o FILE."})
final class PredictCommand implements Callable<Integer> {

    @Mixin
    Options.NetworkFile network;

    @Option(names = "--csv", required = true, paramLabel = "X.csv", description = "rows of raw features")
    Path csv;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "write the labels here")
    Path output;

    @Option(names = "--delimiter", paramLabel = "D", description = "the field delimiter (default: ';' when the"
            + " first line has one, else ',')")
    String delimiter;

    @Option(names = "--header", description = "the first line is a header (default: when it is not numeric)")
    Boolean header;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Classifier net = EnsembleJson.read(network.network);
        if (!Files.isRegularFile(csv)) {
            err.println("bdnn: --csv: cannot read '" + csv + "': no such file");
            return CommandLine.ExitCode.USAGE;
        }
        byte[] bytes = Files.readAllBytes(csv);
        Utf8Scanner.Problem problem = TextFiles.problem(bytes);
        if (problem != null) {
            err.printf("%s:%d:%d: %s%n", csv, problem.line(), problem.column(), problem.message());
            return Main.INVALID_MODEL;
        }
        String content = TextFiles.decode(bytes);
        String first = content.lines().findFirst().orElse("");
        String separator = delimiter != null ? delimiter : first.contains(";") ? ";" : ",";
        List<String> labels = new ArrayList<>();
        try (Reader reader = new StringReader(content)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            boolean skipHeader = header != null ? header : !first.isBlank() && !numeric(first.split(
                    java.util.regex.Pattern.quote(separator))[0].trim());
            for (CSVRecord record : format.parse(reader)) {
                if (skipHeader && record.getRecordNumber() == 1) {
                    continue;
                }
                double[] raw = new double[net.inputs()];
                if (record.size() != net.inputs() && record.size() != net.inputs() + 1) {
                    err.printf("%s:%d:1: row has %d values, the network reads %d features (one more, a label, is"
                            + " ignored)%n", csv, record.getRecordNumber(), record.size(), net.inputs());
                    return Main.INVALID_MODEL;
                }
                for (int j = 0; j < raw.length; j++) {
                    String text = record.get(j);
                    if (!numeric(text)) {
                        err.printf("%s:%d:%d: '%s' is not a finite number%n", csv, record.getRecordNumber(), j + 1,
                                text);
                        return Main.INVALID_MODEL;
                    }
                    raw[j] = Double.parseDouble(text);
                }
                labels.add(net.classLabels().get(net.predict(net.scaling().apply(raw))));
            }
        }
        String text = labels.isEmpty() ? "" : String.join("\n", labels) + "\n";
        if (output != null) {
            AtomicFile.writeString(output, text);
            err.println("bdnn: wrote " + labels.size() + " labels to " + output);
        } else {
            out.print(text);
        }
        out.flush();
        return 0;
    }

    private static boolean numeric(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
