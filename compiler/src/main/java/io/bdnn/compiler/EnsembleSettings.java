package io.bdnn.compiler;

import io.bdnn.ast.SourceSpan;
import java.util.List;

/**
 * The checked {@code ensemble} and {@code jobs} statements: how the classes are divided among
 * member networks, how the members' outputs are combined, and how many members train at once.
 *
 * @param scheme {@code one_vs_one} (a member per pair of classes) or {@code one_vs_rest} (a member per class)
 * @param vote   {@code majority}, the only rule: see {@code io.bdnn.network.EnsembleVote}
 * @param jobs   members trained side by side in one process
 * @param span   where {@code ensemble} was written, for messages about it
 */
public record EnsembleSettings(String scheme, String vote, int jobs, SourceSpan span) {
    public static final String ONE_VS_ONE = "one_vs_one";
    public static final String ONE_VS_REST = "one_vs_rest";
    public static final List<String> SCHEMES = List.of(ONE_VS_ONE, ONE_VS_REST);
    public static final List<String> VOTES = List.of("majority");

    public boolean oneVsOne() {
        return scheme.equals(ONE_VS_ONE);
    }
}
