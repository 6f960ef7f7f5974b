package io.bdnn.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the whole new content: the bytes
 * go to a temporary file in the same folder, which is renamed over the target only after it was
 * written and closed. An interrupted or failed write leaves no half-written file behind.
 */
public final class AtomicFile {
    /** The temporary files being written now, for {@link #discardPending}. */
    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /**
     * Deletes the temporary files of the writes under way, before the process halts mid-write
     * (a second Ctrl-C): their targets keep their old content, or stay absent.
     */
    public static void discardPending() {
        for (Path temporary : PENDING) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Halting anyway: a stray temporary file is all that is left.
            }
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        try (Pending pending = prepare(target, writer)) {
            pending.commit();
        }
    }

    /**
     * Writes the content to the temporary file only: {@link Pending#commit} renames it over the
     * target, {@link Pending#close} without a commit deletes it (so a file written alongside
     * another can wait to be renamed until the other one succeeded).
     */
    public static Pending prepare(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // A fresh name created like any other file (not createTempFile, whose 0600 mode would stay
        // on the renamed file and hide it from other users of a shared model or report).
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Pending pending = new Pending(temporary, absolute);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            return pending;
        } catch (IOException | RuntimeException | Error e) {
            pending.close();
            throw e;
        }
    }

    /** A whole file at its temporary name, waiting to be renamed into place. */
    public static final class Pending implements AutoCloseable {
        private final Path temporary;
        private final Path target;

        private Pending(Path temporary, Path target) {
            this.temporary = temporary;
            this.target = target;
            PENDING.add(temporary);
        }

        /** Renames the file over the target. */
        public void commit() throws IOException {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Deletes the temporary file if it was not committed. */
        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(temporary);
            } finally {
                PENDING.remove(temporary);
            }
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
