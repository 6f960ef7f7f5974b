package io.bdnn.training;

import io.bdnn.compiler.CompiledModel;
import java.util.List;

/**
 * A whole training run: the result of the best network (its MILP's status and check, its
 * forward-pass results on every split), the MILP that produced it, the steps of a heuristic, and
 * why the run stopped.
 *
 * @param result      the best network and its forward-pass results; its {@code solve} and
 *                    {@code check} are those of the MILP that produced it
 * @param problem     the model lowered as that MILP (its size and margins go into reports)
 * @param rounds      one record per step of a heuristic; empty for exact training
 * @param interrupted whether the run was stopped by a signal before it ended by itself
 * @param stopReason  why the run ended, in words
 */
public record TrainingRun(TrainingResult result, CompiledModel problem, List<RoundRecord> rounds,
                          boolean interrupted, String stopReason) {

    public TrainingRun {
        rounds = List.copyOf(rounds);
    }
}
