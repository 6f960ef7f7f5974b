package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What CP-SAT really does with MIP features when reached through {@code MPSolver} (OR-Tools
 * 9.15), measured against SCIP on raw solvers. These pin the facts behind
 * {@link OrToolsSupport}: if an OR-Tools upgrade makes one fail, revisit that class.
 */
class CpSatProbeTest {

    @BeforeAll
    static void loadNatives() {
        OrToolsNatives.load();
    }

    /** Builds a model into a fresh solver, solves it, and returns {status, objective, x0, x1, ...}. */
    private static Object[] solve(String solverId, String parameters, Consumer<MPSolver> build) {
        MPSolver solver = MPSolver.createSolver(solverId);
        try {
            build.accept(solver);
            solver.objective().setMinimization();
            if (parameters != null) {
                solver.setSolverSpecificParametersAsString(parameters);
            }
            MPSolver.ResultStatus status = solver.solve();
            Object[] result = new Object[2 + solver.numVariables()];
            result[0] = status;
            boolean solved = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
            result[1] = solved ? solver.objective().value() : Double.NaN;
            for (int j = 0; j < solver.numVariables(); j++) {
                result[2 + j] = solved ? solver.variable(j).solutionValue() : Double.NaN;
            }
            return result;
        } finally {
            solver.delete();
        }
    }

    private static MPConstraint row(MPSolver solver, double lo, double hi, MPVariable[] vars, double... coefficients) {
        MPConstraint row = solver.makeConstraint(lo, hi);
        for (int k = 0; k < vars.length; k++) {
            row.setCoefficient(vars[k], coefficients[k]);
        }
        return row;
    }

    /** {@code min x + y + 1.1z, 3x + y + z >= 1, x + 3y + z >= 1}, x, y continuous: optimum 0.5 at x = y = 0.25. */
    private static void twoContinuous(MPSolver solver) {
        MPVariable x = solver.makeNumVar(0, 10, "x");
        MPVariable y = solver.makeNumVar(0, 10, "y");
        MPVariable z = solver.makeIntVar(0, 3, "z");
        row(solver, 1, MPSolver.infinity(), new MPVariable[] {x, y, z}, 3, 1, 1);
        row(solver, 1, MPSolver.infinity(), new MPVariable[] {x, y, z}, 1, 3, 1);
        solver.objective().setCoefficient(x, 1);
        solver.objective().setCoefficient(y, 1);
        solver.objective().setCoefficient(z, 1.1);
    }

    @Test
    void cpSatRoundsContinuousVariablesToIntegersAndStillClaimsOptimal() {
        Object[] scip = solve("SCIP", null, CpSatProbeTest::twoContinuous);
        Object[] cpSat = solve("CP_SAT", null, CpSatProbeTest::twoContinuous);

        assertThat(scip[0]).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
        assertThat((double) scip[1]).isCloseTo(0.5, within(1e-9));
        assertThat(cpSat[0]).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
        assertThat((double) cpSat[1]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void onlySolveIpMakesCpSatRefuseContinuousVariablesInsteadOfRounding() {
        Object[] cpSat = solve("CP_SAT", "only_solve_ip:true", CpSatProbeTest::twoContinuous);

        assertThat(cpSat[0]).isEqualTo(MPSolver.ResultStatus.MODEL_INVALID);
    }

    @Test
    void cpSatClipsIntegerDomainsToTenMillion() {
        // min -x - 2y s.t. x + y <= 3e7, y in [0, 10], x integer with a wide upper bound: -3e7 - 10.
        for (double upper : new double[] {MPSolver.infinity(), 1e8}) {
            Consumer<MPSolver> build = solver -> {
                MPVariable x = solver.makeIntVar(0, upper, "x");
                MPVariable y = solver.makeIntVar(0, 10, "y");
                row(solver, -MPSolver.infinity(), 3e7, new MPVariable[] {x, y}, 1, 1);
                solver.objective().setCoefficient(x, -1);
                solver.objective().setCoefficient(y, -2);
            };

            assertThat((double) solve("SCIP", null, build)[1]).isCloseTo(-3e7 - 10, within(1e-6));
            Object[] cpSat = solve("CP_SAT", null, build);
            assertThat(cpSat[0]).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            assertThat((double) cpSat[2]).as("x with upper bound %s", upper).isEqualTo(1e7);
        }
    }

    @Test
    void cpSatScalesShortDecimalCoefficientsExactly() {
        // max x + 1.5y s.t. 0.1x + 0.2y <= 0.3 over integers in [0, 100]: 3 (x = 3 or y = 1 and x = 1).
        Consumer<MPSolver> build = solver -> {
            MPVariable x = solver.makeIntVar(0, 100, "x");
            MPVariable y = solver.makeIntVar(0, 100, "y");
            row(solver, -MPSolver.infinity(), 0.3, new MPVariable[] {x, y}, 0.1, 0.2);
            solver.objective().setCoefficient(x, -1);
            solver.objective().setCoefficient(y, -1.5);
        };

        Object[] cpSat = solve("CP_SAT", null, build);

        assertThat(cpSat[0]).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
        assertThat((double) cpSat[1]).isCloseTo(-3, within(1e-9));
    }

    @Test
    void cpSatHonoursRowsOnlyToAboutOneMillionth() {
        // max x s.t. 1.0000001 x <= 10, x integer: 9, since 10.000001 > 10.
        Consumer<MPSolver> build = solver -> {
            MPVariable x = solver.makeIntVar(0, 100, "x");
            row(solver, -MPSolver.infinity(), 10, new MPVariable[] {x}, 1.0000001);
            solver.objective().setCoefficient(x, -1);
        };

        assertThat((double) solve("SCIP", null, build)[2]).isEqualTo(9);
        assertThat((double) solve("CP_SAT", null, build)[2]).isEqualTo(10);
        // Its MIP presolve is what loosens the row: without it CP-SAT is exact here.
        assertThat((double) solve("CP_SAT", "mip_presolve_level:0", build)[2]).isEqualTo(9);
    }

    @Test
    void cpSatRoundsObjectiveCoefficientsSoNearTiesGoEitherWay() {
        // Pick one of four items, maximising value: 1.0000001 is best, yet CP-SAT returns another
        // (1.0 when measured) and calls it optimal. The values differ by less than 1e-7.
        double[] values = {1.00000005, 1.00000002, 1.0000001, 1.0};
        Consumer<MPSolver> build = solver -> {
            MPVariable[] pick = solver.makeBoolVarArray(values.length);
            MPConstraint one = solver.makeConstraint(1, 1);
            for (int i = 0; i < values.length; i++) {
                one.setCoefficient(pick[i], 1);
                solver.objective().setCoefficient(pick[i], -values[i]);
            }
        };

        assertThat((double) solve("SCIP", null, build)[1]).isEqualTo(-1.0000001);
        Object[] cpSat = solve("CP_SAT", null, build);
        assertThat(cpSat[0]).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
        assertThat((double) cpSat[1]).isGreaterThan(-1.0000001);
    }
}
