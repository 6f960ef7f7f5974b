package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.OptionReader;
import io.bdnn.ast.Diagnostics;
import java.util.List;

/**
 * How the rows are divided: {@code split none} makes every row a training row; otherwise
 * fractions for train, validation and test (missing ones are 0, together they make 1) and the
 * seed of the random permutation that deals rows out, or {@code ordered}: the rows are dealt out
 * in the order loaded (the first rows train, then validation, then test), so that another tool
 * can be given exactly the same split. {@link Splitter} carries it out.
 */
record SplitPlan(boolean none, double train, double validation, double test, long seed, boolean ordered) {
    /** How far the fractions may add up from 1, for decimal fractions such as 0.7 + 0.2 + 0.1. */
    static final double SUM_TOLERANCE = 1e-9;
    static final List<String> OPTIONS = List.of("train", "validation", "test", "seed", "ordered");

    /** Every row is a training row, in the order loaded. */
    static SplitPlan unsplit() {
        return new SplitPlan(true, 1, 0, 0, 0, false);
    }

    /** Reads a {@code split train A validation B test C seed S} statement; null when invalid. */
    static SplitPlan from(Ast.SplitFractions statement, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errors().size();
        OptionReader options = new OptionReader("split", statement.parts(), OPTIONS, diagnostics);
        Double train = options.number("train", 0, 1);
        Double validation = options.number("validation", 0, 1);
        Double test = options.number("test", 0, 1);
        Long seed = options.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Ast.Option ordered = options.find("ordered");
        if (ordered != null && !(ordered.value() instanceof Ast.NoValue)) {
            diagnostics.error(ordered.value().span(), "split option 'ordered' takes no value");
        } else if (ordered != null && seed != null) {
            diagnostics.error(ordered.nameSpan(), "an ordered split does not shuffle; drop 'seed' or 'ordered'");
        }
        if (diagnostics.errors().size() > errorsBefore) {
            return null;
        }
        double trainPart = train == null ? 0 : train;
        double validationPart = validation == null ? 0 : validation;
        double testPart = test == null ? 0 : test;
        double sum = trainPart + validationPart + testPart;
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            diagnostics.error(statement.span(), "split fractions add up to " + NumberText.shortest(sum)
                    + ", not 1 (train " + NumberText.shortest(trainPart) + ", validation "
                    + NumberText.shortest(validationPart) + ", test " + NumberText.shortest(testPart) + ")");
            return null;
        }
        if (trainPart == 0) {
            diagnostics.error(statement.span(), "split needs a positive train fraction");
            return null;
        }
        return new SplitPlan(false, trainPart, validationPart, testPart, seed == null ? 0 : seed, ordered != null);
    }

    /** The split settings as canonical text, for the data hash. */
    String describe() {
        if (none) {
            return "split none";
        }
        return "split train " + NumberText.shortest(train) + " validation " + NumberText.shortest(validation)
                + " test " + NumberText.shortest(test) + (ordered ? " ordered" : " seed " + seed);
    }
}
