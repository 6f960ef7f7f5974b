package io.bdnn.backends.files;

import io.bdnn.files.AtomicFile;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a complete MIP start (one value per column) beside a model file, in the formats the
 * solvers read. Every file names every column, with the same names as the model file; the
 * objective written is the solver's, without the objective constant.
 */
public final class MipStartWriter {

    /** The start file formats, each with its file suffix and the solvers that read it. */
    public enum Format {
        /**
         * MIPLIB solution format ({@code =obj= v}, then {@code name value}): SCIP
         * ({@code read out.start.sol}) and HiGHS ({@code --read_solution_file out.start.sol}).
         */
        SOL(".start.sol"),
        /** Gurobi MIP start ({@code # comment}, then {@code name value}): {@code gurobi_cl InputFile=out.start.mst}. */
        MST(".start.mst"),
        /**
         * CBC's solution format ({@code index name value}): {@code cbc out.mps -mips out.start.cbc}.
         * CBC reads lines of at most 255 characters and only accepts a lower-case exponent.
         */
        CBC(".start.cbc"),
        /**
         * GLPK's MIP solution format ({@code s mip rows cols f obj}, {@code i row value},
         * {@code j col value}, {@code e o f}), by number in file order: {@code glp_read_mip} and
         * {@code glpsol -r}, which checks it.
         */
        GLPK(".start.glpk");

        private final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private MipStartWriter() {
    }

    /** Writes every format beside the model file and returns the paths, in {@link Format} order. */
    public static List<Path> writeAll(LinearModel model, NameScheme names, ModelFileFormat fileFormat,
                                      double[] values, Path modelFile) throws IOException {
        List<Path> written = new ArrayList<>();
        Path base = ModelFiles.base(modelFile);
        for (Format format : Format.values()) {
            Path path = base.resolveSibling(base.getFileName() + format.suffix());
            AtomicFile.write(path, out -> write(format, model, names, fileFormat, values, out));
            written.add(path);
        }
        return written;
    }

    /** Writes one format to a stream. */
    public static void write(Format format, LinearModel model, NameScheme names, ModelFileFormat fileFormat,
                             double[] values, OutputStream out) throws IOException {
        if (values.length != model.numColumns()) {
            throw new IllegalArgumentException("the start has " + values.length + " values but the model has "
                    + model.numColumns() + " columns");
        }
        AsciiSink sink = new AsciiSink(out);
        double objective = model.evaluateObjective(values) - model.objectiveConstant();
        switch (format) {
            case SOL -> {
                sink.write("=obj= ").number(objective).newline();
                namedValues(sink, model, names, values, false);
            }
            case MST -> {
                sink.write("# MIP start by ").write(Version.COMPILER).write(", objective ").number(objective)
                        .write(" without the constant ").number(model.objectiveConstant()).newline();
                namedValues(sink, model, names, values, false);
            }
            case CBC -> {
                sink.write("Feasible - objective value ").write(lowerCase(objective)).newline();
                namedValues(sink, model, names, values, true);
            }
            case GLPK -> glpk(sink, model, fileFormat, values, objective);
        }
        sink.flush();
    }

    private static void namedValues(AsciiSink sink, LinearModel model, NameScheme names, double[] values,
                                    boolean cbc) throws IOException {
        for (int col = 0; col < model.numColumns(); col++) {
            if (cbc) {
                sink.write("      ").integer(col).write(' ');
                names.writeColumnName(sink, col);
                sink.write(' ').write(lowerCase(values[col])).newline();
            } else {
                names.writeColumnName(sink, col);
                sink.write(' ').number(values[col]).newline();
            }
        }
    }

    /** GLPK numbers rows in file order: an LP file has two rows for each ranged row. */
    private static void glpk(AsciiSink sink, LinearModel model, ModelFileFormat fileFormat, double[] values,
                             double objective) throws IOException {
        boolean split = fileFormat == ModelFileFormat.LP;
        int fileRows = 0;
        for (int row = 0; row < model.numRows(); row++) {
            fileRows += split && RowSense.isRanged(model.rowLo(row), model.rowHi(row)) ? 2 : 1;
        }
        sink.write("c MIP start by ").write(Version.COMPILER).newline();
        sink.write("s mip ").integer(fileRows).write(' ').integer(model.numColumns()).write(" f ")
                .number(objective).newline();
        int fileRow = 0;
        for (int row = 0; row < model.numRows(); row++) {
            double activity = model.rowActivity(row, values);
            int copies = split && RowSense.isRanged(model.rowLo(row), model.rowHi(row)) ? 2 : 1;
            for (int copy = 0; copy < copies; copy++) {
                sink.write("i ").integer(++fileRow).write(' ').number(activity).newline();
            }
        }
        for (int col = 0; col < model.numColumns(); col++) {
            sink.write("j ").integer(col + 1L).write(' ').number(values[col]).newline();
        }
        sink.write("e o f").newline();
    }

    private static String lowerCase(double value) {
        return DecimalText.text(value).toLowerCase(Locale.ROOT);
    }
}
