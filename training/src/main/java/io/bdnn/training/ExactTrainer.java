package io.bdnn.training;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.SolutionReader;
import io.bdnn.network.Evaluation;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.solve.MilpSolver;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;

/**
 * {@code method exact}: solves the whole training MILP once, reads the network back and
 * re-checks it by the exact forward pass on every split.
 */
public final class ExactTrainer {
    private ExactTrainer() {
    }

    public static TrainingResult train(CompiledModel compiled, MilpSolver solver, SolverOptions options) {
        String unsupported = solver.unsupported(compiled.model(), options);
        if (unsupported != null) {
            throw new io.bdnn.ast.BdnnException(compiled.definition().training().solverSpan(), unsupported);
        }
        // One solve, or one per stage of a lexicographic loss.
        SolveResult solve = StagedSolve.solve(compiled.lowered(), solver, options);
        return evaluate(compiled, options, solve);
    }

    /** Reads a solver's result back and checks it by forward pass: shared by every method and by import. */
    public static TrainingResult evaluate(CompiledModel compiled, SolverOptions options, SolveResult solve) {
        String method = compiled.definition().training().method();
        if (!solve.status().hasSolution() || solve.values() == null) {
            return new TrainingResult(method, options, solve, null, null, null, null, null);
        }
        PreparedData data = compiled.definition().data();
        LoweredNetwork lowered = compiled.lowered();
        SolutionReader.Result read = SolutionReader.read(lowered, solve.values(), compiled.definition().scaling(),
                data.classLabels());
        Network network = read.network();
        Evaluation train = ForwardPass.evaluate(network, "train", data.train().x(), data.train().y());
        Evaluation validation = evaluateSplit(network, data.validation());
        Evaluation test = evaluateSplit(network, data.test());
        ForwardCheck check = check(lowered, solve, network, train, read.integralityViolation());
        return new TrainingResult(method, options, solve, network, train, validation, test, check);
    }

    private static Evaluation evaluateSplit(Network network, Split split) {
        return split == null || split.isEmpty() ? null : ForwardPass.evaluate(network, split.name(), split.x(), split.y());
    }

    static ForwardCheck check(LoweredNetwork lowered, SolveResult solve, Network network, Evaluation train,
                              double integralityViolation) {
        return SolutionCheck.check(lowered, solve, network, train, integralityViolation);
    }
}
