package io.bdnn.grammar;

import static io.bdnn.grammar.Parsing.span;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valid constructs of the language and the records they become. */
class LanguageFeaturesTest {

    @Test
    void keywordsCanNameModelsLayersAndOptions() {
        Ast.ModelFile model = Parsing.valid("""
                model model
                network {
                  layer output: 2 step
                  layer test: 3 sign
                  layer data: classes none
                  layer in: 1 integer
                }
                data {
                  generate uniform train 1 model 2 time 3
                  split train 0.5 validation 0.25 test 0.25 seed 7
                }
                """);
        assertThat(model.name()).isEqualTo("model");
        List<Ast.NetworkStatement> layers = ((Ast.NetworkBlock) model.blocks().get(0)).statements();
        assertThat(layers).extracting(layer -> ((Ast.LayerDecl) layer).name())
                .containsExactly("output", "test", "data", "in");
        assertThat(layers).extracting(layer -> ((Ast.LayerDecl) layer).activation())
                .containsExactly("step", "sign", "none", "integer");
        List<Ast.DataStatement> data = ((Ast.DataBlock) model.blocks().get(1)).statements();
        assertThat(((Ast.GenerateSource) data.get(0)).options()).extracting(Ast.Option::name)
                .containsExactly("train", "model", "time");
        assertThat(((Ast.SplitFractions) data.get(1)).parts()).extracting(Ast.Option::name)
                .containsExactly("train", "validation", "test", "seed");
    }

    @Test
    void aStatementKeywordEndsTheOptionsOfThePreviousStatement() {
        List<Ast.TrainStatement> statements =
                Parsing.train("loss hamming method exact solver scip time 30s epsilon 0.5");
        assertThat(statements).hasExactlyElementsOfTypes(Ast.LossDecl.class, Ast.MethodDecl.class, Ast.SolverDecl.class,
                Ast.EpsilonDecl.class);
        assertThat(((Ast.LossDecl) statements.get(0)).terms().get(0).options()).isEmpty();
    }

    @Test
    void durationsAreReadInSeconds() {
        Ast.SolverDecl solver = (Ast.SolverDecl) Parsing.train("solver scip a 500ms b 30s c 2m d 1h e 1.5s f -30s")
                .get(0);
        assertThat(solver.options()).extracting(option -> ((Ast.DurationValue) option.value()).seconds())
                .containsExactly(0.5, 30.0, 120.0, 3600.0, 1.5, -30.0);
        assertThat(solver.options()).extracting(option -> ((Ast.DurationValue) option.value()).text())
                .containsExactly("500ms", "30s", "2m", "1h", "1.5s", "-30s");
        assertThat(solver.options().get(5).value().span()).isEqualTo(span(3, 46, 3, 49));
    }

    @Test
    void numbersKeepTheirTextSignAndWhetherTheyAreWhole() {
        Ast.MethodDecl method =
                (Ast.MethodDecl) Parsing.train("method exact a 7 b -3 c 0.5 d .5 e 1e-4 f -2.5E3").get(0);
        assertThat(method.options()).extracting(Ast.Option::value).containsExactly(
                new Ast.NumberValue(7, true, "7", span(3, 16, 3, 16)),
                new Ast.NumberValue(-3, true, "-3", span(3, 20, 3, 21)),
                new Ast.NumberValue(0.5, false, "0.5", span(3, 25, 3, 27)),
                new Ast.NumberValue(0.5, false, ".5", span(3, 31, 3, 32)),
                new Ast.NumberValue(1e-4, false, "1e-4", span(3, 36, 3, 39)),
                new Ast.NumberValue(-2500, false, "-2.5E3", span(3, 43, 3, 48)));
        assertThat(((Ast.EpsilonDecl) Parsing.train("epsilon -0.001").get(0)).value()).isEqualTo(-0.001);
    }

    @Test
    void bareOptionsAndStringOptions() {
        Ast.MethodDecl method = (Ast.MethodDecl)
                Parsing.train("method split kmeans max_splits 20 log \"a \\\"b\\\" \\\\ c\"").get(0);
        assertThat(method.name()).isEqualTo("split");
        Ast.Option kmeans = method.options().get(0);
        assertThat(kmeans.value()).isEqualTo(new Ast.NoValue(span(3, 14, 3, 19)));
        assertThat(kmeans.span()).isEqualTo(kmeans.nameSpan());
        assertThat(method.options().get(2).value()).isEqualTo(new Ast.StringValue("a \"b\" \\ c", span(3, 39, 3, 52)));
    }

    @Test
    void solverNamesMayContainHyphens() {
        Ast.SolverDecl solver = (Ast.SolverDecl) Parsing.train("solver cp-sat threads 8").get(0);
        assertThat(solver.name()).isEqualTo("cp-sat");
        assertThat(solver.nameSpan()).isEqualTo(span(3, 8, 3, 13));
        assertThat(solver.options()).extracting(Ast.Option::name).containsExactly("threads");
    }

    @Test
    void commentsRunToTheEndOfTheLine() {
        Ast.ModelFile model = Parsing.valid("""
                # A comment before the header.
                model m # after the header
                data { # after a brace
                  # on a line of its own
                  take 5 # take 5 rows, not # 6
                }
                # at the end, without a newline""");
        assertThat(((Ast.DataBlock) model.blocks().get(0)).statements())
                .containsExactly(new Ast.Take(5, span(5, 3, 5, 8)));
        assertThat(model.span()).isEqualTo(span(2, 1, 6, 1));
    }

    @Test
    void inlineLabelsAreKeptAsWritten() {
        Ast.InlineSource inline = (Ast.InlineSource) Parsing.data(
                "inline { 0 0 : 0  1 -2 : -1  0.5 .5 : 1.0  3 4 : cat  5 6 : \"dog cat\"  7 8 : none }").get(0);
        assertThat(inline.rows()).extracting(Ast.InlineRow::label)
                .containsExactly("0", "-1", "1.0", "cat", "dog cat", "none");
        assertThat(inline.rows().get(1).features()).containsExactly(1.0, -2.0);
        assertThat(inline.rows().get(1).span()).isEqualTo(span(3, 19, 3, 27));
    }

    @Test
    void csvOptionsAndLabels() {
        List<Ast.DataStatement> data = Parsing.data("""
                csv "a.csv"
                csv "b.csv" label column 3 header true
                csv "c.csv" label "diagnosis" delimiter "|\"""");
        Ast.CsvSource plain = (Ast.CsvSource) data.get(0);
        assertThat(plain.delimiter()).isNull();
        assertThat(plain.header()).isNull();
        assertThat(plain.label()).isNull();
        Ast.CsvSource column = (Ast.CsvSource) data.get(1);
        assertThat(column.label()).isEqualTo(new Ast.ColumnLabel(3, span(4, 13, 4, 26)));
        assertThat(column.header()).isTrue();
        Ast.CsvSource named = (Ast.CsvSource) data.get(2);
        assertThat(named.label()).isEqualTo(new Ast.NamedLabel("diagnosis", span(5, 13, 5, 29)));
        assertThat(named.delimiter()).isEqualTo("|");
    }

    @Test
    void splitNoneAndScaleNone() {
        List<Ast.DataStatement> data = Parsing.data("scale none\nsplit none");
        assertThat(data).containsExactly(new Ast.Scale("none", span(3, 1, 3, 10)),
                new Ast.SplitNone(span(4, 1, 4, 10)));
    }

    @Test
    void domainsWithAndWithoutRanges() {
        List<Ast.NetworkStatement> network = Parsing.network("weights continuous in [-0.5, 2e1]\nbias none");
        assertThat(((Ast.WeightsDecl) network.get(0)).domain()).isEqualTo(new Ast.Domain(Ast.DomainKind.CONTINUOUS,
                -0.5, 20.0, span(3, 20, 3, 33), span(3, 9, 3, 33)));
        assertThat(((Ast.BiasDecl) network.get(1)).domain())
                .isEqualTo(new Ast.Domain(Ast.DomainKind.NONE, null, null, null, span(4, 6, 4, 9)));
    }

    @Test
    void blocksMayRepeatAndComeInAnyOrder() {
        Ast.ModelFile model = Parsing.valid("model m train { } data { } data { } network { }");
        assertThat(model.blocks()).hasExactlyElementsOfTypes(Ast.TrainBlock.class, Ast.DataBlock.class,
                Ast.DataBlock.class, Ast.NetworkBlock.class);
        assertThat(model.blocks().get(2).span()).isEqualTo(span(1, 28, 1, 35));
    }
}
