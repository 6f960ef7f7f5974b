package io.bdnn.cli;

import io.bdnn.ast.BdnnException;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.MethodSettings;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.Subproblems;
import io.bdnn.ir.Grouping;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.Budget;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.StagedSolve;
import io.bdnn.training.StopSignal;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingResult;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.localsearch.LocalSearchTrainer;
import io.bdnn.training.splitting.SplittingTrainer;
import java.util.List;

/** The dispatch from a model's {@code method} to its trainer, shared by one network and every ensemble member. */
final class MethodDispatch {
    private MethodDispatch() {
    }

    /**
     * Trains the model by its method: one MILP ({@code exact}), or the heuristics; the solver is
     * probed first so that an unsupported model is a located error, not a failed run.
     */
    static TrainingRun train(ModelDefinition definition, SolverOptions options, OrToolsSolver backend, Network start,
                             TrainingListener listener, StopSignal stop) {
        MethodSettings method = definition.training().plan().method();
        if (method instanceof MethodSettings.Exact) {
            CompiledModel compiled = Compiler.lower(definition);
            String unsupported = backend.unsupported(compiled.model(), options);
            if (unsupported != null) {
                throw new BdnnException(definition.training().solverSpan(), unsupported);
            }
            SolverOptions limited = new Budget(options, definition.training().plan().perMipSeconds()).nextMilp();
            double[] hint = start == null ? null : StartBuilder.fromNetwork(compiled.lowered(), start).values();
            // One solve, or one per stage of a lexicographic loss (io.bdnn.user).
            SolveResult solve = StagedSolve.solve(compiled.lowered(), backend, limited, hint);
            TrainingResult result = ExactTrainer.evaluate(compiled, limited, solve);
            return new TrainingRun(result, compiled, List.of(), stop.isStopped(),
                    stop.isStopped() ? "interrupted" : "one MILP over all training points");
        }
        // A probe on two points tells whether the solver accepts this kind of model at all.
        int probe = Math.min(2, definition.data().train().size());
        var model = Subproblems.lower(definition, java.util.Arrays.copyOf(definition.data().train().x(), probe),
                java.util.Arrays.copyOf(definition.data().train().y(), probe), null, null, Grouping.identity(probe))
                .model();
        String unsupported = backend.unsupported(model, options);
        if (unsupported != null) {
            throw new BdnnException(definition.training().solverSpan(), unsupported);
        }
        return method instanceof MethodSettings.Split
                ? SplittingTrainer.train(definition, backend, options, start, listener, stop)
                : LocalSearchTrainer.train(definition, backend, options, start, listener, stop);
    }
}
