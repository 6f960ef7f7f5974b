package io.bdnn.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data sets at {@code ../shared/datasets} from the project root. Surefire sets
 * {@code bdnn.root} to the project root; without it the folders above the current one are
 * searched. Tests are skipped, with a message saying so, only when the folder is absent.
 */
final class TestData {
    private TestData() {
    }

    static Path datasets() {
        Path found = find();
        assumeTrue(found != null, "../shared/datasets is absent from the project root; skipping tests on real data");
        return found;
    }

    static Path dataset(String name) {
        return datasets().resolve(name);
    }

    private static Path find() {
        String root = System.getProperty("bdnn.root");
        if (root != null && !root.isBlank()) {
            Path candidate = Path.of(root).toAbsolutePath().resolve("../shared/datasets").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/datasets");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
