package io.bdnn.grammar;

import static io.bdnn.grammar.Parsing.span;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image-data statements: {@code idx ... [test ...]}, {@code per_class}, {@code pool}, and csv's {@code test}. */
class ImageDataSyntaxTest {

    @Test
    void idxWithAndWithoutATestPair() {
        List<Ast.DataStatement> data = Parsing.data("""
                idx "a.gz" labels "b.gz"
                idx "c" labels "d" test "e" labels "f\"""");
        assertThat(data.get(0)).isEqualTo(new Ast.IdxSource("a.gz", "b.gz", null, null, span(3, 5, 3, 10),
                span(3, 19, 3, 24), null, null, span(3, 1, 3, 24)));
        Ast.IdxSource withTest = (Ast.IdxSource) data.get(1);
        assertThat(withTest.hasTest()).isTrue();
        assertThat(withTest.testImages()).isEqualTo("e");
        assertThat(withTest.testLabels()).isEqualTo("f");
        assertThat(withTest.testImagesSpan()).isEqualTo(span(4, 25, 4, 27));
        assertThat(withTest.testLabelsSpan()).isEqualTo(span(4, 36, 4, 38));
        assertThat(withTest.span()).isEqualTo(span(4, 1, 4, 38));
    }

    @Test
    void csvTakesATestFileAmongItsOptions() {
        Ast.CsvSource csv = (Ast.CsvSource) Parsing.data("csv \"a.csv\" test \"b.csv\" header true").get(0);
        assertThat(csv.hasTest()).isTrue();
        assertThat(csv.testPath()).isEqualTo("b.csv");
        assertThat(csv.testPathSpan()).isEqualTo(span(3, 18, 3, 24));
        assertThat(csv.header()).isTrue();
        assertThat(((Ast.CsvSource) Parsing.data("csv \"a.csv\"").get(0)).hasTest()).isFalse();
    }

    @Test
    void perClassWithItsSeedAndPool() {
        List<Ast.DataStatement> data = Parsing.data("per_class 10 seed 3\npool 2\nper_class 4");
        Ast.PerClass seeded = (Ast.PerClass) data.get(0);
        assertThat(seeded.count()).isEqualTo(10);
        assertThat(seeded.countSpan()).isEqualTo(span(3, 11, 3, 12));
        assertThat(seeded.options()).extracting(Ast.Option::name).containsExactly("seed");
        assertThat(data.get(1)).isEqualTo(new Ast.Pool(2, span(4, 6, 4, 6), span(4, 1, 4, 6)));
        assertThat(((Ast.PerClass) data.get(2)).options()).isEmpty();
    }

    @Test
    void theNewKeywordsStayUsableAsNamesAndSplitStillTakesATestFraction() {
        List<Ast.DataStatement> data = Parsing.data("split train 0.5 test 0.5\nidx \"a\" labels \"b\"");
        assertThat(((Ast.SplitFractions) data.get(0)).parts()).extracting(Ast.Option::name)
                .containsExactly("train", "test");
        assertThat(data.get(1)).isInstanceOf(Ast.IdxSource.class);
        List<Ast.NetworkStatement> network = Parsing.network("layer test: 2 step\nlayer pool: classes step");
        assertThat(network).extracting(statement -> ((Ast.LayerDecl) statement).name()).containsExactly("test", "pool");
    }

    @Test
    void aMissingLabelsFileIsASyntaxErrorAtTheNextWord() {
        assertThat(Parsing.errors("model m\ndata {\n  idx \"a\" test \"b\" labels \"c\"\n}\n"))
                .containsExactly("test.bdnn:3:11: expected 'labels' after \"a\", found 'test'");
    }
}
