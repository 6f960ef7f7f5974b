package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import io.bdnn.backends.Corpus;
import io.bdnn.backends.ExternalSolvers;
import io.bdnn.backends.OrToolsFiles;
import io.bdnn.backends.solutions.SolutionImporter;
import io.bdnn.backends.solutions.SolverFormat;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.user.UserCheck;
import io.bdnn.testing.SolverCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models with user constraints and objectives written as MPS and LP files: OR-Tools reads back
 * the same model from the MPS file and finds the optimum of the model's (first-stage) objective
 * in it; CBC finds it in the LP file, and its solution read back as a network satisfies the
 * constraints by forward pass. The objective constant
 * lives in the rows that define the loss columns, so nothing is lost in files that cannot carry one.
 */
class UserModelFilesTest {
    @TempDir
    Path folder;

    /** One input x in {0, 1} of class x + 1, two output neurons: the optima are worked out in ObjectivesTest. */
    private static final String ONE_INPUT = """
            model one_input
            data { inline { 0 : 0  1 : 1 } }
            network {
              layer output: classes step
              weights integer in [-1, 1]
              bias integer in [-2, 2]
            }
            train { loss LOSS }
            """;

    @ParameterizedTest(name = "{0}: first-stage optimum {1}")
    @CsvSource({"constraints, 2", "lexicographic, 0"})
    void theExampleFilesHoldTheSameModelAndOptimum(String name, double optimum) throws Exception {
        roundTrip(Corpus.root().resolve("models/" + name + ".bdnn"), name, optimum);
    }

    @ParameterizedTest(name = "loss {0}: optimum {1}")
    @CsvSource(delimiter = ';', value = {"misclassified; 0", "hinge margin 1; 2", "max_margin; -2", "min_weight; 0",
            "min_nonzero; 0", "hamming + 0.5 min_nonzero; 1"})
    void everyObjectiveHasItsOptimumInTheFiles(String loss, double optimum) throws Exception {
        Path file = folder.resolve("one.bdnn");
        Files.writeString(file, ONE_INPUT.replace("LOSS", loss));
        roundTrip(file, "one", optimum);
    }

    private void roundTrip(Path model, String name, double optimum) throws Exception {
        CompiledModel compiled = Compiler.lower(Compiler.check(model));
        assertThat(compiled.model().objectiveConstant()).isZero();
        Path mps = folder.resolve(name + ".mps");
        ModelFiles.write(compiled.model(), Provenance.of(compiled), mps,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
        ModelBuilderHelper read = OrToolsFiles.read(mps);
        RoundTripTest.assertSameModel(compiled.model(), NameScheme.of(NameScheme.Kind.READABLE, compiled.model(),
                ModelFileFormat.FREE_MPS.nameLimit()), read, 0);
        assertThat(OrToolsFiles.optimum(read)).isEqualTo(optimum);

        Path lp = folder.resolve(name + ".lp");
        ModelFiles.write(compiled.model(), Provenance.of(compiled), lp,
                new ModelFiles.Options(ModelFileFormat.LP, NameScheme.Kind.READABLE, false));
        assertThat(Files.readString(lp)).contains("loss.stage1.objective");
        // The LP file through CBC (OR-Tools reads no CPLEX LP with comments): the same optimum, and
        // the network read from CBC's solution satisfies every constraint by forward pass.
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
        Path solution = folder.resolve(name + ".cbc.sol");
        SolverCommands.Run run = ExternalSolvers.cbc(lp, solution);
        assertThat(run.exitCode()).as(run.output()).isZero();
        NameScheme lpNames = NameScheme.of(NameScheme.Kind.READABLE, compiled.model(), ModelFileFormat.LP.nameLimit());
        SolveResult imported = SolutionImporter.match(solution.toString(), SolverFormat.CBC.read(solution),
                compiled.model(), lpNames).result();
        assertThat(imported.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(imported.objective()).isCloseTo(optimum, within(1e-6));
        var definition = compiled.definition();
        Network network = SolutionReader.read(compiled.lowered(), imported.values(), definition.scaling(),
                definition.data().classLabels()).network();
        UserCheck.Result check = UserCheck.check(compiled.lowered(), imported.values(), network);
        assertThat(check.violations()).isEmpty();
        if (!name.equals("lexicographic")) {
            assertThat(check.forwardObjective()).isCloseTo(optimum, within(1e-6));
        }
    }
}
