package io.bdnn.training;

import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.Subproblems;
import io.bdnn.ir.Grouping;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.ModelStats;
import io.bdnn.milp.Violations;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;

/**
 * One MILP of a heuristic: the model's problem on some training points, with points grouped into
 * subsets and some layers fixed, solved from a start network, read back and checked by forward
 * pass on its own points.
 *
 * @param lowered        the lowered problem
 * @param solve          the solver's result
 * @param network        the network read from the solution, or null without one
 * @param check          the forward pass against the MILP's claim, or null without a network
 * @param startConflicts how many members of the start disagree with the problem (0: the start is a solution)
 * @param startViolations the rows and columns of the problem the start violates, or null without a start
 * @param compileSeconds time to build and lower the problem
 */
public record Subproblem(LoweredNetwork lowered, SolveResult solve, Network network, ForwardCheck check,
                         int startConflicts, Violations startViolations, double compileSeconds) {

    /**
     * Builds and solves the problem on the training points {@code points} (indices into the
     * training split).
     *
     * @param fixedWeights per-layer constant weights, null entries (or null) for free layers
     * @param fixedBiases  per-layer constant biases, likewise
     * @param start        the network used as MIP start, or null
     */
    public static Subproblem solve(ModelDefinition definition, int[] points, Grouping grouping,
                                   double[][][] fixedWeights, double[][] fixedBiases, Network start,
                                   MilpSolver solver, SolverOptions options) {
        long began = System.nanoTime();
        double[][] allX = definition.data().train().x();
        int[] allY = definition.data().train().y();
        double[][] x = new double[points.length][];
        int[] y = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = allX[points[i]];
            y[i] = allY[points[i]];
        }
        LoweredNetwork lowered = Subproblems.lower(definition, x, y, fixedWeights, fixedBiases, grouping);
        double[] startValues = null;
        int conflicts = 0;
        Violations violations = null;
        if (start != null) {
            StartBuilder.Start built = StartBuilder.fromNetwork(lowered, start);
            startValues = built.values();
            conflicts = built.conflicts().size();
            violations = Violations.of(lowered.model(), startValues);
        }
        double compileSeconds = (System.nanoTime() - began) / 1e9;
        SolveResult solve = solver.solve(lowered.model(), options, startValues);
        if (!solve.status().hasSolution() || solve.values() == null) {
            return new Subproblem(lowered, solve, null, null, conflicts, violations, compileSeconds);
        }
        SolutionReader.Result read = SolutionReader.read(lowered, solve.values(), definition.scaling(),
                definition.data().classLabels());
        ForwardCheck check = SolutionCheck.check(lowered, solve, read.network(), read.integralityViolation());
        return new Subproblem(lowered, solve, read.network(), check, conflicts, violations, compileSeconds);
    }

    /** The number of binary columns of the problem. */
    public long binaries() {
        return ModelStats.total(lowered.model()).binaries();
    }
}
