package io.bdnn.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project root, its example models and the shared data sets from any module's tests.
 * Surefire passes the root as the system property {@code bdnn.root}; without it (a test run
 * from an IDE) the folders above the current one are searched for {@code models/}.
 */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The project root: the folder that holds {@code models/}. */
    public static Path root() {
        String property = System.getProperty("bdnn.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "models"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("models")) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return folder;
            }
        }
        throw new IllegalStateException("cannot find the project root (no models/ folder above "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** A file below the project root, such as {@code backends/src/test/resources/corpus}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** An example model, {@code models/NAME} (NAME may be {@code invalid/x.bdnn}). */
    public static Path model(String name) {
        return root().resolve("models").resolve(name);
    }

    /**
     * The shared data sets, {@code ../shared/datasets} beside the project. A test that needs
     * them is skipped, with a message saying so, when the folder is absent (fails under CI:
     * {@link Missing}).
     */
    public static Path datasets() {
        Path folder = root().resolve("../shared/datasets").normalize();
        if (!Files.isDirectory(folder)) {
            Missing.requirement("the shared data sets are absent (" + folder + ")");
        }
        return folder;
    }

    /** One shared data set by file name, e.g. {@code breast-cancer-wisconsin.csv}. */
    public static Path dataset(String name) {
        return datasets().resolve(name);
    }
}
