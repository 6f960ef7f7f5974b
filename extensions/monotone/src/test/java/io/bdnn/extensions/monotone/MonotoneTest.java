package io.bdnn.extensions.monotone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.ast.BdnnException;
import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.lowering.LoweringRegistry;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelText;
import io.bdnn.solve.SolveStatus;
import io.bdnn.spi.Extensions;
import io.bdnn.testing.ProjectFiles;
import io.bdnn.training.ExactTrainer;
import io.bdnn.training.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example extension, found on the class path, checked, lowered and trained with OR-Tools. */
class MonotoneTest {
    private static final Path EXAMPLE = ProjectFiles.file("extensions/monotone/models/monotone.bdnn");

    @TempDir
    Path folder;

    private static TrainingResult train(Path file) {
        CompiledModel compiled = Compiler.lower(Compiler.check(file));
        return ExactTrainer.train(compiled, new OrToolsSolver(), compiled.definition().training().solver());
    }

    /** The example model with its constraint line replaced. */
    private Path example(String constraint) throws IOException {
        String text = Files.readString(EXAMPLE).replace("constraint up: monotone(1, 2)", constraint);
        Path file = folder.resolve("example.bdnn");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void serviceLoaderFindsTheExtensionAndItsRule() {
        assertThat(Extensions.all()).singleElement().isInstanceOf(MonotoneExtension.class);
        assertThat(Extensions.constraintKinds()).containsKey("monotone");
        assertThat(LoweringRegistry.withExtensions().kinds()).contains(MonotoneNode.class);
        assertThat(LoweringRegistry.defaults().kinds()).doesNotContain(MonotoneNode.class);
    }

    @Test
    void thePairsAreTheSamplesThatDifferInTheFeatureOnly() {
        double[][] x = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}};
        assertThat(MonotoneKind.pairs(x, 0)).containsExactly(new int[] {0, 1}, new int[] {0, 4}, new int[] {1, 4},
                new int[] {2, 3});
        assertThat(MonotoneKind.pairs(x, 1)).containsExactly(new int[] {0, 2}, new int[] {1, 3});
    }

    @Test
    void eachPairBecomesOneRowOnThePredictions() {
        LinearModel model = Compiler.lower(Compiler.check(EXAMPLE)).model();
        StringBuilder rows = new StringBuilder();
        for (int row = 0; row < model.numRows(); row++) {
            if (model.rowName(row).endsWith("/monotone")) {
                rows.append(ModelText.row(model, row)).append('\n');
            }
        }
        // Pairs (sample 1, sample 2) and (sample 3, sample 4): feature 1 grows, feature 2 stays.
        assertThat(rows.toString()).isEqualTo("""
                up/p1/monotone: up/s2/c2/p - up/s1/c2/p >= 0
                up/p2/monotone: up/s4/c2/p - up/s3/c2/p >= 0
                """);
    }

    @Test
    void monotonicityCostsOneErrorAndTheForwardPassConfirmsIt() throws IOException {
        TrainingResult free = train(example(""));
        assertThat(free.solve().objective()).isZero();
        TrainingResult monotone = train(EXAMPLE);
        assertThat(monotone.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(monotone.solve().objective()).isEqualTo(1.0);
        assertThat(monotone.check().matches()).as(monotone.check().message()).isTrue();
        assertThat(monotone.check().message()).contains("up holds");
        // The unconstrained network violates the constraint, by the extension's own check.
        MonotoneNode node = new MonotoneNode("up", 0, 1, MonotoneKind.pairs(new double[][] {{0, 0}, {1, 0}}, 0), null);
        assertThat(node.violations(free.network(), new double[][] {{0, 0}, {1, 0}}, new int[] {1, 0}))
                .containsExactly("sample 1 is predicted class 2 but sample 2, larger in feature 1 only, is not");
    }

    @Test
    void itWorksUnderForallToo() throws IOException {
        TrainingResult result = train(example("constraint up: forall j in inputs: monotone(j, 2)"));
        // Feature 2 pairs (1, 3) and (2, 4) add: label 1 falls from (0, 0) to (0, 1) as well.
        assertThat(result.solve().objective()).isEqualTo(1.0);
        assertThat(result.check().matches()).as(result.check().message()).isTrue();
    }

    @Test
    void badArgumentsAreLocatedErrors() throws IOException {
        assertThatThrownBy(() -> Compiler.check(example("constraint up: monotone(3)")))
                .isInstanceOfSatisfying(BdnnException.class, error -> assertThat(error.diagnostics().get(0).message())
                        .isEqualTo("the feature of monotone is 3, outside 1..2"));
        assertThatThrownBy(() -> Compiler.check(example("constraint up: monotone()")))
                .isInstanceOfSatisfying(BdnnException.class, error -> assertThat(error.diagnostics().get(0).message())
                        .isEqualTo("monotone takes a feature and optionally a class, as in monotone(1) or monotone(1, 2)"));
        assertThatThrownBy(() -> Compiler.check(example("constraint up: abs(monotone(1)) <= 1")))
                .isInstanceOfSatisfying(BdnnException.class, error -> assertThat(error.diagnostics().get(0).message())
                        .isEqualTo("'monotone' is a constraint kind, not a value; write it alone, as in "
                                + "'constraint c: monotone(...)'"));
    }
}
