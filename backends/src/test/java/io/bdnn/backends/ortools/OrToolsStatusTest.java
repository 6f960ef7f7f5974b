package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.linearsolver.MPSolver;
import io.bdnn.solve.SolveStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrToolsStatusTest {

    @BeforeAll
    static void loadNatives() {
        // The enum's constants come from native code; touching it first would break it for good.
        OrToolsNatives.load();
    }

    @Test
    void mapsEveryMpSolverStatus() {
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.OPTIMAL)).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.FEASIBLE)).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.INFEASIBLE)).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.UNBOUNDED)).isEqualTo(SolveStatus.UNBOUNDED);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.NOT_SOLVED)).isEqualTo(SolveStatus.NO_SOLUTION);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.ABNORMAL)).isEqualTo(SolveStatus.ABNORMAL);
        assertThat(OrToolsStatus.of(MPSolver.ResultStatus.MODEL_INVALID)).isEqualTo(SolveStatus.ABNORMAL);
    }

    @Test
    void explainsOnlyTheStatusesThatMeanFailure() {
        assertThat(OrToolsStatus.message(MPSolver.ResultStatus.MODEL_INVALID, OrToolsEngine.CP_SAT))
                .startsWith("cp-sat rejected the model as invalid");
        assertThat(OrToolsStatus.message(MPSolver.ResultStatus.ABNORMAL, OrToolsEngine.SCIP))
                .isEqualTo("scip stopped abnormally (MPSolver status ABNORMAL)");
        assertThat(OrToolsStatus.message(MPSolver.ResultStatus.OPTIMAL, OrToolsEngine.SCIP)).isEmpty();
        assertThat(OrToolsStatus.message(MPSolver.ResultStatus.NOT_SOLVED, OrToolsEngine.HIGHS)).isEmpty();
    }
}
