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
    private static final int DEFAULT_BUFFER = 1 << 18;
    /** Where full buffers are written, unless {@link #chunks} takes them. */
    private final OutputStream out;
    /** When not null, full buffers are handed to it whole instead of being written to {@code out}. */
    private final Chunks chunks;
    private byte[] buffer;
    /** The buffer's size: the longest text written in one piece. */
    private final int capacity;
    private final byte[] digits = new byte[24];
    private int position;
    private int column;
    private long flushed;

    public AsciiSink(OutputStream out) {
        this(out, DEFAULT_BUFFER);
    }

    /** A sink with a buffer of the given size (at least 256 bytes). */
    public AsciiSink(OutputStream out, int bufferSize) {
        this.out = out;
        this.chunks = null;
        this.capacity = Math.max(256, bufferSize);
        this.buffer = new byte[capacity];
    }

    /**
     * A sink that keeps what it writes in memory: each full buffer is handed to {@code chunks},
     * which gives back an empty one (no copy). After {@link #flush()} it takes no more text.
     */
    AsciiSink(Chunks chunks) {
        this.out = null;
        this.chunks = chunks;
        this.buffer = chunks.emptyBuffer();
        this.capacity = buffer.length;
    }

    /** Writes one ASCII character. */
    public AsciiSink write(char c) throws IOException {
        if (position == capacity) {
            drain();
        }
        buffer[position++] = (byte) c;
        column = c == '\n' ? 0 : column + 1;
        return this;
    }

    /** Writes ASCII text; it must not contain a line break. */
    public AsciiSink write(String text) throws IOException {
        int length = text.length();
        if (length > capacity - position) {
            drain();
            if (length > capacity) {
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
        return write(bytes, 0, bytes.length);
    }

    /**
     * Writes {@code length} ASCII bytes from {@code offset} on (at most the buffer's size); no line
     * break among them.
     */
    public AsciiSink write(byte[] bytes, int offset, int length) throws IOException {
        if (length > capacity - position) {
            drain();
        }
        System.arraycopy(bytes, offset, buffer, position, length);
        position += length;
        column += length;
        return this;
    }

    /** Writes a whole number in decimal, such as {@code -42}. */
    public AsciiSink integer(long value) throws IOException {
        if (position > capacity - 21) {
            drain();
        }
        int start = position;
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return write(Long.toString(value));
            }
            buffer[position++] = '-';
            value = -value;
        }
        if (value < GROUP) {
            group((int) value, false);
        } else if (value < (long) GROUP * GROUP) {
            group((int) (value / GROUP), false);
            group((int) (value % GROUP), true);
        } else {
            // Rare: split off the low groups and write the rest digit by digit.
            int count = 0;
            while (value >= GROUP) {
                int low = (int) (value % GROUP);
                for (int d = 0; d < 4; d++) {
                    digits[count++] = (byte) ('0' + low % 10);
                    low /= 10;
                }
                value /= GROUP;
            }
            group((int) value, false);
            while (count > 0) {
                buffer[position++] = digits[--count];
            }
        }
        column += position - start;
        return this;
    }

    /** Digits of 0 to 9999, four bytes each, and their lengths without leading zeros. */
    private static final int GROUP = 10_000;
    private static final byte[] GROUP_DIGITS = new byte[4 * GROUP];
    private static final byte[] GROUP_LENGTH = new byte[GROUP];

    static {
        for (int value = 0; value < GROUP; value++) {
            int rest = value;
            for (int d = 3; d >= 0; d--) {
                GROUP_DIGITS[4 * value + d] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            GROUP_LENGTH[value] = (byte) (value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1);
        }
    }

    /** Writes 0 to 9999; padded to four digits when it follows a higher group. */
    private void group(int value, boolean padded) {
        int length = padded ? 4 : GROUP_LENGTH[value];
        System.arraycopy(GROUP_DIGITS, 4 * value + 4 - length, buffer, position, length);
        position += length;
    }

    /** Writes {@code m * 10^-decimals} with a decimal point, such as {@code -0.0125} for m = 125, 4 decimals. */
    AsciiSink decimal(boolean negative, long m, int decimals) throws IOException {
        if (position > capacity - 64) {
            drain();
        }
        // The digits of m (below 1e17), least significant first, four at a time from the table.
        int count = 0;
        while (m >= GROUP) {
            int low = (int) (m % GROUP);
            m /= GROUP;
            for (int d = 3; d >= 0; d--) {
                digits[count++] = GROUP_DIGITS[4 * low + d];
            }
        }
        int top = (int) m;
        for (int d = 3; d >= 4 - GROUP_LENGTH[top]; d--) {
            digits[count++] = GROUP_DIGITS[4 * top + d];
        }
        int start = position;
        if (negative) {
            buffer[position++] = '-';
        }
        if (count <= decimals) {
            buffer[position++] = '0';
            buffer[position++] = '.';
            for (int zeros = count; zeros < decimals; zeros++) {
                buffer[position++] = '0';
            }
            while (count > 0) {
                buffer[position++] = digits[--count];
            }
        } else {
            while (count > decimals) {
                buffer[position++] = digits[--count];
            }
            buffer[position++] = '.';
            while (count > 0) {
                buffer[position++] = digits[--count];
            }
        }
        column += position - start;
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

    /**
     * A copy of what was written since {@code mark} (an earlier {@link #bytesWritten()}), or null
     * when those bytes are no longer all in the buffer.
     */
    byte[] since(long mark) {
        long length = bytesWritten() - mark;
        if (length < 0 || length > position) {
            return null;
        }
        return java.util.Arrays.copyOfRange(buffer, position - (int) length, position);
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
        if (chunks != null) {
            chunks.keep(buffer, position, false);
            flushed += position;
            position = 0;
            buffer = null;
            return;
        }
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (position > 0) {
            if (chunks != null) {
                buffer = chunks.keep(buffer, position, true);
            } else {
                out.write(buffer, 0, position);
            }
            flushed += position;
            position = 0;
        }
    }
}
