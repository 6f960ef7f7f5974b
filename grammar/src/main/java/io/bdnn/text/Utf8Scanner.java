package io.bdnn.text;

import java.util.Locale;

/**
 * Checks bytes, fed in chunks of any size, as UTF-8 text and finds the first place where they
 * are not: a NUL byte (a binary file) or a byte that is not valid UTF-8 (another encoding, or
 * binary). Places are line and column as the parser counts them: lines end at {@code '\n'},
 * columns count characters (code points) from 1. The caller skips a byte order mark.
 *
 * <p>Valid UTF-8 here is RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
public final class Utf8Scanner {
    /** The first problem of a file: where it is and what it is, worded for a diagnostic. */
    public record Problem(int line, int column, String message) {
    }

    private int line = 1;
    private int column = 1;
    /** Continuation bytes the current sequence still needs, its code point so far and its lead byte. */
    private int needed;
    private int codePoint;
    private int lead;
    private Problem problem;

    /** Scans {@code bytes[start, start + length)}; returns the first problem so far, or null. */
    public Problem feed(byte[] bytes, int start, int length) {
        for (int i = start; i < start + length && problem == null; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                first(b);
            } else {
                continuation(b);
            }
        }
        return problem;
    }

    /** Call after the last byte: a sequence cut off by the end of the file is a problem too. */
    public Problem finish() {
        if (problem == null && needed > 0) {
            problem = notUtf8(byteText(lead));
        }
        return problem;
    }

    private void first(int b) {
        if (b == 0) {
            problem = new Problem(line, column, "file is binary, not UTF-8 text: it holds a NUL byte here");
        } else if (b < 0x80) {
            advance(b);
        } else if (b >= 0xC2 && b <= 0xDF) {
            begin(b, 1, b & 0x1F);
        } else if (b >= 0xE0 && b <= 0xEF) {
            begin(b, 2, b & 0x0F);
        } else if (b >= 0xF0 && b <= 0xF4) {
            begin(b, 3, b & 0x07);
        } else {
            problem = notUtf8(byteText(b));
        }
    }

    private void begin(int b, int continuations, int bits) {
        lead = b;
        needed = continuations;
        codePoint = bits;
    }

    private void continuation(int b) {
        if ((b & 0xC0) != 0x80) {
            problem = notUtf8(byteText(lead));
            return;
        }
        codePoint = codePoint << 6 | (b & 0x3F);
        if (--needed == 0) {
            boolean overlong = (lead >= 0xE0 && lead <= 0xEF && codePoint < 0x800)
                    || (lead >= 0xF0 && codePoint < 0x10000);
            if (overlong || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
                problem = notUtf8(byteText(lead));
                return;
            }
            advance(codePoint);
        }
    }

    private void advance(int character) {
        if (character == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private static String byteText(int b) {
        return String.format(Locale.ROOT, "byte 0x%02X is not valid UTF-8 here", b);
    }

    private Problem notUtf8(String what) {
        return new Problem(line, column, "file is not UTF-8 text: " + what + "; save it as UTF-8");
    }
}
