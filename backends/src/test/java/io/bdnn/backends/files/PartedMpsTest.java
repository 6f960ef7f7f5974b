package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bdnn.backends.Corpus;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.milp.LinearModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MPS written in parts on several threads ({@link OrderedParts}, {@link NameTable}) is the file
 * the sequential writer writes, byte for byte, however small the parts: cuts inside the COLUMNS,
 * RHS, RANGES and BOUNDS sections, at the integer markers, and between the two pairs of a card
 * would all show, with the names' tables and without them (a model whose tables would not fit
 * in the heap decodes its names where it writes them). The models cover ranged rows (edge), indicator rows, fixed MPS's rounding
 * count and a model with tens of thousands of nonzeros.
 */
class PartedMpsTest {
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String model : List.of("edge", "xor-2-hidden", "indicators", "breast-cancer-slice")) {
            for (boolean fixed : List.of(false, true)) {
                for (MpsLayout layout : List.of(new MpsLayout(2, 1, 1), new MpsLayout(3, 3, 5),
                        new MpsLayout(2, 7, 64), new MpsLayout(2, 1 << 15, 1 << 15),
                        new MpsLayout(2, 3, 5, false))) {
                    cases.add(Arguments.of(model, fixed, layout));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, fixed {1}, {2}")
    @MethodSource("cases")
    void partsGiveTheSequentialWritersBytes(String name, boolean fixed, MpsLayout layout) throws IOException {
        LinearModel model = model(name);
        NameScheme names = NameScheme.of(fixed ? NameScheme.Kind.SHORT : NameScheme.Kind.READABLE, model,
                fixed ? NameScheme.FIXED_NAME_LIMIT : NameScheme.MPS_NAME_LIMIT);
        ModelFileHeader header = ModelFileHeader.of(model, EdgeModels.provenance(),
                fixed ? ModelFileFormat.FIXED_MPS : ModelFileFormat.FREE_MPS, names.kind(), name + ".map.json");
        ByteArrayOutputStream sequential = new ByteArrayOutputStream();
        WriteStats expected = MpsWriter.write(model, names, header, fixed, sequential,
                new MpsLayout(1, Integer.MAX_VALUE, Integer.MAX_VALUE));
        ByteArrayOutputStream parted = new ByteArrayOutputStream();
        WriteStats stats = MpsWriter.write(model, names, header, fixed, parted, layout);

        assertThat(parted.toByteArray()).isEqualTo(sequential.toByteArray());
        assertThat(stats).isEqualTo(expected);
        assertThat(stats.bytes()).isEqualTo(sequential.size());
    }

    @Test
    void aNameTableHoldsTheSchemesNames() throws Exception {
        LinearModel model = model("breast-cancer-slice");
        NameScheme names = readable(model);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            NameTable rows = new NameTable(model.numRows(), names::writeRowName, 5);
            for (int block = rows.blocks() - 1; block >= 0; block--) {   // in any order, on any thread
                int b = block;
                pool.submit(() -> {
                    rows.fill(b);
                    return null;
                });
            }
            rows.awaitAll();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            AsciiSink sink = new AsciiSink(bytes);
            for (int row = 0; row < model.numRows(); row++) {
                rows.write(sink, row);
                sink.newline();
            }
            sink.flush();
            List<String> expected = new ArrayList<>();
            for (int row = 0; row < model.numRows(); row++) {
                expected.add(names.rowName(row));
            }
            assertThat(bytes.toString(java.nio.charset.StandardCharsets.US_ASCII).lines()).containsExactlyElementsOf(expected);
            assertThat(model.numRows()).isGreaterThan(3 * 32);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingStreamFailsTheWriteWithItsError() {
        LinearModel model = model("breast-cancer-slice");
        NameScheme names = readable(model);
        assertThatThrownBy(() -> MpsWriter.write(model, names, freeHeader(model, names), false, failingAfter(100_000),
                new MpsLayout(2, 64, 64))).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void theNameMapCopiesTheNamesFromTheTablesTheWriterFills() throws Exception {
        LinearModel model = model("breast-cancer-slice");
        NameScheme names = readable(model);
        ModelFileHeader header = freeHeader(model, names);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        NameMapWriter.write(model, names, header, "x.mps", false, new WriteStats(0, 0, 0), expected);

        MpsLayout layout = new MpsLayout(2, 16, 64);
        NameTables tables = new NameTables(model, names, layout.nameShift());
        ByteArrayOutputStream map = new ByteArrayOutputStream();
        FutureTask<Void> mapTask = startMap(model, names, tables, header, map);
        MpsWriter.write(model, names, header, false, new ByteArrayOutputStream(), layout, tables);
        mapTask.get(60, TimeUnit.SECONDS);
        assertThat(map.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aFailedWriteFailsTheNameMapWaitingForItsTablesInsteadOfHangingIt() {
        LinearModel model = model("breast-cancer-slice");
        NameScheme names = readable(model);
        ModelFileHeader header = freeHeader(model, names);
        MpsLayout layout = new MpsLayout(2, 16, 64);
        NameTables tables = new NameTables(model, names, layout.nameShift());
        FutureTask<Void> mapTask = startMap(model, names, tables, header, new ByteArrayOutputStream());
        assertThatThrownBy(() -> MpsWriter.write(model, names, header, false, failingAfter(0), layout, tables))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> mapTask.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
    }

    private static NameScheme readable(LinearModel model) {
        return NameScheme.of(NameScheme.Kind.READABLE, model, NameScheme.MPS_NAME_LIMIT);
    }

    private static ModelFileHeader freeHeader(LinearModel model, NameScheme names) {
        return ModelFileHeader.of(model, EdgeModels.provenance(), ModelFileFormat.FREE_MPS, names.kind(), "x.map.json");
    }

    /** Writes the name map from the tables on a thread of its own, as {@code ModelFiles} does. */
    private static FutureTask<Void> startMap(LinearModel model, NameScheme names, NameTables tables,
                                             ModelFileHeader header, OutputStream out) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            NameMapWriter.write(model, names, tables, header, "x.mps", false, new WriteStats(0, 0, 0), out);
            return null;
        });
        new Thread(task).start();
        return task;
    }

    /** A stream that fails, as a full disk does, once more than {@code limit} bytes were written to it. */
    private static OutputStream failingAfter(long limit) {
        return new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > limit) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    private static LinearModel model(String name) {
        return switch (name) {
            case "edge" -> EdgeModels.build();
            case "indicators" -> IndicatorFilesTest.withIndicators().model();
            default -> {
                CompiledModel compiled = Corpus.compiled(name);
                yield compiled.model();
            }
        };
    }
}
