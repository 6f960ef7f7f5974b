package io.bdnn.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.network.Network;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forward-pass side of user constraints and objectives on hand-made networks of the tiny
 * model ({@link UserModels}): what it computes, and that it names what fails.
 */
class UserCheckTest {
    @TempDir
    Path folder;

    /** A network for the tiny model: weights {@code W[k][j]}, no bias. */
    private static Network network(double[][] weights) {
        return new Network(List.of("out"), new double[][][] {weights}, new double[][] {{0, 0}},
                new Network.Scaling("none", new double[] {0, 0}, new double[] {1, 1}), List.of("0", "1"));
    }

    private UserCheck.Result check(String train, double[][] weights) {
        CompiledModel compiled = UserModels.lower(folder, train);
        return UserCheck.check(compiled.lowered(), new double[compiled.model().numColumns()], network(weights));
    }

    @Test
    void aViolatedRowIsNamedWithItsBinding() {
        UserCheck.Result result = check("constraint c: forall k in out: abs(W[out][k, 1]) + abs(W[out][k, 2]) <= 1",
                new double[][] {{1, 0}, {-1, 1}});
        assertThat(result.violations()).containsExactly(
                "constraint 'c' (k = 2) fails by forward pass: the expression is 2, above 1");
        assertThat(check("constraint c: forall k in out: abs(W[out][k, 1]) + abs(W[out][k, 2]) <= 1",
                new double[][] {{1, 0}, {0, -1}}).violations()).isEmpty();
    }

    @Test
    void predictionsAndActiveNeuronsFollowTheForwardPass() {
        String train = """
                constraint right: predict(1, 1) + predict(2, 2) >= 2
                constraint few: sum(k in out) active(out, k) <= 1
                """;
        // W = identity: sample 1 fires output 1 only (class 1), sample 2 output 2 only (class 2);
        // both neurons have a nonzero weight.
        assertThat(check(train, new double[][] {{1, 0}, {0, 1}}).violations()).containsExactly(
                "constraint 'few' fails by forward pass: the expression is 2, above 1");
        // W = 0: no output fires, so both samples predict class 1; no neuron is active.
        assertThat(check(train, new double[][] {{0, 0}, {0, 0}}).violations()).containsExactly(
                "constraint 'right' fails by forward pass: the expression is 1, below 2");
    }

    @Test
    void theObjectiveIsRecomputedFromTheNetwork() {
        String train = "loss misclassified + 0.5 min_nonzero";
        UserCheck.Result fitted = check(train, new double[][] {{1, 0}, {0, 1}});
        assertThat(fitted.hasObjective()).isTrue();
        assertThat(fitted.forwardObjective()).isEqualTo(0 + 0.5 * 2);
        assertThat(fitted.note()).isEqualTo("misclassified 0, min_nonzero 2");
        UserCheck.Result empty = check(train, new double[][] {{0, 0}, {0, 0}});
        assertThat(empty.forwardObjective()).isEqualTo(1 + 0.5 * 0);
        // The MILP's claim is read from the stage column: all zeros here.
        assertThat(empty.milpObjective()).isZero();
    }

    @Test
    void theHingeAndTheMarginUseThePreActivations() {
        // W = [[1, 0], [0, 1]]: a(x1) = (1, 0), a(x2) = (0, 1). Hinge with margin 2: sample 1
        // class 1: max(0, 2 - 1) + max(0, 2 + 0); sample 2: max(0, 2 + 0) + max(0, 2 - 1) = 6.
        assertThat(check("loss hinge margin 2", new double[][] {{1, 0}, {0, 1}}).forwardObjective()).isEqualTo(6.0);
        // The smallest margin is 0 (the inactive outputs sit at a = 0); the term is -gamma.
        assertThat(check("loss max_margin", new double[][] {{1, 0}, {0, 1}}).forwardObjective()).isZero();
        assertThat(check("loss max_margin", new double[][] {{1, -1}, {-1, 1}}).forwardObjective()).isEqualTo(-1.0);
    }
}
