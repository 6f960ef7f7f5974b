package io.bdnn.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forward-pass check's loss tolerance: the claimed loss is the objective minus the L1
 * penalty, so its rounding error is that of the whole objective, not of the (small) loss.
 */
class LossToleranceTest {

    /**
     * Seen on a Fashion-MNIST ensemble member (4 hidden, l1 0.2, 196 features): objective 38.8,
     * claimed loss 1.48e-6, forward-pass loss 0, every activation equal. A false alarm.
     */
    @Test
    void theObjectivesRoundingIsNotADisagreement() {
        double slack = 0.2 * (4 * 196 + 2 * 4) * SolutionCheck.FEASIBILITY;
        double tolerance = SolutionCheck.lossTolerance(1.4818e-6, 38.8, slack);
        assertThat(Math.abs(1.4818e-6 - 0)).isLessThanOrEqualTo(tolerance);
    }

    /** A loss that is off by one sample is caught whatever the size of the objective and penalty. */
    @Test
    void aLossOffByOneIsAlwaysADisagreement() {
        for (double objective : new double[] {0, 1, 38.8, 1e4}) {
            double slack = 0.2 * 5000 * SolutionCheck.FEASIBILITY;
            assertThat(SolutionCheck.lossTolerance(1, objective, slack)).isLessThan(0.5);
        }
    }
}
