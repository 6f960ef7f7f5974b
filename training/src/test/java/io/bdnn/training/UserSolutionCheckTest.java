package io.bdnn.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.network.Network;
import io.bdnn.solve.SolveResult;
import io.bdnn.solve.SolveStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The solution check fails loudly when the MILP's claim about a user objective is not true. */
class UserSolutionCheckTest {
    @TempDir
    Path folder;

    @Test
    void anObjectiveTheNetworkDoesNotReachIsAMismatch() {
        CompiledModel compiled = UserModelFiles.compile(UserModelFiles.oneInput(folder, "integer in [-1, 1]",
                "integer in [-2, 2]", "  loss misclassified"));
        // Every column 0: the MILP "claims" misclassified = 0, and all activations 0. The network
        // with zero weights and biases has all activations 0 too, but predicts class 1 for both
        // samples, so the forward pass counts one error.
        double[] values = new double[compiled.model().numColumns()];
        SolveResult claim = new SolveResult(SolveStatus.OPTIMAL, 0, 0, values, 0, "");
        Network zero = new Network(List.of("output"), new double[][][] {{{0}, {0}}}, new double[][] {{0, 0}},
                compiled.definition().scaling(), compiled.definition().data().classLabels());
        ForwardCheck check = SolutionCheck.check(compiled.lowered(), claim, zero, 0);
        assertThat(check.matches()).isFalse();
        assertThat(check.activationMismatches()).isZero();
        assertThat(check.forwardLoss()).isEqualTo(1.0);
        assertThat(check.message()).startsWith("MISMATCH: the MILP claims training objective 0 but the exact "
                + "forward pass gives 1 (misclassified 1)");
    }
}
