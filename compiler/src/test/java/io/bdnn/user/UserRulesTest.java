package io.bdnn.user;

import static io.bdnn.user.UserModels.columns;
import static io.bdnn.user.UserModels.lower;
import static io.bdnn.user.UserModels.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in, text out: a constraint or loss on the tiny model of {@link UserModels} and the
 * columns and rows its rules emit, worked out by hand from the rules' algebra.
 */
class UserRulesTest {
    @TempDir
    Path folder;

    private LinearModel model(String train) {
        return lower(folder, train).model();
    }

    @Test
    void aForallGivesOneNamedRowPerBinding() {
        LinearModel model = model("constraint c: forall k in out: W[out][k, 1] - W[out][k, 2] <= 1");
        assertThat(rows(model, "c/")).isEqualTo("""
                c/k1/le: out/n1/in1/w - out/n1/in2/w <= 1
                c/k2/le: out/n2/in1/w - out/n2/in2/w <= 1
                """);
    }

    @Test
    void aFilterAndAChainGiveRangedRowsForTheBindingsThatPass() {
        LinearModel model = model("constraint c: forall i in train, k in out where x[i, 1] == 0: "
                + "-1 <= 2 * pre[out][i, k] + y[i] <= 2");
        // Only sample 2 has x[i, 1] = 0; y[2] = 2 moves to the bounds: -3 <= 2 W[k, 2] <= 0.
        assertThat(rows(model, "c/")).isEqualTo("""
                c/i2/k1/range: 2 out/n1/in2/w in [-3, 0]
                c/i2/k2/range: 2 out/n2/in2/w in [-3, 0]
                """);
    }

    @Test
    void anAbsoluteValueBoundedAboveIsAnEpigraph() {
        LinearModel model = model("constraint c: abs(W[out][1, 1] - W[out][1, 2]) <= 1");
        // e = w11 - w12 in [-2, 2]: t in [0, 2], integer since e is.
        assertThat(columns(model, "c/")).isEqualTo("c/m1/abs in [0, 2] integer\n");
        assertThat(rows(model, "c/")).isEqualTo("""
                c/m1/abs_pos: c/m1/abs - out/n1/in1/w + out/n1/in2/w >= 0
                c/m1/abs_neg: c/m1/abs + out/n1/in1/w - out/n1/in2/w >= 0
                c/le: c/m1/abs <= 1
                """);
    }

    @Test
    void anAbsoluteValueBoundedBelowIsExactWithASignBinary() {
        LinearModel model = model("constraint c: abs(W[out][1, 1] - W[out][1, 2]) >= 1");
        // L = -2, U = 2: t - e - 2L z <= -2L is t - e + 4 z <= 4; t + e - 2U z <= 0 is t + e - 4 z <= 0.
        assertThat(columns(model, "c/")).isEqualTo("""
                c/m1/abs_exact in [0, 2] integer
                c/m1/abs_exact_sign in [0, 1] binary
                """);
        assertThat(rows(model, "c/")).isEqualTo("""
                c/m1/abs_exact_pos: c/m1/abs_exact - out/n1/in1/w + out/n1/in2/w >= 0
                c/m1/abs_exact_neg: c/m1/abs_exact + out/n1/in1/w - out/n1/in2/w >= 0
                c/m1/abs_exact_pos_up: c/m1/abs_exact - out/n1/in1/w + out/n1/in2/w + 4 c/m1/abs_exact_sign <= 4
                c/m1/abs_exact_neg_up: c/m1/abs_exact + out/n1/in1/w - out/n1/in2/w - 4 c/m1/abs_exact_sign <= 0
                c/ge: c/m1/abs_exact >= 1
                """);
    }

    @Test
    void activeNeuronsAreIndicatorsThatForceTheirWeightsToZero() {
        LinearModel model = model("constraint c: sum(k in out) active(out, k) <= 1");
        assertThat(columns(model, "out/n1/active", "out/n2/active")).isEqualTo("""
                out/n1/active in [0, 1] binary
                out/n2/active in [0, 1] binary
                """);
        assertThat(rows(model, "out/n1/in", "c/")).isEqualTo("""
                out/n1/in1/active_hi: out/n1/in1/w - out/n1/active <= 0
                out/n1/in1/active_lo: out/n1/in1/w + out/n1/active >= 0
                out/n1/in2/active_hi: out/n1/in2/w - out/n1/active <= 0
                out/n1/in2/active_lo: out/n1/in2/w + out/n1/active >= 0
                c/le: out/n1/active + out/n2/active <= 1
                """);
    }

    @Test
    void aPredictionIsTheFirstActiveOutput() {
        LinearModel model = model("constraint c: predict(2, 2) == 1");
        // Class 2 of sample 2: p <= u2, p <= 1 - u1, p >= u2 - u1.
        assertThat(columns(model, "predict/")).isEqualTo("predict/s2/c2/p in [0, 1] integer\n");
        assertThat(rows(model, "predict/", "c/")).isEqualTo("""
                predict/s2/c2/k2/p_hi: predict/s2/c2/p - out/n2/s2/u <= 0
                predict/s2/c2/k1/p_hi: predict/s2/c2/p + out/n1/s2/u <= 1
                predict/s2/c2/k2/p_lo: predict/s2/c2/p - out/n2/s2/u + out/n1/s2/u >= 0
                c/eq: predict/s2/c2/p = 1
                """);
    }

    @Test
    void theFirstClassIsPredictedWhenItsOutputOrNoOutputIsActive() {
        LinearModel model = model("constraint c: predict(1, 1) >= 1");
        // p >= u1, p >= 1 - u2, p <= u1 + 1 - u2.
        assertThat(rows(model, "predict/")).isEqualTo("""
                predict/s1/c1/k1/p_lo: predict/s1/c1/p - out/n1/s1/u >= 0
                predict/s1/c1/p_none: predict/s1/c1/p + out/n2/s1/u >= 1
                predict/s1/c1/k2/p_hi: predict/s1/c1/p - out/n1/s1/u + out/n2/s1/u <= 1
                """);
    }

    @Test
    void aBinaryTimesABoundedExpressionIsMcCormick() {
        LinearModel model = model("constraint c: u[out][1, 1] * W[out][2, 2] <= 0");
        // f = w22 in [-1, 1], b = u11: s - b <= 0, s + b >= 0, s - f + b <= 1, s - f - b >= -1.
        assertThat(columns(model, "c/")).isEqualTo("c/m1/prod in [-1, 1] integer\n");
        assertThat(rows(model, "c/")).isEqualTo("""
                c/m1/prod_ub_b: c/m1/prod - out/n1/s1/u <= 0
                c/m1/prod_lb_b: c/m1/prod + out/n1/s1/u >= 0
                c/m1/prod_ub_f: c/m1/prod - out/n2/in2/w + out/n1/s1/u <= 1
                c/m1/prod_lb_f: c/m1/prod - out/n2/in2/w - out/n1/s1/u >= -1
                c/le: c/m1/prod <= 0
                """);
    }

    @Test
    void theHingeIsAnEpigraphOnTheOutputPreActivations() {
        LinearModel model = model("loss hinge margin 1");
        // t = +1 on the sample's class: h + t a >= 1, h in [0, 1 - min(t a)] = [0, 2].
        assertThat(rows(model, "loss/")).isEqualTo("""
                loss/s1/n1/hinge_def: loss/s1/n1/hinge + out/n1/in1/w >= 1
                loss/s1/n2/hinge_def: loss/s1/n2/hinge - out/n2/in1/w >= 1
                loss/s2/n1/hinge_def: loss/s2/n1/hinge - out/n1/in2/w >= 1
                loss/s2/n2/hinge_def: loss/s2/n2/hinge + out/n2/in2/w >= 1
                loss/hinge_def: loss/hinge - loss/s1/n1/hinge - loss/s1/n2/hinge - loss/s2/n1/hinge - loss/s2/n2/hinge = 0
                loss/stage1/objective_def: loss/stage1/objective - loss/hinge = 0
                """);
        assertThat(columns(model, "loss/s1/n1", "loss/hinge", "loss/stage")).isEqualTo("""
                loss/s1/n1/hinge in [0, 2] integer
                loss/hinge in [0, 8] integer
                loss/stage1/objective in [0, 8] integer
                """);
        assertThat(ModelText.objective(model)).isEqualTo("min: loss/stage1/objective + 0");
    }

    @Test
    void theMarginIsBoundedByEveryPreActivationOnItsSide() {
        LinearModel model = model("loss max_margin");
        // a in [-1, 1] everywhere, so G = 1: a - g + (L - G) u >= L - G and a + g - (U + G) u <= 0.
        assertThat(columns(model, "loss/margin")).isEqualTo("loss/margin in [0, 1] integer\n");
        assertThat(rows(model, "out/n1/s1/margin")).isEqualTo("""
                out/n1/s1/margin_on: out/n1/in1/w - loss/margin - 2 out/n1/s1/u >= -2
                out/n1/s1/margin_off: out/n1/in1/w + loss/margin - 2 out/n1/s1/u <= 0
                """);
        assertThat(rows(model, "loss/")).isEqualTo("""
                loss/max_margin_def: loss/max_margin + loss/margin = 0
                loss/stage1/objective_def: loss/stage1/objective - loss/max_margin = 0
                """);
    }

    @Test
    void weightedTermsAreColumnsAndTheObjectiveIsTheirSum() {
        LinearModel model = model("loss misclassified + 0.5 min_weight");
        // misclassified = 2 - predict(1, 1) - predict(2, 2); min_weight = sum of four |W|.
        assertThat(rows(model, "loss/misclassified", "loss/min_weight", "loss/stage")).isEqualTo("""
                loss/misclassified_def: loss/misclassified + predict/s1/c1/p + predict/s2/c2/p = 2
                loss/min_weight_def: loss/min_weight - loss/m1/abs - loss/m2/abs - loss/m3/abs - loss/m4/abs = 0
                loss/stage1/objective_def: loss/stage1/objective - loss/misclassified - 0.5 loss/min_weight = 0
                """);
        assertThat(rows(model, "loss/m1/")).isEqualTo("""
                loss/m1/abs_pos: loss/m1/abs - out/n1/in1/w >= 0
                loss/m1/abs_neg: loss/m1/abs + out/n1/in1/w >= 0
                """);
        assertThat(columns(model, "loss/stage")).isEqualTo("loss/stage1/objective in [0, 4] continuous\n");
        assertThat(ModelText.objective(model)).isEqualTo("min: loss/stage1/objective + 0");
    }

    @Test
    void aLexicographicLossHasAColumnPerStageAndStartsWithTheFirst() {
        LinearModel model = model("loss lexicographic { first misclassified, then min_nonzero }");
        assertThat(columns(model, "loss/stage")).isEqualTo("""
                loss/stage1/objective in [0, 2] integer
                loss/stage2/objective in [0, 4] integer
                """);
        assertThat(ModelText.objective(model)).isEqualTo("min: loss/stage1/objective + 0");
    }

    @Test
    void thePlainHammingLossKeepsTheNetworksOwnFormulation() {
        LinearModel plain = model("loss hamming");
        assertThat(columns(plain, "loss/")).isEmpty();
        assertThat(ModelText.objective(plain)).isEqualTo(
                "min: -out/n1/s1/u + out/n1/s2/u + out/n2/s1/u - out/n2/s2/u + 2");
        // Weighted, it is a term like any other, with the same value: 2 + sum (1 - 2y) u.
        LinearModel weighted = model("loss 2 hamming");
        assertThat(rows(weighted, "loss/hamming")).isEqualTo(
                "loss/hamming_def: loss/hamming + out/n1/s1/u - out/n2/s1/u - out/n1/s2/u + out/n2/s2/u = 2\n");
    }

    @Test
    void loweringTheSameModelTwiceGivesTheSameText() {
        String train = """
                loss lexicographic { first misclassified, then min_weight + 0.5 spread }
                objective spread: sum(k in out) abs(W[out][k, 1] - W[out][k, 2])
                constraint c: forall k in out: u[out][1, k] * W[out][k, 2] + abs(W[out][k, 1]) <= 1
                """;
        LinearModel first = model(train);
        LinearModel second = model(train);
        assertThat(ModelText.rows(second)).isEqualTo(ModelText.rows(first));
        assertThat(ModelText.columns(second)).isEqualTo(ModelText.columns(first));
        assertThat(ModelText.objective(second)).isEqualTo(ModelText.objective(first));
    }
}
