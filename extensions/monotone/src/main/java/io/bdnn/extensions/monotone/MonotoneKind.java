package io.bdnn.extensions.monotone;

import io.bdnn.spi.ConstraintCall;
import io.bdnn.spi.ConstraintKind;
import io.bdnn.spi.ExtensionNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code monotone(FEATURE [, CLASS])}: the prediction of class CLASS (default: the last class)
 * does not fall as feature FEATURE grows, on the training points. Checked on the pairs of
 * training points that differ in that feature only: for {@code x_hi[j] > x_lo[j]} and equal
 * elsewhere, {@code predict(hi, c) >= predict(lo, c)}. Both arguments are 1-based, as everywhere
 * in the language.
 */
public final class MonotoneKind implements ConstraintKind {

    @Override
    public String name() {
        return "monotone";
    }

    @Override
    public ExtensionNode check(ConstraintCall call) {
        int arguments = call.arguments().size();
        if (arguments < 1 || arguments > 2) {
            call.error(call.span(), "monotone takes a feature and optionally a class, as in monotone(1) or "
                    + "monotone(1, 2)");
            return null;
        }
        int feature = call.index(0, call.network().inputs(), "the feature of monotone");
        int classes = call.classLabels().size();
        int classIndex = arguments == 2 ? call.index(1, classes, "the class of monotone") : classes - 1;
        if (feature < 0 || classIndex < 0) {
            return null;
        }
        List<int[]> pairs = pairs(call.x(), feature);
        if (pairs.isEmpty()) {
            call.diagnostics().warning(call.span(), "no two training points differ in feature " + (feature + 1)
                    + " only, so constraint '" + call.constraintName() + "' says nothing");
        }
        return new MonotoneNode(call.constraintName(), feature, classIndex, pairs, call.span());
    }

    /** Every (lo, hi) pair of samples with {@code x[hi][j] > x[lo][j]} and equal other features. */
    static List<int[]> pairs(double[][] x, int feature) {
        List<int[]> pairs = new ArrayList<>();
        for (int lo = 0; lo < x.length; lo++) {
            for (int hi = 0; hi < x.length; hi++) {
                if (x[hi][feature] > x[lo][feature] && equalElsewhere(x[lo], x[hi], feature)) {
                    pairs.add(new int[] {lo, hi});
                }
            }
        }
        return pairs;
    }

    private static boolean equalElsewhere(double[] a, double[] b, int feature) {
        for (int j = 0; j < a.length; j++) {
            if (j != feature && a[j] != b[j]) {
                return false;
            }
        }
        return true;
    }
}
