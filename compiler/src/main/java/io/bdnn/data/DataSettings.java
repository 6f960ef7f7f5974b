package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.Suggestions;

/**
 * The statements of a data block sorted by role and checked on their own: exactly one source;
 * at most one {@code take} (a positive count), one {@code scale} (a known kind, {@code none}
 * when absent) and one {@code split} ({@code none} when absent). Fields of invalid statements
 * are null, so later steps can still report problems with the rest.
 *
 * @param source       the one source, or null when there is none or more than one
 * @param take         the take statement, or null when absent or invalid
 * @param scaleKind    one of {@link Scaler#KINDS}, or null when the statement is invalid
 * @param split        the split plan, or null when the statement is invalid
 * @param splitSpan    where the split statement is, or null when absent
 * @param radius       the {@code radius} statement (box radii for {@code robust box}), or null
 * @param perClass     the {@code per_class} statement, or null when absent
 * @param pool         the {@code pool} statement, or null when absent
 */
record DataSettings(Ast.DataStatement source, Ast.Take take, String scaleKind, SplitPlan split,
                    SourceSpan splitSpan, Ast.Radius radius, Ast.PerClass perClass, Ast.Pool pool) {

    static DataSettings read(Ast.DataBlock block, Diagnostics diagnostics) {
        Ast.DataStatement source = null;
        int sources = 0;
        Ast.Take take = null;
        Ast.Scale scale = null;
        Ast.DataStatement split = null;
        Ast.Radius radius = null;
        Ast.PerClass perClass = null;
        Ast.Pool pool = null;
        boolean takeValid = true;
        for (Ast.DataStatement statement : block.statements()) {
            if (isSource(statement)) {
                sources++;
                if (source == null) {
                    source = statement;
                } else {
                    diagnostics.error(statement.span(), "a data block has exactly one source; the first is on line "
                            + source.span().line());
                }
            } else if (statement instanceof Ast.Take t) {
                if (take != null) {
                    diagnostics.error(t.span(), repeated("take", take));
                    continue;
                }
                take = t;
                if (t.count() < 1) {
                    diagnostics.error(t.span(), "take needs a positive number of rows, found " + t.count());
                    takeValid = false;
                }
            } else if (statement instanceof Ast.Scale s) {
                if (scale != null) {
                    diagnostics.error(s.span(), repeated("scale", scale));
                    continue;
                }
                scale = s;
            } else if (statement instanceof Ast.PerClass p) {
                if (perClass != null) {
                    diagnostics.error(p.span(), repeated("per_class", perClass));
                    continue;
                }
                perClass = p;
            } else if (statement instanceof Ast.Pool p) {
                if (pool != null) {
                    diagnostics.error(p.span(), repeated("pool", pool));
                    continue;
                }
                pool = p;
            } else if (statement instanceof Ast.Radius r) {
                if (radius != null) {
                    diagnostics.error(r.span(), repeated("radius", radius));
                    continue;
                }
                radius = r;
            } else if (split != null) {
                diagnostics.error(statement.span(), repeated("split", split));
            } else {
                split = statement;
            }
        }
        if (sources == 0) {
            diagnostics.error(block.span(), "the data block has no source; add one of csv \"file.csv\", "
                    + "idx \"images\" labels \"labels\", inline { ... } or generate uniform features N samples M");
        }
        Ast.DataStatement chosen = sources == 1 ? source : null;
        if (pool != null && chosen != null && !(chosen instanceof Ast.IdxSource)) {
            diagnostics.error(pool.span(), "pool averages blocks of pixels; it needs images from an idx source");
        }
        return new DataSettings(chosen, takeValid ? take : null,
                scaleKind(scale, diagnostics), splitPlan(split, diagnostics), split == null ? null : split.span(),
                radius, perClass, pool);
    }

    private static boolean isSource(Ast.DataStatement statement) {
        return statement instanceof Ast.CsvSource || statement instanceof Ast.IdxSource
                || statement instanceof Ast.InlineSource
                || statement instanceof Ast.GenerateSource;
    }

    private static String repeated(String keyword, Ast.DataStatement first) {
        return "'" + keyword + "' is given twice; the first is on line " + first.span().line();
    }

    private static String scaleKind(Ast.Scale scale, Diagnostics diagnostics) {
        if (scale == null) {
            return "none";
        }
        if (Scaler.KINDS.contains(scale.kind())) {
            return scale.kind();
        }
        String hint = Suggestions.didYouMean(scale.kind(), Scaler.KINDS);
        diagnostics.error(scale.span(), "unknown scale '" + scale.kind() + "'"
                + (hint.isEmpty() ? "; expected one of " + String.join(", ", Scaler.KINDS) : hint));
        return null;
    }

    private static SplitPlan splitPlan(Ast.DataStatement split, Diagnostics diagnostics) {
        if (split instanceof Ast.SplitFractions fractions) {
            return SplitPlan.from(fractions, diagnostics);
        }
        return SplitPlan.unsplit();
    }
}
