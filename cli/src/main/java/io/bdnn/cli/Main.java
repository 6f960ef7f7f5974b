package io.bdnn.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bdnn} command: train binarized neural networks by mixed-integer optimisation.
 *
 * <p>The subcommands are registered in code ({@link #commandLine}), not in the annotation: picocli
 * builds the model of every registered command by reflection when the command line is made, which
 * took a third of a second, a fifth of a whole {@code bdnn compile} of a mid-sized model
 * (docs/benchmarks.md). When the first argument names a subcommand, only that one is registered;
 * otherwise ({@code bdnn --help}, {@code bdnn help compile}, a misspelt name) all of them are.
 */
@Command(name = "bdnn", mixinStandardHelpOptions = true, version = "bdnn 0.1.0",
        description = "Train binarized neural networks by mixed-integer optimisation.")
public final class Main implements Runnable {
    /** When the JVM got to this class, for {@link PhaseTimings}. */
    static final long LOADED = System.nanoTime();
    /** The subcommands by name, in the order {@code bdnn --help} lists them. */
    static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("check", CheckCommand.class);
        COMMANDS.put("stats", StatsCommand.class);
        COMMANDS.put("train", TrainCommand.class);
        COMMANDS.put("evaluate", EvaluateCommand.class);
        COMMANDS.put("predict", PredictCommand.class);
        COMMANDS.put("verify", VerifyCommand.class);
        COMMANDS.put("export", ExportCommand.class);
        COMMANDS.put("compile", CompileCommand.class);
        COMMANDS.put("import", ImportCommand.class);
        COMMANDS.put("plan", PlanCommand.class);
        COMMANDS.put("merge", MergeCommand.class);
        COMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** Exit code for a model with errors (sysexits EX_DATAERR). */
    public static final int INVALID_MODEL = 65;
    /** Exit code when the solver found no network. */
    public static final int NO_SOLUTION = 1;
    /** Exit code when the forward pass disagrees with the MILP's claimed loss. */
    public static final int FORWARD_MISMATCH = 3;
    /** Exit code when a named file cannot be read or written (sysexits EX_IOERR). */
    public static final int IO_ERROR = 74;
    /** Exit code for an internal error (sysexits EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // No stack trace: the model needs a larger heap, which the user can give it.
            System.err.println("bdnn: out of memory: this model needs more than the JVM's "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap; give it more with"
                    + " BDNN_JAVA_OPTS=\"-Xmx8g -XX:+UseParallelGC\" (docs/benchmarks.md gives the memory per nonzero)");
            code = INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams (for tests) and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof java.io.IOException io) {
                // A file the user named is missing, unreadable or malformed: their input, not our bug.
                line.getErr().println("bdnn: " + ioMessage(io));
                return IO_ERROR;
            }
            line.getErr().println("bdnn: internal error: " + exception);
            if (System.getenv("BDNN_DEBUG") != null) {
                exception.printStackTrace(line.getErr());
            } else {
                line.getErr().println("bdnn: set BDNN_DEBUG=1 to see the stack trace, and please report it");
            }
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    /** The command line with the subcommands {@code args} may need: the one it names first, or all. */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        Class<?> named = args.length > 0 && !"help".equals(args[0]) ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named);
        } else {
            COMMANDS.forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    /** A one-line reason for an I/O failure, naming the file. */
    static String ioMessage(java.io.IOException error) {
        if (error instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (error instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (error instanceof java.io.FileNotFoundException) {
            return error.getMessage();
        }
        if (error instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return "malformed JSON: " + json.getOriginalMessage() + (json.getLocation() == null ? ""
                    : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")");
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
