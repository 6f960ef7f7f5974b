package io.bdnn.backends.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.bdnn.backends.Corpus;
import io.bdnn.backends.ExternalSolvers;
import io.bdnn.backends.files.MipStartWriter;
import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.backends.solutions.Feasibility;
import io.bdnn.backends.solutions.SolutionImporter;
import io.bdnn.backends.solutions.SolverFormat;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import io.bdnn.testing.SolverCommands;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A complete MIP start from a trained network: feasible for the model with the network's loss
 * as objective, accepted by CBC ({@code -mips}) and GLPK ({@code glpsol -r}) with that
 * objective, readable as a SCIP and a Gurobi solution, and usable as an OR-Tools hint.
 */
class MipStartTest {

    @TempDir
    Path folder;

    /** The network a direct solve trains, as {@code bdnn train --save} would store it. */
    private static Network trained(CompiledModel compiled) {
        SolveResult result = new OrToolsSolver().solve(compiled.model(), new SolverOptions("scip", 60.0, 0.0, null, null),
                null);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        var definition = compiled.definition();
        return SolutionReader.read(compiled.lowered(), result.values(), definition.scaling(),
                definition.data().classLabels()).network();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor-2-hidden", "xor-1-hidden", "xor-continuous", "three-classes", "breast-cancer-slice"})
    void theStartOfATrainedNetworkIsFeasibleWithItsLossAsObjective(String name) {
        Corpus.Entry entry = Corpus.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        CompiledModel compiled = entry.compiled();
        MipStart start = MipStart.of(compiled.lowered(), trained(compiled));
        assertThat(start.feasibility().feasible()).as(start.feasibility().what()).isTrue();
        assertThat(start.objective()).isCloseTo(entry.optimum(), within(1e-9));
        assertThat(start.conflicts()).isEmpty();
    }

    /**
     * A network whose continuous biases sit below the MILP's (moved down by {@code eps/2}, as
     * earlier versions of SolutionReader saved them) gives a plain forward-pass assignment that
     * violates the step margin; the start moves those biases back and is feasible, with the same
     * activations.
     */
    @Test
    void biasesBelowTheStepMarginAreMovedBackOntoIt() {
        CompiledModel compiled = Corpus.compiled("xor-2-hidden");
        Network trained = trained(compiled);
        double[][] lowered = new double[trained.depth()][];
        for (int l = 0; l < trained.depth(); l++) {
            double eps = compiled.lowered().bounds().layer(l).margin().value();
            lowered[l] = trained.biases()[l].clone();
            for (int k = 0; k < lowered[l].length; k++) {
                lowered[l][k] -= eps / 2;
            }
        }
        Network network = new Network(trained.layerNames(), trained.weights(), lowered, trained.scaling(),
                trained.classLabels());
        LinearModel model = compiled.model();
        // The start with the network's own biases, as a naive forward pass would write it: the
        // start builder repairs them, so they are written back here to show what it repairs.
        StartBuilder.Start built = StartBuilder.fromNetwork(compiled.lowered(), network);
        assertThat(built.repairedBiases()).isPositive();
        double[] plain = built.values().clone();
        for (int l = 0; l < network.depth(); l++) {
            var biases = compiled.lowered().biases(l);
            for (int k = 0; k < network.width(l); k++) {
                if (biases != null && !biases.isConstant(k)) {
                    plain[biases.column(k)] = network.biases()[l][k];
                }
            }
        }
        Feasibility before = Feasibility.of(model, plain, 17, new Feasibility.Names() {
            @Override
            public String column(int col) {
                return model.columnName(col);
            }

            @Override
            public String row(int row) {
                return model.rowName(row);
            }
        });
        assertThat(before.feasible()).isFalse();
        assertThat(before.what()).containsAnyOf("step_lo", "tab_lo"); // a step row, per sample or per pattern
        MipStart start = MipStart.of(compiled.lowered(), network);
        assertThat(start.repaired()).isPositive();
        assertThat(start.feasibility().feasible()).isTrue();
        assertThat(start.objective()).isCloseTo(0, within(1e-9));
    }

    @Test
    void cbcAndGlpkAcceptTheStartWithItsObjective() throws Exception {
        assumeFalse(ExternalSolvers.skipped(), "external solvers skipped by -Dbdnn.skipExternalSolvers");
        CompiledModel compiled = Corpus.compiled("xor-1-hidden");
        LinearModel model = compiled.model();
        MipStart start = MipStart.of(compiled.lowered(), trained(compiled));
        Path mps = folder.resolve("xor.mps");
        ModelFiles.write(model, Corpus.provenance("xor-1-hidden"), mps,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
        NameScheme names = NameScheme.of(NameScheme.Kind.READABLE, model, ModelFileFormat.FREE_MPS.nameLimit());
        List<Path> files = MipStartWriter.writeAll(model, names, ModelFileFormat.FREE_MPS, start.values(), mps);
        assertThat(files).extracting(path -> path.getFileName().toString())
                .containsExactly("xor.start.sol", "xor.start.mst", "xor.start.cbc", "xor.start.glpk");
        double solverObjective = start.objective() - model.objectiveConstant();

        SolverCommands.Run cbc = ExternalSolvers.cbc(mps, folder.resolve("cbc.sol"), "-mips", files.get(2).toString());
        assertThat(cbc.output()).contains("MIPStart values read for " + model.numColumns() + " variables");
        Matcher cost = Pattern.compile("MIPStart provided solution with cost (\\S+)").matcher(cbc.output());
        assertThat(cost.find()).as(cbc.output()).isTrue();
        assertThat(Double.parseDouble(cost.group(1))).isCloseTo(solverObjective, within(1e-9));

        Path report = folder.resolve("glpk.txt");
        SolverCommands.Run glpk = ExternalSolvers.glpk(mps, ModelFileFormat.FREE_MPS, null, "-r", files.get(3).toString(),
                "-o", report.toString());
        assertThat(glpk.exitCode()).as(glpk.output()).isZero();
        String printed = java.nio.file.Files.readString(report);
        assertThat(printed).contains("Status:     INTEGER NON-OPTIMAL");
        Matcher objective = Pattern.compile("Objective:\\s+obj = (\\S+)").matcher(printed);
        assertThat(objective.find()).isTrue();
        assertThat(Double.parseDouble(objective.group(1))).isCloseTo(solverObjective, within(1e-9));
        assertThat(printed).contains("High quality");

        for (int k : new int[] {0, 1}) {
            SolverFormat format = k == 0 ? SolverFormat.SCIP : SolverFormat.GUROBI;
            assertThat(SolverFormat.detect(files.get(k))).isEqualTo(format);
            SolveResult read = SolutionImporter.match(files.get(k).toString(), format.read(files.get(k)), model, names)
                    .result();
            assertThat(read.values()).containsExactly(start.values(), within(1e-15));
        }
    }

    @Test
    void orToolsTakesTheStartAsAHint() {
        CompiledModel compiled = Corpus.compiled("xor-2-hidden");
        MipStart start = MipStart.of(compiled.lowered(), trained(compiled));
        SolveResult result = new OrToolsSolver().solve(compiled.model(), new SolverOptions("scip", 30.0, 0.0, null, null),
                start.values());
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(start.objective(), within(1e-9));
    }

    @Test
    void aNetworkOfAnotherShapeIsRefused() {
        Network xor = trained(Corpus.compiled("xor-2-hidden"));
        CompiledModel other = Corpus.compiled("xor-1-hidden");
        assertThatThrownBy(() -> MipStart.of(other.lowered(), xor)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the network's layers (neurons x inputs) are [2x2, 2x2] but the model's are [1x2, 2x1]");
    }
}
