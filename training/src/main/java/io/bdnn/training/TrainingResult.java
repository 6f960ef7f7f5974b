package io.bdnn.training;

import io.bdnn.network.Evaluation;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolverOptions;

/**
 * What a training run produced: the solver's outcome, the network read from it, and the exact
 * forward pass's verdict on every split.
 *
 * @param method               the training method
 * @param options              the solver options actually used
 * @param solve                the solver's result (status, objective, bound, time)
 * @param network              the trained network, or null when the solver found none
 * @param train                forward-pass results on the training split (null without a network)
 * @param validation           on the validation split (null when it is empty or without a network)
 * @param test                 on the test split (null when empty or without a network)
 * @param check                the forward pass checked against the MILP's claim
 */
public record TrainingResult(String method, SolverOptions options, SolveResult solve, Network network,
                             Evaluation train, Evaluation validation, Evaluation test, ForwardCheck check) {

    public boolean hasNetwork() {
        return network != null;
    }
}
