package io.bdnn.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.BdnnException;
import io.bdnn.lowering.Formulation;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code method exact indicators}: the option, its rows, and the located error for solvers without indicators. */
class IndicatorOptionTest {
    @TempDir
    Path folder;

    private Path model(String method, String solver) throws IOException {
        Path file = folder.resolve("m.bdnn");
        Files.writeString(file, """
                model m
                data { inline { 0 1 : 0  1 0 : 1  1 1 : 0  0 0 : 1 } }
                network {
                  layer hidden: 2 step
                  layer output: classes step
                  weights continuous in [-1, 1]
                  bias continuous
                }
                train {
                  method %s
                  solver %s
                }
                """.formatted(method, solver));
        return file;
    }

    @Test
    void indicatorsReplaceTheBigMRowsOneForOne() throws IOException {
        ModelDefinition definition = Compiler.check(model("exact indicators", "scip"));
        assertThat(Compiler.formulation(definition))
                .isEqualTo(new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.INDICATORS, Formulation.Option.PATTERNS)));
        LinearModel indicators = Compiler.lower(definition).model();
        LinearModel bigM = Compiler.lower(definition, Formulation.defaults()).model();
        ModelStats.Counts with = ModelStats.of(indicators).total();
        ModelStats.Counts without = ModelStats.of(bigM).total();
        assertThat(with.rows()).isEqualTo(without.rows());
        assertThat(with.binaries()).isEqualTo(without.binaries());
        // Every step row of a free activation is an indicator row; the product rows are not.
        long stepRows = 0;
        for (int row = 0; row < indicators.numRows(); row++) {
            boolean step = indicators.rowFamily(row).kind().startsWith("step_");
            stepRows += step ? 1 : 0;
            assertThat(indicators.indicatorColumn(row) >= 0).as(indicators.rowName(row)).isEqualTo(step);
        }
        assertThat(indicators.numIndicatorRows()).isEqualTo(stepRows).isPositive();
    }

    @Test
    void aSolverWithoutIndicatorsIsALocatedError() throws IOException {
        for (String solver : new String[] {"cbc", "highs"}) {
            Path file = model("exact indicators", solver);
            assertThatThrownBy(() -> Compiler.check(file)).isInstanceOf(BdnnException.class)
                    .hasMessageContaining("m.bdnn:10:16")
                    .hasMessageContaining("exact option 'indicators' writes indicator constraints, which solver '"
                            + solver + "' cannot take; choose solver scip or cp-sat");
        }
        Compiler.check(model("exact indicators no_indicators", "cbc"));
        Compiler.check(model("exact indicators", "cp-sat"));
    }
}
