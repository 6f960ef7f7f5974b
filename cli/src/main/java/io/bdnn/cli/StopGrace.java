package io.bdnn.cli;

import io.bdnn.training.StopSignal;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a training run (one network or an ensemble) ends when told to stop. The run says when it
 * starts writing its own outputs and when it has finished. A first Ctrl-C or SIGTERM
 * ({@link #onSignal}) stops the solves; if the run has not finished within
 * {@link TrainingSession#GRACE_SECONDS} (twice that once it writes), what is known is written from
 * here and the process halts with the signal's exit code. A shutdown hook does the same, without
 * halting, for the other ways the JVM is told to end (SIGHUP, or a JVM that keeps the signals to
 * itself). What is known is written at most once, and never while the run writes its own outputs.
 */
final class StopGrace {
    private final AtomicBoolean writing = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final StopSignal stop;
    private final Runnable writeKnown;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Thread hook;

    /** Installs the shutdown hook; {@code writeKnown} writes the best outputs found so far. */
    StopGrace(StopSignal stop, Runnable writeKnown, PrintWriter out, PrintWriter err) {
        this.stop = stop;
        this.writeKnown = writeKnown;
        this.out = out;
        this.err = err;
        hook = new Thread(this::onShutdown, "bdnn-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run writes its own outputs from now on. */
    void writing() {
        writing.set(true);
    }

    /** The run has ended (its outputs written, or not to be written); removes the shutdown hook. */
    void finished() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (Ctrl-C); it returns now that the outputs are written.
        }
    }

    /** The first Ctrl-C or SIGTERM: stop, and halt with {@code code} if the run does not end in time. */
    void onSignal(int code) {
        stop.stop();
        Thread watchdog = new Thread(() -> {
            if (!awaitOutputs()) {
                writeKnownOnce();
                err.flush();
                out.flush();
                Runtime.getRuntime().halt(code);
            }
        }, "bdnn-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The JVM is ending (not by our signal handlers): stop, wait for the outputs, else write what is known. */
    private void onShutdown() {
        stop.stop();
        if (!awaitOutputs()) {
            writeKnownOnce();
        }
    }

    /** Whether the run finished (its outputs written) within the grace period, longer once it writes. */
    private boolean awaitOutputs() {
        try {
            return finished.await(TrainingSession.GRACE_SECONDS, TimeUnit.SECONDS)
                    || writing.get() && finished.await(TrainingSession.GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void writeKnownOnce() {
        if (writing.compareAndSet(false, true)) {
            writeKnown.run();
        }
    }
}
