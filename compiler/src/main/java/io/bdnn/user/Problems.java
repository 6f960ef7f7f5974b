package io.bdnn.user;

import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;

/**
 * Reports the errors of user constraints and objectives. A constraint stops at its first error
 * ({@link Stop}), so that an error inside a {@code forall} is reported once, not once per binding.
 */
final class Problems {
    private final Diagnostics diagnostics;

    Problems(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Reports an error and returns the exception that abandons the current constraint or term. */
    Stop stop(SourceSpan span, String message) {
        diagnostics.error(span, message);
        return new Stop();
    }

    void error(SourceSpan span, String message) {
        diagnostics.error(span, message);
    }

    void warning(SourceSpan span, String message) {
        diagnostics.warning(span, message);
    }

    /** Thrown after an error has been reported; caught where a constraint or loss term is checked. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
