package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.backends.files.NameMapHeader;
import io.bdnn.backends.files.NameMapReader;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.solutions.SolutionFile;
import io.bdnn.backends.solutions.SolutionFormatException;
import io.bdnn.backends.solutions.SolutionImporter;
import io.bdnn.backends.solutions.SolverFormat;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.files.AtomicFile;
import io.bdnn.milp.LinearModel;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bdnn import FILE --solution S}: reads the solution an external solver wrote for the
 * file {@code bdnn compile} made, maps it back to weights and biases, and checks and reports it
 * by the exact forward pass exactly as {@code bdnn train} does.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Check an external solver's solution by the exact forward pass.",
        description = {"Reads the solution, checks it by the exact forward pass and reports loss and accuracy on"
                + " every split as train does.",
                "Exit code 0 when the forward pass matches the solution's loss, 1 when the solver found no solution,"
                        + " 3 when the forward pass disagrees, 65 for an invalid model or solution file."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    Options.ModelFile modelFile;

    @Option(names = "--solution", required = true, paramLabel = "S", description = "the solver's solution file")
    Path solution;

    @Option(names = "--from", paramLabel = "SOLVER",
            description = "who wrote it: cbc, glpk, highs, scip, gurobi, lp_solve (default: recognised from the file)")
    String from;

    @Option(names = "--map", paramLabel = "M.map.json",
            description = "the name map compile wrote; checks that the solution belongs to this model and data")
    Path map;

    @Mixin
    Options.ReportFile report;

    @Mixin
    Options.SaveNetwork save;

    @Mixin
    Options.EnsembleMember member;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolverFormat format = null;
        if (from != null) {
            format = SolverFormat.byLabel(from.toLowerCase(Locale.ROOT));
            if (format == null) {
                err.println("bdnn: --from: unknown solver '" + from + "'; expected one of "
                        + String.join(", ", SolverFormat.labels()));
                return CommandLine.ExitCode.USAGE;
            }
        }
        ModelDefinition whole = modelFile.check(err);
        if (whole == null) {
            return Main.INVALID_MODEL;
        }
        MemberSelection.Selected selected = member.select(whole, err);
        if (selected == null) {
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = selected.definition();
        CompiledModel compiled = Compiler.lower(definition);
        LinearModel model = compiled.model();
        SolutionImporter.Imported imported;
        try {
            NameScheme names = map != null ? namesFromMap(compiled) : null;
            if (format == null) {
                format = SolverFormat.detect(solution);
            }
            SolutionFile parsed = format.read(solution);
            if (names == null) {
                names = NameScheme.of(guessNames(parsed), model, Integer.MAX_VALUE);
            }
            imported = SolutionImporter.match(solution.toString(), parsed, model, names);
        } catch (SolutionFormatException e) {
            err.println("bdnn: " + e.getMessage());
            return Main.INVALID_MODEL;
        } catch (IOException e) {
            err.println("bdnn: cannot read " + (e instanceof java.nio.file.NoSuchFileException ? e.getMessage()
                    + ": no such file" : e.getMessage()));
            return Main.INVALID_MODEL;
        }
        SolverOptions options = new SolverOptions(format.label(), null, null, null, null);
        TrainingResult result = ExactTrainer.evaluate(compiled, options, imported.result());
        double total = (System.nanoTime() - started) / 1e9;
        Summary.print(compiled, result, total, out);
        out.printf(Locale.ROOT, "solution     %s (%s): %d values, largest distance of an integer column from an"
                + " integer %.2g%n", solution, format.label(), imported.listed(), imported.integralityViolation());
        if (report.report != null) {
            ObjectNode json = TrainingReport.toJson(compiled, result, total);
            ObjectNode source = json.putObject("imported");
            source.put("solution", solution.toString());
            source.put("format", format.label());
            source.put("values", imported.listed());
            source.put("integrality_violation", imported.integralityViolation());
            if (map != null) {
                source.put("name_map", map.toString());
            }
            AtomicFile.write(report.report, stream -> NetworkJson.MAPPER.writeValue(stream, json));
            out.println("report       " + report.report);
        }
        if (save.save != null && result.hasNetwork()) {
            NetworkJson.write(save.save, result.network(), definition.name());
            if (selected.provenance() != null) {
                MemberProvenance.stamp(save.save, selected.provenance());
            }
            out.println("network      " + save.save);
        }
        out.flush();
        if (!result.hasNetwork()) {
            err.println("bdnn: the solution file holds no network (" + result.solve().status() + ": "
                    + result.solve().message() + ")");
            return Main.NO_SOLUTION;
        }
        if (!result.check().matches()) {
            err.println("bdnn: WARNING: " + result.check().message());
            return Main.FORWARD_MISMATCH;
        }
        return 0;
    }

    /** Reads the name map, checks its hashes and names against the model, and returns its names. */
    private NameScheme namesFromMap(CompiledModel compiled) throws IOException, SolutionFormatException {
        LinearModel model = compiled.model();
        NameScheme[] scheme = new NameScheme[1];
        NameMapReader.Contents contents = NameMapReader.read(map, header -> {
            scheme[0] = NameScheme.of(header.names(), model, Integer.MAX_VALUE);
            return scheme[0];
        });
        NameMapHeader header = contents.header();
        ModelDefinition definition = compiled.definition();
        if (!header.sourceSha256().equals(definition.sourceHash())) {
            throw new SolutionFormatException(map + ": the name map was written for another version of the model"
                    + " (source sha256 " + abbreviate(header.sourceSha256()) + ", but " + modelFile.file + " has "
                    + abbreviate(definition.sourceHash()) + "): the solution belongs to a different model");
        }
        if (!header.dataSha256().equals(definition.data().dataHash())) {
            throw new SolutionFormatException(map + ": the name map was written for other data (data sha256 "
                    + abbreviate(header.dataSha256()) + ", but the model's data now has "
                    + abbreviate(definition.data().dataHash()) + "): the solution belongs to a different model");
        }
        if (contents.columnMismatch() != null) {
            throw new SolutionFormatException(map + ": the name map does not match the compiled model: "
                    + contents.columnMismatch() + " (was it written by another version of bdnn?)");
        }
        return scheme[0] != null ? scheme[0] : NameScheme.of(header.names(), model, Integer.MAX_VALUE);
    }

    /** Short names look like {@code C17}; anything else is read as readable names. */
    private static NameScheme.Kind guessNames(SolutionFile parsed) {
        for (int entry = 0; entry < parsed.values().size(); entry++) {
            String name = parsed.values().name(entry);
            if (name != null) {
                return name.matches("C[1-9][0-9]*") ? NameScheme.Kind.SHORT : NameScheme.Kind.READABLE;
            }
        }
        return NameScheme.Kind.READABLE;
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }
}
