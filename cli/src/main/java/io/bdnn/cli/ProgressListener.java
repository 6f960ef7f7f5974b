package io.bdnn.cli;

import io.bdnn.network.Network;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.TrainingListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a heuristic's progress and keeps what an interrupted run must not lose. On a terminal it
 * draws a progress bar (step k of N, best validation accuracy so far, elapsed time); otherwise it
 * prints one line per step on standard error. Whenever the best network improves it is saved at
 * once (atomically) when {@code --save} was given, so an interrupt never loses it.
 */
final class ProgressListener implements TrainingListener {
    private final boolean bar;
    private final PrintWriter err;
    private final Path save;
    private final String model;
    private final List<RoundRecord> records = new ArrayList<>();
    private ProgressBar progress;
    private Network best;
    private double bestAccuracy = Double.NaN;
    private String saveProblem;

    ProgressListener(boolean bar, PrintWriter err, Path save, String model) {
        this.bar = bar;
        this.err = err;
        this.save = save;
        this.model = model;
    }

    @Override
    public synchronized void started(String method, int steps) {
        if (bar) {
            progress = new ProgressBarBuilder().setTaskName(method).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public synchronized void step(RoundRecord record, Network bestSoFar, double bestValidationAccuracy) {
        records.add(record);
        boolean improved = bestSoFar != null && bestSoFar != best;
        best = bestSoFar;
        bestAccuracy = bestValidationAccuracy;
        if (improved && save != null) {
            try {
                NetworkJson.write(save, best, model);
            } catch (IOException e) {
                saveProblem = e.getMessage();
            }
        }
        String shown = Double.isNaN(bestAccuracy) ? "-" : String.format(Locale.ROOT, "%.4f", bestAccuracy);
        if (progress != null) {
            progress.stepTo(record.index());
            progress.setExtraMessage("best validation " + shown);
        } else {
            err.printf(Locale.ROOT, "bdnn: step %d %s: %s in %.1f s, %d binaries, train loss %s, validation %s, best %s%n",
                    record.index(), record.label(), record.status(), record.seconds(), record.binaries(),
                    Summaries.number(record.trainLoss()), Summaries.accuracy(record.validationAccuracy()), shown);
            err.flush();
        }
    }

    /** Closes the progress bar, if any. */
    synchronized void finish() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    synchronized List<RoundRecord> records() {
        return List.copyOf(records);
    }

    synchronized Network best() {
        return best;
    }

    /** Why saving the best network failed during the run, or null. */
    synchronized String saveProblem() {
        return saveProblem;
    }
}
