package io.bdnn.backends.files;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered writer of ASCII text straight into bytes: model files are streamed through it
 * section by section, so no file is ever built in memory. Integers are written digit by digit
 * without allocating; it keeps the current column so that fixed-width fields can be padded and
 * long LP lines wrapped. Not thread-safe; {@link #flush()} hands the bytes on, and the caller
 * owns (and closes) the underlying stream.
 */
public final class AsciiSink {
    private static final int BUFFER_SIZE = 1 << 16;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final byte[] digits = new byte[20];
    private int position;
    private int column;
    private long flushed;

    public AsciiSink(OutputStream out) {
        this.out = out;
    }

    /** Writes one ASCII character. */
    public AsciiSink write(char c) throws IOException {
        if (position == BUFFER_SIZE) {
            drain();
        }
        buffer[position++] = (byte) c;
        column = c == '\n' ? 0 : column + 1;
        return this;
    }

    /** Writes ASCII text; it must not contain a line break. */
    public AsciiSink write(String text) throws IOException {
        int length = text.length();
        if (length > BUFFER_SIZE - position) {
            drain();
            if (length > BUFFER_SIZE) {
                for (int i = 0; i < length; i++) {
                    write(text.charAt(i));
                }
                return this;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[position++] = (byte) text.charAt(i);
        }
        column += length;
        return this;
    }

    /** Writes ASCII bytes; they must not contain a line break. */
    public AsciiSink write(byte[] bytes) throws IOException {
        if (bytes.length > BUFFER_SIZE - position) {
            drain();
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        column += bytes.length;
        return this;
    }

    /** Writes a whole number in decimal, such as {@code -42}. */
    public AsciiSink integer(long value) throws IOException {
        if (position > BUFFER_SIZE - 20) {
            drain();
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return write(Long.toString(value));
            }
            buffer[position++] = '-';
            column++;
            value = -value;
        }
        int count = 0;
        do {
            digits[count++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        column += count;
        while (count > 0) {
            buffer[position++] = digits[--count];
        }
        return this;
    }

    /** Writes a finite number in its shortest round-trip form (see {@link DecimalText}). */
    public AsciiSink number(double value) throws IOException {
        return DecimalText.write(value, this);
    }

    public AsciiSink newline() throws IOException {
        return write('\n');
    }

    /** Writes spaces until the line has {@code target} characters (at least none). */
    public AsciiSink padTo(int target) throws IOException {
        while (column < target) {
            write(' ');
        }
        return this;
    }

    /** The number of characters written on the current line. */
    public int column() {
        return column;
    }

    /** The number of bytes written so far, buffered ones included. */
    public long bytesWritten() {
        return flushed + position;
    }

    /** Hands the buffered bytes to the underlying stream and flushes it. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            flushed += position;
            position = 0;
        }
    }
}
