package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.OptionReader;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.Suggestions;
import java.util.List;

/**
 * Checks a {@code generate KIND options} source and runs its generator. The only kind is
 * {@code uniform}, with options {@code features N} and {@code samples M} (required, positive
 * whole numbers) and {@code seed S} (a whole number, 0 when not written).
 */
final class GeneratedData {
    static final List<String> KINDS = List.of("uniform");
    static final List<String> UNIFORM_OPTIONS = List.of("features", "samples", "seed");

    private GeneratedData() {
    }

    /** The generated rows, or null after reporting why the statement is invalid. */
    static RawData read(Ast.GenerateSource source, Diagnostics diagnostics) {
        if (!KINDS.contains(source.kind())) {
            String hint = Suggestions.didYouMean(source.kind(), KINDS);
            diagnostics.error(source.kindSpan(), "unknown generator '" + source.kind() + "'"
                    + (hint.isEmpty() ? "; the only generator is 'uniform'" : hint));
            return null;
        }
        int errorsBefore = diagnostics.errors().size();
        String statement = "generate " + source.kind();
        OptionReader options = new OptionReader(statement, source.options(), UNIFORM_OPTIONS, diagnostics);
        Long features = options.integer("features", 1, Integer.MAX_VALUE);
        Long samples = options.integer("samples", 1, Integer.MAX_VALUE);
        Long seed = options.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        for (String required : List.of("features", "samples")) {
            if (options.reportMissing(required)) {
                diagnostics.error(source.kindSpan(), statement + " needs '" + required + " N'");
            }
        }
        if (diagnostics.errors().size() > errorsBefore || features == null || samples == null) {
            return null;
        }
        // The product is compared in floating point so that it cannot overflow.
        if ((double) features * samples > UniformGenerator.MAX_VALUES) {
            diagnostics.error(source.span(), statement + " with " + features + " features and " + samples
                    + " samples would make " + features * samples + " values; the limit is "
                    + UniformGenerator.MAX_VALUES);
            return null;
        }
        return UniformGenerator.generate(features.intValue(), samples.intValue(), seed == null ? 0 : seed);
    }
}
