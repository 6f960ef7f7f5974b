package io.bdnn.compiler;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root (surefire passes it as {@code bdnn.root}) and the example models. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        String property = System.getProperty("bdnn.root");
        if (property != null && Files.isDirectory(Path.of(property, "models"))) {
            return Path.of(property);
        }
        Path current = Path.of("").toAbsolutePath();
        while (current != null && !Files.isDirectory(current.resolve("models"))) {
            current = current.getParent();
        }
        if (current == null) {
            throw new IllegalStateException("cannot find the project root (no models/ folder above " + Path.of("").toAbsolutePath() + ")");
        }
        return current;
    }

    public static Path model(String name) {
        return root().resolve("models").resolve(name);
    }
}
