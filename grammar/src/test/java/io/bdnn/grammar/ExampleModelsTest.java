package io.bdnn.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example models in {@code models/} are the corpus of valid files: each parses to the tree it says. */
class ExampleModelsTest {

    private static Path models() {
        return ProjectFiles.model("");
    }

    private static Ast.ModelFile parse(String name) {
        Diagnostics diagnostics = new Diagnostics();
        Ast.ModelFile model = ModelParser.parse(models().resolve(name), diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(model).isNotNull();
        return model;
    }

    private static SourceSpan span(String name, int line, int column, int endLine, int endColumn) {
        return new SourceSpan(models().resolve(name).toString(), line, column, endLine, endColumn);
    }

    @Test
    void everyExampleModelParses() throws Exception {
        try (Stream<Path> files = Files.list(models())) {
            List<Path> examples = files.filter(file -> file.toString().endsWith(".bdnn")).sorted().toList();
            assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
            for (Path example : examples) {
                Diagnostics diagnostics = new Diagnostics();
                assertThat(ModelParser.parse(example, diagnostics)).as(example.toString()).isNotNull();
                assertThat(diagnostics.all()).as(example.toString()).isEmpty();
            }
        }
    }

    @Test
    void xorHasInlineRowsTwoLayersAndAScipSolver() {
        String file = "xor.bdnn";
        Ast.ModelFile model = parse(file);
        assertThat(model.name()).isEqualTo("xor");
        assertThat(model.span()).isEqualTo(span(file, 1, 1, 23, 1));
        assertThat(model.blocks()).hasExactlyElementsOfTypes(Ast.DataBlock.class, Ast.NetworkBlock.class,
                Ast.TrainBlock.class);

        Ast.DataBlock data = (Ast.DataBlock) model.blocks().get(0);
        assertThat(data.span()).isEqualTo(span(file, 3, 1, 10, 1));
        Ast.InlineSource inline = (Ast.InlineSource) data.statements().get(0);
        assertThat(inline.span()).isEqualTo(span(file, 4, 3, 9, 3));
        assertThat(inline.rows()).extracting(Ast.InlineRow::label).containsExactly("0", "1", "1", "0");
        assertThat(inline.rows().get(1).features()).containsExactly(0.0, 1.0);
        assertThat(inline.rows().get(0).span()).isEqualTo(span(file, 5, 5, 5, 11));

        Ast.NetworkBlock network = (Ast.NetworkBlock) model.blocks().get(1);
        Ast.LayerDecl hidden = (Ast.LayerDecl) network.statements().get(0);
        assertThat(hidden.name()).isEqualTo("hidden");
        assertThat(hidden.width()).isEqualTo(2L);
        assertThat(hidden.activation()).isEqualTo("step");
        assertThat(hidden.span()).isEqualTo(span(file, 13, 3, 13, 22));
        assertThat(hidden.nameSpan()).isEqualTo(span(file, 13, 9, 13, 14));
        assertThat(hidden.widthSpan()).isEqualTo(span(file, 13, 17, 13, 17));
        assertThat(hidden.activationSpan()).isEqualTo(span(file, 13, 19, 13, 22));
        Ast.LayerDecl output = (Ast.LayerDecl) network.statements().get(1);
        assertThat(output.widthIsClasses()).isTrue();
        assertThat(output.widthSpan()).isEqualTo(span(file, 14, 17, 14, 23));

        Ast.WeightsDecl weights = (Ast.WeightsDecl) network.statements().get(2);
        assertThat(weights.span()).isEqualTo(span(file, 15, 3, 15, 28));
        assertThat(weights.domain().kind()).isEqualTo(Ast.DomainKind.INTEGER);
        assertThat(weights.domain().lo()).isEqualTo(-1.0);
        assertThat(weights.domain().hi()).isEqualTo(1.0);
        assertThat(weights.domain().span()).isEqualTo(span(file, 15, 11, 15, 28));
        assertThat(weights.domain().rangeSpan()).isEqualTo(span(file, 15, 19, 15, 28));
        Ast.BiasDecl bias = (Ast.BiasDecl) network.statements().get(3);
        assertThat(bias.domain().kind()).isEqualTo(Ast.DomainKind.CONTINUOUS);
        assertThat(bias.domain().hasRange()).isFalse();
        assertThat(bias.domain().span()).isEqualTo(span(file, 16, 8, 16, 17));

        Ast.TrainBlock train = (Ast.TrainBlock) model.blocks().get(2);
        assertThat(train.statements()).hasExactlyElementsOfTypes(Ast.LossDecl.class, Ast.MethodDecl.class,
                Ast.SolverDecl.class);
        assertThat(((Ast.LossDecl) train.statements().get(0)).describe()).isEqualTo("hamming");
        Ast.SolverDecl solver = (Ast.SolverDecl) train.statements().get(2);
        assertThat(solver.name()).isEqualTo("scip");
        assertThat(solver.nameSpan()).isEqualTo(span(file, 22, 10, 22, 13));
        assertThat(solver.span()).isEqualTo(span(file, 22, 3, 22, 22));
        Ast.Option time = solver.options().get(0);
        assertThat(time.name()).isEqualTo("time");
        assertThat(time.nameSpan()).isEqualTo(span(file, 22, 15, 22, 18));
        assertThat(time.span()).isEqualTo(span(file, 22, 15, 22, 22));
        assertThat(time.value()).isEqualTo(new Ast.DurationValue(30.0, "30s", span(file, 22, 20, 22, 22)));
    }

    @Test
    void uniformGeneratesDataAndSplitsItInThree() {
        String file = "uniform.bdnn";
        Ast.ModelFile model = parse(file);
        Ast.DataBlock data = (Ast.DataBlock) model.blocks().get(0);
        Ast.GenerateSource generate = (Ast.GenerateSource) data.statements().get(0);
        assertThat(generate.kind()).isEqualTo("uniform");
        assertThat(generate.kindSpan()).isEqualTo(span(file, 6, 12, 6, 18));
        assertThat(generate.span()).isEqualTo(span(file, 6, 3, 6, 49));
        assertThat(generate.options()).extracting(Ast.Option::name).containsExactly("features", "samples", "seed");
        assertThat(generate.options().get(1).value())
                .isEqualTo(new Ast.NumberValue(120, true, "120", span(file, 6, 40, 6, 42)));
        assertThat(data.statements().get(1)).isEqualTo(new Ast.Scale("minmax", span(file, 7, 3, 7, 14)));

        Ast.SplitFractions split = (Ast.SplitFractions) data.statements().get(2);
        assertThat(split.span()).isEqualTo(span(file, 8, 3, 8, 50));
        assertThat(split.parts()).extracting(Ast.Option::name).containsExactly("train", "validation", "test", "seed");
        Ast.Option validation = split.parts().get(1);
        assertThat(validation.span()).isEqualTo(span(file, 8, 19, 8, 33));
        assertThat(validation.value()).isEqualTo(new Ast.NumberValue(0.25, false, "0.25", span(file, 8, 30, 8, 33)));

        Ast.NetworkBlock network = (Ast.NetworkBlock) model.blocks().get(1);
        assertThat(((Ast.LayerDecl) network.statements().get(0)).width()).isEqualTo(3L);
        Ast.Domain weights = ((Ast.WeightsDecl) network.statements().get(2)).domain();
        assertThat(weights.kind()).isEqualTo(Ast.DomainKind.CONTINUOUS);
        assertThat(weights.rangeSpan()).isEqualTo(span(file, 14, 22, 14, 31));

        Ast.SolverDecl solver = (Ast.SolverDecl) ((Ast.TrainBlock) model.blocks().get(2)).statements().get(2);
        assertThat(solver.options()).extracting(Ast.Option::name).containsExactly("time", "gap", "threads");
        assertThat(solver.options().get(1).value())
                .isEqualTo(new Ast.NumberValue(0.0001, false, "0.0001", span(file, 21, 28, 21, 33)));
        assertThat(solver.options().get(2).value())
                .isEqualTo(new Ast.NumberValue(2, true, "2", span(file, 21, 43, 21, 43)));
    }

    @Test
    void breastCancerReadsACsvFileWithOptions() {
        String file = "breast-cancer-small.bdnn";
        Ast.ModelFile model = parse(file);
        assertThat(model.name()).isEqualTo("breast_cancer_small");
        List<Ast.DataStatement> data = ((Ast.DataBlock) model.blocks().get(0)).statements();
        Ast.CsvSource csv = (Ast.CsvSource) data.get(0);
        assertThat(csv.path()).isEqualTo("../../shared/datasets/breast-cancer-wisconsin.csv");
        assertThat(csv.pathSpan()).isEqualTo(span(file, 4, 7, 4, 57));
        assertThat(csv.delimiter()).isEqualTo(";");
        assertThat(csv.header()).isFalse();
        assertThat(csv.label()).isEqualTo(new Ast.LastLabel(span(file, 4, 86, 4, 95)));
        assertThat(csv.span()).isEqualTo(span(file, 4, 3, 4, 95));
        assertThat(data.get(1)).isEqualTo(new Ast.Take(80, span(file, 5, 3, 5, 9)));
        assertThat(data.get(3)).isEqualTo(new Ast.SplitNone(span(file, 7, 3, 7, 12)));

        List<Ast.NetworkStatement> network = ((Ast.NetworkBlock) model.blocks().get(1)).statements();
        Ast.Domain bias = ((Ast.BiasDecl) network.get(3)).domain();
        assertThat(bias.kind()).isEqualTo(Ast.DomainKind.INTEGER);
        assertThat(bias.hasRange()).isFalse();
        Ast.SolverDecl solver = (Ast.SolverDecl) ((Ast.TrainBlock) model.blocks().get(2)).statements().get(2);
        assertThat(solver.name()).isEqualTo("cbc");
        assertThat(((Ast.DurationValue) solver.options().get(0).value()).seconds()).isEqualTo(60.0);
    }
}
