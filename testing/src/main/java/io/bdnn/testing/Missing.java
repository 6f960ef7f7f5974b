package io.bdnn.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something it needs from outside the project (a solver, the shared data
 * sets) is missing: on a developer's machine it is skipped with a message naming what is missing
 * and how to get it, printed once per test run on standard error too, so that the summary of
 * skipped tests has a reason; under CI (the environment variable {@code CI=true}) it fails with
 * that message, so CI can never pass by silently skipping the tests that prove the model files.
 */
public final class Missing {
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private Missing() {
    }

    /** True under CI, where a missing requirement fails the test instead of skipping it. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the running test (fails it under CI) with {@code message}. */
    public static void requirement(String message) {
        if (inCi()) {
            Assertions.fail(message + " (CI=true: a missing requirement fails)");
        }
        if (ANNOUNCED.add(message)) {
            System.err.println("bdnn tests: " + message + "; skipping the tests that need it");
        }
        Assumptions.abort(message);
    }
}
