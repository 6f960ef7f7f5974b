package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Run in a separate JVM by {@link HighsProbeTest}: gives HiGHS a hint through {@code MPSolver}.
 * On OR-Tools 9.15 the process dies in native code (SIGSEGV in {@code HighsSolveProto}), because
 * OR-Tools copies the hint into vectors created with size 0. Prints {@code survived} if it ever
 * stops crashing.
 */
public final class HighsHintCrash {

    private HighsHintCrash() {
    }

    public static void main(String[] args) {
        OrToolsNatives.load();
        MPSolver solver = MPSolver.createSolver("HIGHS");
        MPVariable x = solver.makeIntVar(0, 5, "x");
        MPVariable y = solver.makeIntVar(0, 5, "y");
        MPConstraint capacity = solver.makeConstraint(-MPSolver.infinity(), 7, "capacity");
        capacity.setCoefficient(x, 2);
        capacity.setCoefficient(y, 3);
        solver.objective().setCoefficient(x, -3);
        solver.objective().setCoefficient(y, -4);
        solver.objective().setMinimization();
        solver.setHint(new MPVariable[] {x, y}, new double[] {2, 1});
        solver.solve();
        solver.delete();
        System.out.println("survived");
    }
}
