package io.bdnn.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.milp.ModelText;
import io.bdnn.network.Domain;
import org.junit.jupiter.api.Test;

/** Text in, text out: the product rows of a two-layer network on one sample. */
class BinaryTimesWeightToMcCormickTest {

    @Test
    void aFreeBinaryTimesAnIntegerWeightGivesFourExactRows() {
        var lowered = TinyModels.lower(TinyModels.spec(1, Domain.integer(-1, 1), Domain.none(), 1, 2),
                new double[][] {{1}}, new int[] {0});
        String rows = ModelText.rows(lowered.model());
        assertThat(rows).contains("""
                output/n1/in1/s1/prod_ub_u: output/n1/in1/s1/prod - hidden/n1/s1/u <= 0
                output/n1/in1/s1/prod_lb_u: output/n1/in1/s1/prod + hidden/n1/s1/u >= 0
                output/n1/in1/s1/prod_ub_w: output/n1/in1/s1/prod - output/n1/in1/w + hidden/n1/s1/u <= 1
                output/n1/in1/s1/prod_lb_w: output/n1/in1/s1/prod - output/n1/in1/w - hidden/n1/s1/u >= -1
                """);
        assertThat(rows).contains("""
                hidden/n1/s1/step_hi: hidden/n1/in1/w - hidden/n1/s1/u <= 0
                hidden/n1/s1/step_lo: hidden/n1/in1/w - 2 hidden/n1/s1/u >= -1
                """);
        assertThat(rows).contains("""
                output/n2/s1/step_hi: output/n2/in1/s1/prod - output/n2/s1/u <= 0
                output/n2/s1/step_lo: output/n2/in1/s1/prod - 2 output/n2/s1/u >= -1
                """);
        assertThat(ModelText.columns(lowered.model())).contains("output/n1/in1/s1/prod in [-1, 1] integer");
    }

    @Test
    void aKnownActiveInputMakesTheProductTheWeightItself() {
        // Hidden bias in [1, 2] with x = 0 makes the hidden neuron always active: s = W, no product column.
        var lowered = TinyModels.lower(TinyModels.spec(1, Domain.continuous(-1, 1), Domain.continuous(1, 2), 1, 2),
                new double[][] {{0}}, new int[] {0});
        assertThat(ModelText.columns(lowered.model())).doesNotContain("prod");
        assertThat(ModelText.rows(lowered.model())).contains(
                "output/n1/s1/step_hi: output/n1/in1/w + output/n1/b - 3 output/n1/s1/u <= 0");
    }
}
