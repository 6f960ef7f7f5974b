package io.bdnn.cli;

import static io.bdnn.cli.CommandLineTest.bdnn;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.cli.CommandLineTest.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bdnn --help}: every command's summary is one whole sentence on one line. */
class HelpTest {

    /** The lines of the Commands: section, each a command name and its summary. */
    private static List<String> commandLines(String help) {
        List<String> lines = new ArrayList<>();
        boolean inCommands = false;
        for (String line : help.split("\n")) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyCommandSummaryIsOneWholeSentenceOnOneLine() {
        Run help = bdnn("--help");
        assertThat(help.code()).isZero();
        List<String> lines = commandLines(help.out());
        assertThat(lines).as("the Commands: section").hasSizeGreaterThanOrEqualTo(8);
        for (String line : lines) {
            // A summary that wraps goes on in a line indented deeper than the command names.
            assertThat(line).as("a command line, not a summary cut onto a second line").matches("  [a-z]+ +\\S.*");
            String summary = line.trim().replaceFirst("^[a-z]+ +", "");
            assertThat(summary).as("summary of '%s'", line.trim()).matches("[A-Z].*\\.");
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        assertThat(lines).extracting(line -> line.trim().split(" ")[0])
                .containsExactly("check", "stats", "train", "evaluate", "predict", "verify", "export", "compile", "import",
                        "plan", "merge", "help");
    }

    @Test
    void eachCommandsOwnHelpStartsWithItsSummary() {
        for (String line : commandLines(bdnn("--help").out())) {
            String name = line.trim().split(" ")[0];
            if (name.equals("help")) {
                continue;
            }
            String summary = line.trim().substring(name.length()).trim();
            Run own = bdnn(name, "--help");
            assertThat(own.code()).isZero();
            assertThat(own.out()).startsWith(summary + "\n").contains("Usage: bdnn " + name);
        }
    }

    @Test
    void theSubcommandsAreRegisteredUnderTheirOwnNames() {
        Main.COMMANDS.forEach((name, command) ->
                assertThat(command.getAnnotation(CommandLine.Command.class).name()).as(name).isEqualTo(name));
        // A command line for one named subcommand holds that one; any other first argument gets all.
        assertThat(Main.commandLine("compile", "x.bdnn").getSubcommands()).containsOnlyKeys("compile");
        assertThat(Main.commandLine("--help").getSubcommands()).containsOnlyKeys(Main.COMMANDS.keySet());
        assertThat(Main.commandLine("help", "compile").getSubcommands()).containsOnlyKeys(Main.COMMANDS.keySet());
        assertThat(Main.commandLine().getSubcommands()).containsOnlyKeys(Main.COMMANDS.keySet());
    }

    @Test
    void helpOfACommandAndAMisspeltCommandStillWork() {
        Run help = bdnn("help", "compile");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: bdnn compile");
        Run misspelt = bdnn("compil", "x.bdnn");
        assertThat(misspelt.code()).isEqualTo(2);
        assertThat(misspelt.err()).contains("compil").contains("compile");
    }
}
