package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.SourceSpan;
import io.bdnn.backends.Corpus;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Row and column names in files: readable paths, short numbers, and the way back to columns. */
class NameSchemeTest {
    /** What every listed LP reader accepts as a name, minus the exponent trap. */
    private static final Pattern PORTABLE = Pattern.compile("(?![eE][0-9])[A-Za-z_][A-Za-z0-9_.]*");

    @Test
    void readableNamesAreTheModelsPathsWithDotsAndEveryReaderAcceptsThem() throws Exception {
        LinearModel model = Corpus.compiled("breast-cancer-small").model();
        NameScheme names = NameScheme.of(NameScheme.Kind.READABLE, model, NameScheme.MPS_NAME_LIMIT);
        for (int col = 0; col < model.numColumns(); col++) {
            assertThat(names.columnName(col)).isEqualTo(model.columnName(col).replace('/', '.'))
                    .matches(PORTABLE).isEqualTo(written(names, col, true));
            assertThat(names.columnIndex(names.columnName(col))).isEqualTo(col);
        }
        for (int row = 0; row < model.numRows(); row++) {
            assertThat(names.rowName(row)).isEqualTo(model.rowName(row).replace('/', '.')).matches(PORTABLE)
                    .isEqualTo(written(names, row, false));
        }
        assertThat(names.columnIndex("hidden.n9.in1.w")).isEqualTo(-1);
    }

    @Test
    void shortNamesNumberColumnsAndRowsFromOne() throws Exception {
        LinearModel model = Corpus.compiled("xor").model();
        NameScheme names = NameScheme.of(NameScheme.Kind.SHORT, model, NameScheme.FIXED_NAME_LIMIT);
        assertThat(names.columnName(0)).isEqualTo("C1");
        assertThat(names.rowName(95)).isEqualTo("R96").isEqualTo(written(names, 95, false));
        int last = model.numColumns() - 1;
        assertThat(written(names, last, true)).isEqualTo("C" + (last + 1));
        assertThat(names.columnIndex("C" + (last + 1))).isEqualTo(last);
        for (String unknown : List.of("C" + (last + 2), "C0", "C01", "R1", "C", "c1", "C1x")) {
            assertThat(names.columnIndex(unknown)).as(unknown).isEqualTo(-1);
        }
    }

    @Test
    void layersThatLookLikeExponentsOrStartWithUnderscoreAreEscaped() {
        assertThat(names("e1").columnName(0)).isEqualTo("_e1.n1.w");
        assertThat(names("E7x").columnName(0)).isEqualTo("_E7x.n1.w");
        assertThat(names("_e1").columnName(0)).isEqualTo("__e1.n1.w");
        assertThat(names("eta").columnName(0)).isEqualTo("eta.n1.w");
        NameScheme escaped = names("e1");
        assertThat(escaped.columnIndex("_e1.n1.w")).isZero();
    }

    @Test
    void namesThatDoNotFitAreRefusedNamingTheFix() {
        assertThatThrownBy(() -> NameScheme.of(NameScheme.Kind.READABLE, model("a".repeat(200)), NameScheme.MPS_NAME_LIMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the 160 this format allows; use --names short");
        assertThatThrownBy(() -> NameScheme.of(NameScheme.Kind.READABLE, model("bad-layer"), NameScheme.MPS_NAME_LIMIT))
                .hasMessageContaining("characters that model files cannot carry; use --names short");
        assertThatThrownBy(() -> NameScheme.of(NameScheme.Kind.SHORT, model("x"), 1))
                .hasMessageContaining("more than 1-character names can number; use free MPS or LP");
    }

    private static NameScheme names(String layer) {
        return NameScheme.of(NameScheme.Kind.READABLE, model(layer), NameScheme.LP_NAME_LIMIT);
    }

    private static LinearModel model(String layer) {
        LinearModelBuilder builder = new LinearModelBuilder("names");
        Family family = builder.family(layer, "w", List.of(new Family.Axis("n", 3)), "test", SourceSpan.none("t"));
        for (int k = 0; k < 3; k++) {
            builder.addColumn(family, k, 0, 1, VarType.CONTINUOUS);
        }
        return builder.build();
    }

    private static String written(NameScheme names, int index, boolean column) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiSink sink = new AsciiSink(bytes);
        if (column) {
            names.writeColumnName(sink, index);
        } else {
            names.writeRowName(sink, index);
        }
        sink.flush();
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
