package io.bdnn.backends.solutions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * The lines of a solution file, with their numbers for messages and a few parsing helpers shared
 * by the solver formats. Numbers are parsed as Java reads them, which accepts what C's
 * {@code strtod} accepts in these files ({@code 1e+50}, {@code -0}, {@code 3.2E-7}).
 */
final class SolutionLines {
    private final String file;
    private final BufferedReader reader;
    private int number;
    private String pushedBack;

    SolutionLines(String file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Lines from text, for tests and for text already in memory. */
    static SolutionLines of(String file, String text) {
        return new SolutionLines(file, new BufferedReader(new StringReader(text)));
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            return line;
        }
        String line = reader.readLine();
        if (line != null) {
            number++;
        }
        return line;
    }

    /** The next line that is not blank, or null. */
    String nextNonBlank() throws IOException {
        String line;
        do {
            line = next();
        } while (line != null && line.isBlank());
        return line;
    }

    /** Makes {@link #next} return this line again. */
    void pushBack(String line) {
        pushedBack = line;
    }

    /** The number of the line last returned. */
    int lineNumber() {
        return number;
    }

    String file() {
        return file;
    }

    /** An error located at the current line. */
    SolutionFormatException error(String problem) {
        return new SolutionFormatException(file + ":" + number + ": " + problem);
    }

    /** An error about the file as a whole. */
    SolutionFormatException fileError(String problem) {
        return new SolutionFormatException(file + ": " + problem);
    }

    /** Parses a number of the current line, or fails naming what it is. */
    double number(String text, String what) throws SolutionFormatException {
        try {
            String trimmed = text.trim();
            if (trimmed.equalsIgnoreCase("inf") || trimmed.equalsIgnoreCase("+inf")) {
                return Double.POSITIVE_INFINITY;
            }
            if (trimmed.equalsIgnoreCase("-inf")) {
                return Double.NEGATIVE_INFINITY;
            }
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw error(what + " '" + text + "' is not a number");
        }
    }

    /** Splits on runs of whitespace, ignoring leading whitespace. */
    static String[] fields(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
