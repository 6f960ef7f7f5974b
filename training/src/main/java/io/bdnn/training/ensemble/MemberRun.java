package io.bdnn.training.ensemble;

import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.network.Network;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.TrainingRun;

/**
 * What became of one member of an ensemble.
 *
 * @param member  the member model
 * @param run     its training run, or null when it never ran (interrupted before its turn) or failed
 * @param network the member's network: the run's best, or the best so far of a member cut short; null without one
 * @param seconds the wall-clock time it trained
 * @param error   why the member could not be trained (a model error of the member), or null
 */
public record MemberRun(EnsembleMembers.Member member, TrainingRun run, Network network, double seconds,
                        String error) {

    /** Whether the member ran to its own end (not cut short by an interrupt, not skipped). */
    public boolean complete() {
        return run != null && !run.interrupted() && network != null;
    }

    /** {@code trained}, {@code interrupted} (its best network so far is kept), {@code not trained} or {@code failed}. */
    public String status() {
        if (error != null) {
            return "failed";
        }
        if (network == null) {
            return "not trained";
        }
        return complete() ? "trained" : "interrupted";
    }

    /** Whether every forward-pass check of its MILPs agreed with the solver (true when none was checked). */
    public boolean forwardMatches() {
        if (run == null) {
            return true;
        }
        if (run.result().check() != null && !run.result().check().matches()) {
            return false;
        }
        for (RoundRecord round : run.rounds()) {
            if (Boolean.FALSE.equals(round.forwardMatches())) {
                return false;
            }
        }
        return true;
    }
}
