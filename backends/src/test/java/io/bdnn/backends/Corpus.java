package io.bdnn.backends;

import io.bdnn.backends.files.Provenance;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models whose files are proven by real solvers: the examples {@code xor} and
 * {@code breast-cancer-small}, and tiny ones with known optima in
 * {@code src/test/resources/corpus} (XOR with 1 and 2 hidden neurons, integer and continuous
 * weights, bias continuous, integer or none, three classes, small slices of real and generated
 * data). {@code models/uniform.bdnn} is left out: CBC needs 40 s for it.
 */
public final class Corpus {
    private static final Map<String, CompiledModel> COMPILED = new ConcurrentHashMap<>();

    private Corpus() {
    }

    /** A corpus model, its optimum (training loss) and whether lp_solve solves it within a second. */
    public record Entry(String name, double optimum, boolean small) {
        @Override
        public String toString() {
            return name;
        }

        public CompiledModel compiled() {
            return Corpus.compiled(name);
        }
    }

    public static List<Entry> entries() {
        return List.of(
                new Entry("xor", 0, true),
                new Entry("xor-1-hidden", 2, true),
                new Entry("xor-2-hidden", 0, true),
                new Entry("xor-no-bias", 2, true),
                new Entry("xor-integer-bias", 0, true),
                new Entry("xor-continuous", 0, true),
                new Entry("three-classes", 0, true),
                new Entry("uniform-slice", 0, true),
                new Entry("breast-cancer-slice", 0, true),
                new Entry("breast-cancer-small", 0, false));
    }

    public static Path root() {
        return ProjectFiles.root();
    }

    /** The model file: an example in {@code models/} or a corpus file. */
    public static Path file(String name) {
        Path example = root().resolve("models").resolve(name + ".bdnn");
        return Files.isRegularFile(example) ? example
                : root().resolve("backends/src/test/resources/corpus").resolve(name + ".bdnn");
    }

    public static CompiledModel compiled(String name) {
        return COMPILED.computeIfAbsent(name, key -> Compiler.lower(Compiler.check(file(key))));
    }

    public static Provenance provenance(String name) {
        return Provenance.of(compiled(name));
    }
}
