package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.UserNodes;
import java.util.List;

/**
 * A checked loss other than the plain Hamming loss: stages of weighted terms, one stage unless
 * the loss is {@code lexicographic}.
 *
 * @param description the loss as written, for reports
 */
public record ObjectiveSpec(List<List<UserNodes.Term>> stages, String description, SourceSpan span) {

    public ObjectiveSpec {
        stages = stages.stream().map(List::copyOf).toList();
    }

    public boolean isLexicographic() {
        return stages.size() > 1;
    }
}
