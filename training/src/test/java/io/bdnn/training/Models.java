package io.bdnn.training;

import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Model files written by tests, and the shared data sets. */
public final class Models {
    private Models() {
    }

    /** Writes {@code text} to {@code folder/name.bdnn} and checks it. */
    public static ModelDefinition define(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name + ".bdnn");
            Files.writeString(file, text);
            return Compiler.check(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute path of a shared data set, for csv statements. */
    public static String dataset(String name) {
        return ProjectFiles.dataset(name).toString();
    }
}
