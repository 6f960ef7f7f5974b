package io.bdnn.training;

import io.bdnn.network.Network;

/** Hears about each step of a training run, for progress bars and for saving the best network as it improves. */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** The run is about to take at most {@code steps} steps. */
    default void started(String method, int steps) {
    }

    /** A step finished; {@code best} is the best network so far (null while there is none). */
    default void step(RoundRecord record, Network best, double bestValidationAccuracy) {
    }
}
