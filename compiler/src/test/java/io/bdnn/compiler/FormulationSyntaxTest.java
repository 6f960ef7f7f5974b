package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.lowering.Formulation;
import io.bdnn.milp.ModelStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code method exact [formulation NAME] [OPTION | no_OPTION ...]}: what the model says is what is lowered. */
class FormulationSyntaxTest {
    @TempDir
    Path folder;

    private ModelDefinition model(String method) throws IOException {
        Path file = folder.resolve("m.bdnn");
        Files.writeString(file, """
                model m
                data { inline { 0 1 : 0  0 1 : 1  1 0 : 1  1 1 : 0  1 1 : 0 } }
                network {
                  layer hidden: 2 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias integer
                }
                train { method %s }
                """.formatted(method));
        return Compiler.check(file);
    }

    @Test
    void theWordsChooseTheBaseAndTheOptions() throws IOException {
        assertThat(Compiler.formulation(model("exact"))).isEqualTo(Formulation.defaults());
        assertThat(Compiler.formulation(model("exact formulation paper")))
                .isEqualTo(new Formulation(Formulation.Base.PAPER, Set.of()));
        assertThat(Compiler.formulation(model("exact merge_samples symmetry formulation bdnn")))
                .isEqualTo(new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.MERGE_SAMPLES,
                        Formulation.Option.SYMMETRY, Formulation.Option.PATTERNS)));
        assertThat(Compiler.formulation(model("exact symmetry no_symmetry"))).isEqualTo(Formulation.defaults());
        // Pattern tables are on by default with bdnn's base, off with the paper's unless asked for.
        assertThat(Formulation.defaults().options()).containsExactly(Formulation.Option.PATTERNS);
        assertThat(Compiler.formulation(model("exact no_patterns")).options()).isEmpty();
        assertThat(Compiler.formulation(model("exact formulation paper patterns")))
                .isEqualTo(new Formulation(Formulation.Base.PAPER, Set.of(Formulation.Option.PATTERNS)));
    }

    @Test
    void mergingSharesTheBinariesOfEqualSamplesAndSymmetryAddsOneRowPerNeuronPair() throws IOException {
        ModelStats.Counts plain = ModelStats.of(Compiler.lower(model("exact no_patterns")).model()).total();
        ModelStats.Counts merged = ModelStats.of(Compiler.lower(model("exact merge_samples no_patterns")).model()).total();
        ModelStats.Counts ordered = ModelStats.of(Compiler.lower(model("exact symmetry no_patterns")).model()).total();
        // Five points, three distinct (0 1 twice with different labels, 1 1 twice): binaries per
        // neuron drop from 5 to 3 in both layers (2 hidden + 2 output neurons).
        assertThat(plain.binaries() - merged.binaries()).isEqualTo(2 * 4);
        assertThat(ordered.rows() - plain.rows()).isEqualTo(1);
        assertThat(ordered.binaries()).isEqualTo(plain.binaries());
    }
}
