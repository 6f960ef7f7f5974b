package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bdnn.ast.SourceSpan;
import io.bdnn.backends.Corpus;
import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.LinearModelBuilder;
import io.bdnn.milp.VarType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing a model file and its name map: deterministic, atomic, and the map reads back. */
class ModelFilesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ModelFileFormat.class)
    void theSameModelGivesTheSameBytes(ModelFileFormat format) throws Exception {
        LinearModel model = Corpus.compiled("breast-cancer-small").model();
        Provenance provenance = Corpus.provenance("breast-cancer-small");
        for (boolean gzip : new boolean[] {false, true}) {
            Path first = folder.resolve("a/model.out" + (gzip ? ".gz" : ""));
            Path second = folder.resolve("b/model.out" + (gzip ? ".gz" : ""));
            ModelFiles.Options options = new ModelFiles.Options(format, format.defaultNames(), gzip);
            ModelFiles.write(model, provenance, first, options);
            ModelFiles.write(model, provenance, second, options);
            assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
            assertThat(Files.readAllBytes(ModelFiles.mapPath(first))).isEqualTo(Files.readAllBytes(ModelFiles.mapPath(second)));
        }
    }

    /**
     * Free MPS and LP maps are written while the model file is, from the rounding known
     * beforehand: that rounding is the one the writer reports, and the
     * map has the bytes of one written afterwards from the writer's own figures.
     */
    @ParameterizedTest
    @EnumSource(value = ModelFileFormat.class, names = {"FREE_MPS", "LP"})
    void theMapWrittenAlongsideIsTheMapWrittenAfter(ModelFileFormat format) throws Exception {
        for (String name : new String[] {"edge", "breast-cancer-small"}) {
            LinearModel model = name.equals("edge") ? EdgeModels.build() : Corpus.compiled(name).model();
            Provenance provenance = name.equals("edge") ? EdgeModels.provenance() : Corpus.provenance(name);
            Path target = folder.resolve(name + "/model.out");
            ModelFiles.write(model, provenance, target, new ModelFiles.Options(format, format.defaultNames(), false));

            NameScheme names = NameScheme.of(format.defaultNames(), model, format.nameLimit());
            ModelFileHeader header = ModelFileHeader.of(model, provenance, format, format.defaultNames(),
                    ModelFiles.mapPath(target).getFileName().toString());
            var modelBytes = new java.io.ByteArrayOutputStream();
            WriteStats stats = ModelFiles.writeModel(model, names, header, format, modelBytes);
            var mapBytes = new java.io.ByteArrayOutputStream();
            NameMapWriter.write(model, names, header, "model.out", false, stats, mapBytes);

            WriteStats expected = ModelFiles.expectedRounding(model, format);
            assertThat(expected.roundedValues()).as(name).isEqualTo(stats.roundedValues());
            assertThat(expected.largestRelativeChange()).as(name).isEqualTo(stats.largestRelativeChange());
            assertThat(Files.readAllBytes(target)).as(name).isEqualTo(modelBytes.toByteArray());
            assertThat(Files.readAllBytes(ModelFiles.mapPath(target))).as(name).isEqualTo(mapBytes.toByteArray());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("model.mps");
        LinearModel good = Corpus.compiled("xor").model();
        ModelFiles.write(good, Corpus.provenance("xor"), target,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false));
        byte[] before = Files.readAllBytes(target);
        byte[] mapBefore = Files.readAllBytes(ModelFiles.mapPath(target));
        LinearModelBuilder builder = new LinearModelBuilder("broken");
        Family family = builder.family("net", "x", List.of(new Family.Axis("k", 2)), "test", SourceSpan.none("t"));
        Family rows = builder.family("net", "row", List.of(), "test", SourceSpan.none("t"));
        builder.addColumn(family, 0, 0, 1, VarType.CONTINUOUS);
        builder.addColumn(family, 1, 0, 1, VarType.CONTINUOUS);
        builder.beginRow(rows, 0);
        builder.term(0, 1);
        builder.term(1, Double.NaN);
        builder.endRow(0, 1);
        LinearModel broken = builder.build();
        assertThatThrownBy(() -> ModelFiles.write(broken, Corpus.provenance("xor"), target,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.READABLE, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        // The map, written meanwhile on its own thread, is not renamed into place either.
        assertThat(Files.readAllBytes(ModelFiles.mapPath(target))).isEqualTo(mapBefore);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("model.mps", "model.map.json");
        }
    }

    @Test
    void theNameMapListsEveryColumnAndRowWithItsFamilyAndIndices() throws Exception {
        LinearModel model = Corpus.compiled("xor").model();
        Path target = folder.resolve("xor.lp");
        ModelFiles.Written written = ModelFiles.write(model, Corpus.provenance("xor"), target,
                new ModelFiles.Options(ModelFileFormat.LP, NameScheme.Kind.READABLE, false));
        assertThat(written.mapFile()).isEqualTo(folder.resolve("xor.map.json"));
        JsonNode map = new ObjectMapper().readTree(written.mapFile().toFile());
        assertThat(map.get("format").asText()).isEqualTo("bdnn-name-map");
        assertThat(map.get("model_file").asText()).isEqualTo("xor.lp");
        assertThat(map.get("objective").get("constant").asDouble()).isEqualTo(4);
        assertThat(map.get("options").get("format").asText()).isEqualTo("lp");
        assertThat(map.get("columns")).hasSize(model.numColumns());
        assertThat(map.get("rows")).hasSize(model.numRows());
        JsonNode first = map.get("columns").get(0);
        assertThat(first.get(0).asText()).isEqualTo("hidden.n1.in1.w");
        JsonNode family = map.get("families").get(first.get(1).asInt());
        assertThat(family.get("layer").asText()).isEqualTo("hidden");
        assertThat(family.get("rule").asText()).isEqualTo("DeclareWeights");
        assertThat(family.get("span").get("line").asInt()).isPositive();
        JsonNode activation = map.get("columns").get(model.numColumns() - 1);
        assertThat(activation.get(0).asText()).isEqualTo("output.n2.s4.u");
        assertThat(activation.get(2).asInt()).as("neuron").isEqualTo(2);
        assertThat(activation.get(3).asInt()).as("sample").isEqualTo(4);
        assertThat(map.get("axes").get("s").asText()).isEqualTo("sample");

        NameMapReader.Contents contents = NameMapReader.read(written.mapFile(),
                header -> NameScheme.of(header.names(), model, Integer.MAX_VALUE));
        assertThat(contents.columnMismatch()).isNull();
        assertThat(contents.header().sourceSha256()).isEqualTo(Corpus.provenance("xor").sourceSha256());
        assertThat(contents.header().fileFormat()).isEqualTo(ModelFileFormat.LP);
        LinearModel other = Corpus.compiled("xor-no-bias").model();
        assertThat(NameMapReader.read(written.mapFile(), header -> NameScheme.of(header.names(), other,
                Integer.MAX_VALUE)).columnMismatch()).isEqualTo("column 5 is hidden.n1.b in the map but"
                + " hidden.n1.s2.u in the model");
    }

    @Test
    void theMapAndStartFilesSitBesideTheModelFile() {
        assertThat(ModelFiles.mapPath(Path.of("out/model.mps.gz"))).isEqualTo(Path.of("out/model.map.json"));
        assertThat(ModelFiles.mapPath(Path.of("model.LP"))).isEqualTo(Path.of("model.map.json"));
        assertThat(ModelFiles.mapPath(Path.of("model"))).isEqualTo(Path.of("model.map.json"));
        assertThat(ModelFiles.base(Path.of("a/b.mps"))).isEqualTo(Path.of("a/b"));
        assertThat(ModelFileFormat.fromFileName("x.mps.gz")).isEqualTo(ModelFileFormat.FREE_MPS);
        assertThat(ModelFileFormat.fromFileName("x.lp")).isEqualTo(ModelFileFormat.LP);
        assertThat(ModelFileFormat.fromFileName("x.txt")).isNull();
    }
}
