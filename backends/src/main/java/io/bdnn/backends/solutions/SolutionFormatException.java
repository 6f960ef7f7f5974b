package io.bdnn.backends.solutions;

/**
 * A solution file that cannot be used: unreadable, truncated, written for a different model, or
 * not a solution of this model. The message is a sentence for the user, naming the file and,
 * where it helps, the line.
 */
public final class SolutionFormatException extends Exception {
    public SolutionFormatException(String message) {
        super(message);
    }
}
