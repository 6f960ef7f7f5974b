package io.bdnn.user;

import io.bdnn.ast.SourceSpan;
import io.bdnn.ir.UserNodes;
import java.util.List;

/**
 * A checked {@code constraint NAME: ...} written in the expression language: its rows, one per
 * binding of its {@code forall} indices that passes the filters (fewer when a row is constant
 * and holds).
 *
 * @param kind le, ge, eq or range: how the rows compare
 * @param axes the forall indices, outermost first, named as written
 */
public record ExpressionConstraint(String name, String kind, List<UserNodes.Axis> axes, List<UserNodes.Row> rows,
                                   SourceSpan span) {

    public ExpressionConstraint {
        axes = List.copyOf(axes);
        rows = List.copyOf(rows);
    }
}
