package io.bdnn.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One file in the IDX format of MNIST and Fashion-MNIST, read as a stream of items.
 *
 * <p>The format: two zero bytes, a type byte ({@code 0x08} for unsigned bytes, the only type
 * these data sets use and the only one read here), the number of dimensions {@code d}, then
 * {@code d} big-endian 32-bit sizes, then the values in row-major order. An image file has three
 * dimensions (count, rows, columns), a label file one (count). The file may be gzipped; that is
 * recognised by its first two bytes ({@code 1f 8b}), not by its name. An uncompressed file must
 * be exactly as long as its header says; a compressed one that ends early is reported as
 * truncated when the missing item is read.
 *
 * <p>Problems are thrown as {@link IdxException} with a message that names the file as the
 * user wrote it, for the caller to report at the model's statement.
 */
final class IdxFile implements Closeable {
    static final int UNSIGNED_BYTE = 0x08;
    private static final int HEADER_BYTES = 4;
    private static final int BUFFER_BYTES = 1 << 16;

    private final String name;
    private final DataInputStream input;
    private final int[] dimensions;
    private final int itemBytes;
    private int itemsRead;

    private IdxFile(String name, DataInputStream input, int[] dimensions) {
        this.name = name;
        this.input = input;
        this.dimensions = dimensions;
        long bytes = 1;
        for (int d = 1; d < dimensions.length; d++) {
            bytes *= dimensions[d];
        }
        this.itemBytes = (int) bytes;
    }

    /** A problem with an IDX file, worded for the user. */
    static final class IdxException extends Exception {
        IdxException(String message) {
            super(message);
        }
    }

    /**
     * Opens {@code file} and reads its header, which must have {@code expectedDimensions}
     * dimensions ({@code what} names one item in messages: "image" or "label").
     *
     * @param written how the model wrote the path, for messages
     */
    static IdxFile open(Path file, String written, int expectedDimensions, String what) throws IdxException {
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
            raw.mark(2);
            boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream content = gzipped ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER_BYTES), BUFFER_BYTES)
                    : raw;
            DataInputStream input = new DataInputStream(content);
            int[] dimensions = header(input, written, expectedDimensions, what);
            IdxFile idx = new IdxFile(written, input, dimensions);
            if (!gzipped) {
                idx.checkLength(Files.size(file));
            }
            return idx;
        } catch (IdxException e) {
            closeQuietly(raw);
            throw e;
        } catch (EOFException e) {
            closeQuietly(raw);
            throw new IdxException("'" + written + "' is not an IDX file: it ends inside its header");
        } catch (IOException e) {
            closeQuietly(raw);
            throw new IdxException("cannot read '" + written + "': " + e.getMessage());
        }
    }

    private static int[] header(DataInputStream input, String written, int expectedDimensions, String what)
            throws IOException, IdxException {
        byte[] magic = new byte[HEADER_BYTES];
        input.readFully(magic);
        if (magic[0] != 0 || magic[1] != 0) {
            throw new IdxException(String.format("'%s' is not an IDX file: it starts with bytes %02x %02x, "
                    + "expected 00 00", written, magic[0] & 0xff, magic[1] & 0xff));
        }
        int type = magic[2] & 0xff;
        if (type != UNSIGNED_BYTE) {
            throw new IdxException(String.format("'%s' holds IDX values of type 0x%02x (%s); bdnn reads "
                    + "unsigned bytes (type 0x08), as MNIST and Fashion-MNIST use", written, type, typeName(type)));
        }
        int count = magic[3] & 0xff;
        if (count != expectedDimensions) {
            throw new IdxException("'" + written + "' has " + count + " dimension" + (count == 1 ? "" : "s")
                    + ", but " + what + " files have " + expectedDimensions + (expectedDimensions == 1
                    ? " (the number of labels)" : " (the number of images, rows, columns)")
                    + "; are images and labels swapped?");
        }
        int[] dimensions = new int[count];
        long product = 1;
        for (int d = 0; d < count; d++) {
            dimensions[d] = input.readInt();
            if (dimensions[d] <= 0) {
                throw new IdxException("'" + written + "' declares a dimension of size " + (dimensions[d] & 0xffffffffL)
                        + "; every size must be positive");
            }
            product *= dimensions[d];
            if (d > 0 && product / dimensions[0] > Integer.MAX_VALUE) {
                throw new IdxException("'" + written + "' declares " + what + "s too large to read");
            }
        }
        return dimensions;
    }

    private void checkLength(long fileBytes) throws IdxException {
        long expected = HEADER_BYTES + 4L * dimensions.length + (long) dimensions[0] * itemBytes;
        if (fileBytes < expected) {
            throw truncated((int) ((fileBytes - HEADER_BYTES - 4L * dimensions.length) / itemBytes));
        }
        if (fileBytes > expected) {
            long extra = fileBytes - expected;
            throw new IdxException("'" + name + "' has " + extra + (extra == 1 ? " byte" : " bytes") + " after the "
                    + dimensions[0] + " items its header declares");
        }
    }

    private IdxException truncated(int complete) {
        return new IdxException("'" + name + "' is truncated: its header declares " + dimensions[0]
                + " items, but it ends after " + complete);
    }

    /** The sizes as declared: {@code [count]} or {@code [count, rows, columns]}. */
    int[] dimensions() {
        return dimensions.clone();
    }

    int count() {
        return dimensions[0];
    }

    /** The number of bytes of one item (1 for a label, rows x columns for an image). */
    int itemBytes() {
        return itemBytes;
    }

    /** Reads the next item's bytes into {@code into} (at least {@link #itemBytes()} long). */
    void next(byte[] into) throws IdxException {
        try {
            input.readFully(into, 0, itemBytes);
            itemsRead++;
        } catch (EOFException e) {
            throw truncated(itemsRead);
        } catch (IOException e) {
            throw new IdxException("cannot read '" + name + "': " + e.getMessage());
        }
    }

    /** Reads every remaining item of a one-dimensional file, such as a label file. */
    byte[] readAll() throws IdxException {
        byte[] all = new byte[count() - itemsRead];
        try {
            input.readFully(all);
            itemsRead = count();
            return all;
        } catch (EOFException e) {
            throw new IdxException("'" + name + "' is truncated: its header declares " + count()
                    + " items, but it ends before the last");
        } catch (IOException e) {
            throw new IdxException("cannot read '" + name + "': " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> "unknown";
        };
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // The file is already being reported; a failed close adds nothing.
            }
        }
    }
}
