package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.inline;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as written become class names; class names are ordered into class indices. */
class LabelNormaliserTest {

    @ParameterizedTest(name = "[{0}] is class [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "1|1",
        "1.0|1",
        "1.000|1",
        "-0|0",
        "-0.0|0",
        "+3|3",
        " 2 |2",
        "1e3|1000",
        "0.50|0.5",
        "-2.50|-2.5",
        "0.1|0.1",
        "1e-7|0.0000001",
        "0.30000000000000004|0.30000000000000004",
        "0.10000000000000001|0.1",
        "abc |abc",
        "Benign|Benign",
        "NaN|NaN",
        "1f|1f",
        "0x10|0x10",
    })
    void normalisesNumbersToTheirShortestForm(String written, String expected) {
        assertThat(LabelNormaliser.canonical(written)).isEqualTo(expected);
    }

    @Test
    void numericClassesAreOrderedByValue() {
        assertThat(LabelNormaliser.classOrder(List.of("10", "9", "-1", "2.5"))).containsExactly("-1", "2.5", "9", "10");
    }

    @Test
    void classesWithAnyTextAreOrderedAsText() {
        assertThat(LabelNormaliser.classOrder(List.of("b", "a", "10", "9"))).containsExactly("10", "9", "a", "b");
    }

    @Test
    void labelsWrittenDifferentlyAreOneClass() {
        Diagnostics diagnostics = new Diagnostics();
        PreparedData data = DataLoader.load(block(inline("0 : 1.0", "1 : 1", "2 : -0", "3 : 10", "4 : 0.0")),
                null, diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(data.classLabels()).containsExactly("0", "1", "10");
        assertThat(data.train().y()).containsExactly(1, 1, 0, 2, 0);
    }
}
