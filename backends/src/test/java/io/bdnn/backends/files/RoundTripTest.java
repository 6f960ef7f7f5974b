package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import io.bdnn.backends.Corpus;
import io.bdnn.backends.OrToolsFiles;
import io.bdnn.milp.LinearModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trip through an independent reader: each written MPS file, read back by OR-Tools, has
 * the lowered model's columns (names, bounds, integrality, objective), rows (names, bounds) and
 * nonzeros, bit for bit in free MPS (also gzip-compressed) and, in fixed MPS, within the rounding
 * the writer reports.
 */
class RoundTripTest {

    @TempDir
    Path folder;

    record Case(String name, LinearModel model, Provenance provenance) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> models = new ArrayList<>();
        models.add(new Case("edge", EdgeModels.build(), EdgeModels.provenance()));
        for (Corpus.Entry entry : Corpus.entries()) {
            models.add(new Case(entry.name(), entry.compiled().model(), Corpus.provenance(entry.name())));
        }
        List<Arguments> arguments = new ArrayList<>();
        for (Case model : models) {
            arguments.add(Arguments.of(model, ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
            arguments.add(Arguments.of(model, ModelFileFormat.FREE_MPS, NameScheme.Kind.SHORT, true));
            arguments.add(Arguments.of(model, ModelFileFormat.FIXED_MPS, NameScheme.Kind.SHORT, false));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1} with {2} names, gzip {3}")
    @MethodSource("cases")
    void orToolsReadsBackTheSameModel(Case model, ModelFileFormat format, NameScheme.Kind kind, boolean gzip)
            throws Exception {
        Path file = folder.resolve(model.name() + ".mps" + (gzip ? ".gz" : ""));
        ModelFiles.Written written = ModelFiles.write(model.model(), model.provenance(), file,
                new ModelFiles.Options(format, kind, gzip));
        double tolerance = written.stats().largestRelativeChange();
        if (format == ModelFileFormat.FREE_MPS) {
            assertThat(written.stats().roundedValues()).isZero();
        }
        assertThat(tolerance).as("10 significant digits for values in [0.1, 1e10)").isLessThanOrEqualTo(5e-10);
        NameScheme names = NameScheme.of(kind, model.model(), format.nameLimit());
        ModelBuilderHelper read = OrToolsFiles.read(file);
        assertSameModel(model.model(), names, read, tolerance);
    }

    static void assertSameModel(LinearModel model, NameScheme names, ModelBuilderHelper read, double tolerance) {
        assertThat(read.numVariables()).isEqualTo(model.numColumns());
        assertThat(read.numConstraints()).isEqualTo(model.numRows());
        assertThat(read.getMaximize()).isFalse();
        assertThat(read.getObjectiveOffset()).isZero();
        for (int col = 0; col < model.numColumns(); col++) {
            String what = names.columnName(col);
            assertThat(read.getVarName(col)).isEqualTo(what);
            assertClose(read.getVarLowerBound(col), model.colLo(col), tolerance, what + " lower bound");
            assertClose(read.getVarUpperBound(col), model.colHi(col), tolerance, what + " upper bound");
            assertThat(read.getVarIntegrality(col)).as(what + " integrality").isEqualTo(model.colType(col).isIntegral());
            assertClose(read.getVarObjectiveCoefficient(col), model.objective(col), tolerance, what + " cost");
        }
        long nonzeros = 0;
        for (int row = 0; row < model.numRows(); row++) {
            String what = names.rowName(row);
            assertThat(read.getConstraintName(row)).isEqualTo(what);
            assertClose(read.getConstraintLowerBound(row), model.rowLo(row), tolerance, what + " lower bound");
            assertClose(read.getConstraintUpperBound(row), model.rowHi(row), tolerance, what + " upper bound");
            Map<Integer, Double> expected = new HashMap<>();
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                expected.put(model.rowColumns()[nz], model.rowCoefficients()[nz]);
            }
            int[] columns = read.getConstraintVarIndices(row);
            double[] coefficients = read.getConstraintCoefficients(row);
            assertThat(columns).as(what + " nonzeros").hasSize(expected.size());
            for (int k = 0; k < columns.length; k++) {
                assertThat(expected).as(what).containsKey(columns[k]);
                assertClose(coefficients[k], expected.get(columns[k]), tolerance, what + " coefficient");
            }
            nonzeros += columns.length;
        }
        assertThat(nonzeros).isEqualTo(model.numNonzeros());
    }

    private static void assertClose(double actual, double expected, double tolerance, String what) {
        if (tolerance == 0 || Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
                    .isLessThanOrEqualTo(tolerance * Math.abs(expected));
        }
    }
}
