package io.bdnn.training;

/**
 * One step of a heuristic: a split of the data-splitting heuristic, or one layer's MILP of local
 * search, with what the report and the progress bar show.
 *
 * @param index              1-based step number
 * @param label              what the step did, such as {@code split 3: subset 2 (41 points) into 23 + 18}
 * @param seconds            wall-clock time of the MILP
 * @param status             the MILP's status
 * @param binaries           binary columns in the MILP
 * @param points             training points in the MILP (the batch)
 * @param subsets            activation subsets in the MILP (data splitting), or points (local search)
 * @param trainLoss          forward-pass training loss of the step's network on all training points (NaN without one)
 * @param validationAccuracy its validation accuracy (NaN without a network or a validation split)
 * @param accepted           whether the step's network became the current one
 * @param best               whether it is the best network so far
 * @param forwardMatches     whether the forward pass reproduced the MILP's claim (null without a network)
 */
public record RoundRecord(int index, String label, double seconds, String status, long binaries, int points,
                          int subsets, double trainLoss, double validationAccuracy, boolean accepted, boolean best,
                          Boolean forwardMatches) {
}
