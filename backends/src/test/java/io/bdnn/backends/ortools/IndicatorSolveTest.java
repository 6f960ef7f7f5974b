package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bdnn.backends.Corpus;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.lowering.Formulation;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.Violations;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import io.bdnn.solve.SolverOptions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Indicator rows solved in-process: SCIP (through an {@code MPModelProto}) and CP-SAT find the
 * big-M formulation's optimum, with a solution that satisfies every enforced row; CBC and HiGHS,
 * whose OR-Tools interfaces have no indicator constraints, refuse the model with a message naming
 * the solver and the option.
 */
class IndicatorSolveTest {
    private static final Formulation INDICATORS =
            new Formulation(Formulation.Base.BDNN, Set.of(Formulation.Option.INDICATORS));

    static LinearModel lower(String name, Formulation formulation) {
        ModelDefinition definition = Compiler.check(Corpus.file(name));
        return Compiler.lower(definition, formulation).model();
    }

    static SolveResult solve(LinearModel model, String solver) {
        return new OrToolsSolver().solve(model, new SolverOptions(solver, 60.0, 0.0, 1, 0), null);
    }

    @Test
    void scipFindsTheBigMOptimumWithIndicatorRows() {
        LinearModel indicators = lower("xor-1-hidden", INDICATORS);
        LinearModel bigM = lower("xor-1-hidden", Formulation.defaults());
        assertThat(indicators.numIndicatorRows()).isPositive();
        SolveResult withIndicators = solve(indicators, "scip");
        SolveResult withBigM = solve(bigM, "scip");
        assertThat(withIndicators.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(withBigM.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(withIndicators.objective()).isCloseTo(withBigM.objective(), within(1e-6)).isCloseTo(2, within(1e-6));
        assertThat(Violations.of(indicators, withIndicators.values()).none()).isTrue();
    }

    @Test
    void cpSatTakesIndicatorRowsOfAnIntegerModel() {
        LinearModel indicators = lower("xor-integer-bias", INDICATORS);
        LinearModel bigM = lower("xor-integer-bias", Formulation.defaults());
        SolveResult result = solve(indicators, "cp-sat");
        assertThat(result.status()).as(result.message()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(solve(bigM, "scip").objective(), within(1e-6));
        assertThat(Violations.of(indicators, result.values()).none()).isTrue();
    }

    @Test
    void cbcAndHighsRefuseIndicatorRowsNamingTheOption() {
        LinearModel indicators = lower("xor-1-hidden", INDICATORS);
        for (String solver : new String[] {"cbc", "highs"}) {
            SolveResult result = solve(indicators, solver);
            assertThat(result.status()).isEqualTo(SolveStatus.ABNORMAL);
            assertThat(result.message()).startsWith(solver + " cannot take indicator constraints")
                    .contains("hidden/n1/s1/step_hi", "StepActivationToIndicators", "'indicators'", "choose scip");
        }
        assertThat(new OrToolsSolver().unsupported(lower("xor-1-hidden", Formulation.defaults()),
                new SolverOptions("cbc", null, null, null, null))).isNull();
    }
}
