package io.bdnn.cli;

import io.bdnn.milp.ModelText;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.robust.Certifier;
import java.io.PrintWriter;
import java.util.Locale;

/** The lines {@code bdnn train} adds to its summary for heuristics and robust training. */
final class Summaries {
    private Summaries() {
    }

    /** The steps of a heuristic as a table, and why it stopped. */
    static void rounds(TrainingRun run, PrintWriter out) {
        if (run.rounds().isEmpty()) {
            if (run.interrupted()) {
                out.println("stopped      interrupted");
            }
            return;
        }
        out.printf("%-5s %-58s %8s %-10s %9s %10s %10s%n", "step", "what", "seconds", "status", "binaries",
                "train loss", "validation");
        for (RoundRecord record : run.rounds()) {
            out.printf(Locale.ROOT, "%-5d %-58s %8.2f %-10s %9d %10s %10s%s%n", record.index(), record.label(),
                    record.seconds(), record.status(), record.binaries(), number(record.trainLoss()),
                    accuracy(record.validationAccuracy()), record.best() ? "  *" : "");
        }
        run.rounds().stream().filter(RoundRecord::best).reduce((first, second) -> second).ifPresent(best ->
                out.println("kept         the network of step " + best.index() + " (marked *); status, objective and"
                        + " formulation above are its MILP's"));
        out.println("stopped      " + run.stopReason() + (run.interrupted() ? " (the best network so far is kept)" : ""));
    }

    static void certification(String robustness, Certifier.Certificate train, Certifier.Certificate test,
                              PrintWriter out) {
        out.printf(Locale.ROOT, "certified    %d of %d training points (%.4f) are certified robust on %s%s%n",
                train.certified(), train.points(), train.fraction(), robustness,
                test == null ? "" : String.format(Locale.ROOT, "; test %d of %d (%.4f)", test.certified(),
                        test.points(), test.fraction()));
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : ModelText.number(value);
    }

    static String accuracy(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
