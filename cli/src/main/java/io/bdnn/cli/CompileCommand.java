package io.bdnn.cli;

import io.bdnn.backends.files.MipStartWriter;
import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.files.Provenance;
import io.bdnn.backends.start.MipStart;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.ModelText;
import io.bdnn.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bdnn compile FILE -o OUT}: writes the exact training MILP (every training sample) as an
 * MPS or LP file for an external solver, with its name map beside it and, with {@code --start},
 * a complete MIP start computed from a saved network.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        header = "Write a model's training MILP as an MPS or LP file for any solver.",
        description = {"Writes the exact training MILP with a name map (OUT without extension + .map.json) that links"
                + " its rows and columns to the model.",
                "Exit code 0 when written, 65 for an invalid model, 2 for unusable options, 74 when a file cannot be"
                        + " written."})
final class CompileCommand implements Callable<Integer> {
    /** Exit code when an output file cannot be written (sysexits EX_IOERR). */
    static final int CANNOT_WRITE = 74;

    @Mixin
    Options.ModelFile modelFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "the model file to write, such as out.mps, out.lp or out.mps.gz")
    Path output;

    @Option(names = "--format", paramLabel = "F",
            description = "free-mps, fixed-mps or lp (default: from OUT's extension, .lp or .mps)")
    String format;

    @Option(names = "--gzip", description = "compress with gzip (adds .gz to OUT unless it has it)")
    boolean gzip;

    @Option(names = "--names", paramLabel = "N",
            description = "readable (hidden.n1.s17.u) or short (C17, R9); fixed MPS always uses short names")
    String names;

    @Option(names = "--start", paramLabel = "NET.json",
            description = "also write a complete MIP start from this saved network: OUT.start.sol (SCIP, HiGHS),"
                    + " .start.mst (Gurobi), .start.cbc (CBC), .start.glpk (GLPK)")
    Path start;

    @Mixin
    Options.EnsembleMember member;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PhaseTimings timings = PhaseTimings.fromEnvironment();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = gzip && !output.toString().endsWith(".gz") ? Path.of(output + ".gz") : output;
        ModelFileFormat chosen = format != null ? ModelFileFormat.byLabel(format)
                : ModelFileFormat.fromFileName(target.getFileName().toString());
        if (chosen == null) {
            err.println(format != null
                    ? "bdnn: compile: unknown format '" + format + "'; expected free-mps, fixed-mps or lp"
                    : "bdnn: compile: cannot tell the format of " + output + "; name it .mps or .lp, or give --format");
            return CommandLine.ExitCode.USAGE;
        }
        NameScheme.Kind scheme = names == null ? chosen.defaultNames() : NameScheme.Kind.byLabel(names);
        if (scheme == null) {
            err.println("bdnn: compile: unknown names '" + names + "'; expected readable or short");
            return CommandLine.ExitCode.USAGE;
        }
        if (chosen == ModelFileFormat.FIXED_MPS && scheme == NameScheme.Kind.READABLE) {
            err.println("bdnn: compile: fixed MPS allows names of at most 8 characters; use --names short or free-mps");
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition whole = modelFile.check(err);
        timings.end("check");
        if (whole == null) {
            return Main.INVALID_MODEL;
        }
        MemberSelection.Selected selected = member.select(whole, err);
        if (selected == null) {
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = selected.definition();
        Network network = null;
        if (start != null) {
            try {
                network = NetworkJson.read(start);
            } catch (IOException | RuntimeException e) {
                err.println("bdnn: --start: cannot read " + start + ": " + e.getMessage());
                return Main.INVALID_MODEL;
            }
        }
        CompiledModel compiled = Compiler.lower(definition);
        timings.end("lower");
        boolean compressed = target.getFileName().toString().endsWith(".gz");
        ModelFiles.Written written;
        try {
            written = ModelFiles.write(compiled.model(), Provenance.of(compiled), target,
                    new ModelFiles.Options(chosen, scheme, compressed));
        } catch (IllegalArgumentException e) {
            err.println("bdnn: compile: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            err.println("bdnn: cannot write " + target + ": " + e.getMessage());
            return CANNOT_WRITE;
        }
        timings.end("write");
        ModelStats.Counts counts = ModelStats.total(compiled.model());
        out.printf("model        %s (%s)%n", definition.name(), definition.file());
        out.printf("formulation  %d variables (%d binary, %d integer), %d rows, %d nonzeros%n", counts.variables(),
                counts.binaries(), counts.integers(), counts.rows(), counts.nonzeros());
        if (compiled.model().hasIndicators()) {
            out.printf("indicators   %d of the rows are indicator rows (method exact indicators): %s%n",
                    compiled.model().numIndicatorRows(), io.bdnn.backends.files.ModelFileHeader.indicatorReaders(chosen));
        }
        out.printf(Locale.ROOT, "wrote        %s (%s, %s names, %d bytes%s) in %.2f s%n", written.modelFile(),
                chosen.label(), scheme.label(), written.stats().bytes(), compressed ? " before gzip" : "",
                written.seconds());
        if (written.stats().roundedValues() > 0) {
            out.printf(Locale.ROOT, "rounded      %d values to fit 12-character fields, largest relative change %.2g%n",
                    written.stats().roundedValues(), written.stats().largestRelativeChange());
        }
        out.printf("name map     %s%n", written.mapFile());
        out.printf("objective    minimise; add the constant %s to the solver's objective to get the training loss%n",
                ModelText.number(compiled.model().objectiveConstant()));
        timings.end("summary");
        timings.print(err);
        if (network != null) {
            return writeStart(compiled, network, chosen, scheme, target, out, err);
        }
        return 0;
    }

    private int writeStart(CompiledModel compiled, Network network, ModelFileFormat chosen, NameScheme.Kind scheme,
                           Path target, PrintWriter out, PrintWriter err) {
        MipStart mipStart;
        try {
            mipStart = MipStart.of(compiled.lowered(), network);
        } catch (IllegalArgumentException e) {
            err.println("bdnn: --start: " + e.getMessage());
            return Main.INVALID_MODEL;
        }
        List<Path> files;
        try {
            files = MipStartWriter.writeAll(compiled.model(), NameScheme.of(scheme, compiled.model(), chosen.nameLimit()),
                    chosen, mipStart.values(), target);
        } catch (IOException e) {
            err.println("bdnn: cannot write the MIP start: " + e.getMessage());
            return CANNOT_WRITE;
        }
        String feasibility = mipStart.feasibility().feasible()
                ? "feasible, objective " + ModelText.number(mipStart.objective())
                : "INFEASIBLE (" + mipStart.feasibility().what() + " is off by "
                        + ModelText.number(mipStart.feasibility().violation()) + "); solvers may repair or ignore it";
        out.printf("start        %s%n", files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        out.printf("             %s%s%n", feasibility,
                mipStart.repaired() > 0 ? "; " + mipStart.repaired() + " bias(es) moved onto the step margin" : "");
        for (String conflict : mipStart.conflicts()) {
            err.println("bdnn: --start: " + conflict);
        }
        return 0;
    }
}
