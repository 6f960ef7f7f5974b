package io.bdnn.cli;

import io.bdnn.files.AtomicFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM during training. The first signal prints at once what happens
 * (the run stops, what is kept, how to quit at once) and calls {@code onFirst}, which stops the
 * run; the process then ends normally with exit code 128 + the signal's number once the outputs
 * are written. A second signal ends the process at once ({@link Runtime#halt}) with the same
 * code: every output is written to a temporary file and renamed ({@link AtomicFile}), so the
 * files on disk stay whole; the temporary files of writes still under way are deleted first.
 *
 * <p>Without these handlers the JVM would start its shutdown on the first signal and ignore the
 * second. When the JVM does not let us handle the signals (run with {@code -Xrs}, or the signal
 * ignored, as under {@code nohup}), {@link #install} leaves the JVM's behaviour alone.
 */
final class SignalStop implements AutoCloseable {
    private static final String[] SIGNALS = {"INT", "TERM"};

    private final List<Runnable> restore = new ArrayList<>();
    /** The number of the first signal received, or 0. */
    private final AtomicInteger received = new AtomicInteger();

    private SignalStop() {
    }

    /**
     * Handles SIGINT and SIGTERM until {@link #close}. On the first signal {@code message}, given
     * the signal's name ("Ctrl-C", "SIGTERM"), gives the line printed to {@code err}; then
     * {@code onFirst} gets the exit code.
     */
    static SignalStop install(PrintWriter err, java.util.function.Function<String, String> message, IntConsumer onFirst) {
        SignalStop stop = new SignalStop();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, caught -> stop.received(caught, err, message, onFirst));
                stop.restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException | UnsupportedOperationException notOurs) {
                // The JVM keeps this signal (-Xrs, or no such signal here): its default stays.
            }
        }
        return stop;
    }

    /** 128 + the number of the first signal received (130 for Ctrl-C, 143 for SIGTERM), or 0. */
    int exitCode() {
        int number = received.get();
        return number == 0 ? 0 : 128 + number;
    }

    private void received(Signal signal, PrintWriter err, java.util.function.Function<String, String> message,
                          IntConsumer onFirst) {
        if (received.compareAndSet(0, signal.getNumber())) {
            err.println(message.apply(describe(signal)));
            err.flush();
            onFirst.accept(exitCode());
            return;
        }
        err.println("bdnn: stopped at once (second " + describe(signal) + "); files already written are whole");
        err.flush();
        AtomicFile.discardPending();
        Runtime.getRuntime().halt(exitCode());
    }

    /** "Ctrl-C" for SIGINT, else "SIGTERM" and the like. */
    static String describe(Signal signal) {
        return signal.getName().equals("INT") ? "Ctrl-C" : "SIG" + signal.getName();
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
