package io.bdnn.training;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's example models from a test (surefire passes the root as {@code bdnn.root}). */
final class ProjectFiles {
    private ProjectFiles() {
    }

    static Path model(String name) {
        String property = System.getProperty("bdnn.root");
        Path root = property != null ? Path.of(property) : Path.of("").toAbsolutePath().getParent();
        Path file = root.resolve("models").resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no example model " + file);
        }
        return file;
    }
}
