package io.bdnn.data;

import static io.bdnn.data.DataAst.block;
import static io.bdnn.data.DataAst.inline;
import static io.bdnn.data.DataAst.load;
import static io.bdnn.data.DataAst.scale;
import static io.bdnn.data.DataAst.split;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code split ... ordered} keeps the file's order; {@code radius} gives box radii in raw and scaled units. */
class OrderedSplitAndRadiusTest {
    private static final Ast.InlineSource ROWS = inline("0 10 : 0", "1 20 : 1", "2 30 : 0", "3 40 : 1");

    @Test
    void anOrderedSplitDealsRowsInTheOrderLoaded() {
        PreparedData data = load(ROWS, split("train", "0.5", "validation", "0.25", "test", "0.25", "ordered", ""));
        assertThat(Arrays.stream(data.train().x()).mapToDouble(row -> row[0]).toArray()).containsExactly(0, 1);
        assertThat(data.validation().x()[0][0]).isEqualTo(2);
        assertThat(data.test().x()[0][0]).isEqualTo(3);
        PreparedData shuffled = load(ROWS, split("train", "0.5", "validation", "0.25", "test", "0.25"));
        assertThat(shuffled.dataHash()).isNotEqualTo(data.dataHash());
    }

    @Test
    void radiiAreGivenInRawUnitsAndDividedByTheScale() {
        // minmax on the training rows (the first two, ordered): scales 1 and 10.
        Ast.Radius radius = new Ast.Radius(List.of(0.5, 5.0), DataAst.at(14, 3));
        PreparedData data = load(ROWS, scale("minmax"), split("train", "0.5", "test", "0.5", "ordered", ""), radius);
        assertThat(data.radius()).containsExactly(0.5, 5.0);
        assertThat(data.scaledRadius()).containsExactly(0.5, 0.5);
        PreparedData one = load(ROWS, new Ast.Radius(List.of(2.0), DataAst.at(14, 3)));
        assertThat(one.radius()).containsExactly(2.0, 2.0);
        assertThat(load(ROWS).radius()).isNull();
    }
}
