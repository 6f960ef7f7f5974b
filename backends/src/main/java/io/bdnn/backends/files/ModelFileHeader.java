package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The provenance every model file starts with, as comment lines ({@code *} in MPS, {@code \} in
 * LP): compiler version, model and source file, the SHA-256 of the source and of the data, the
 * format and name scheme, the objective constant the file leaves out, the sizes and the name map
 * beside it. The same facts are in the name map. Nothing varies between runs (no dates, no
 * absolute paths beyond what was given), so the same input gives the same bytes.
 *
 * @param provenance        where the model comes from
 * @param format            the file's format
 * @param names             the name scheme
 * @param objectiveConstant the constant of {@code c'x + c0}, which no file carries
 * @param counts            columns, binaries, integers, rows and nonzeros of the lowered model
 * @param mapFile           the name map's file name, relative to the model file's folder
 * @param indicatorRows     how many rows are indicator rows ({@code method exact indicators})
 */
public record ModelFileHeader(Provenance provenance, ModelFileFormat format, NameScheme.Kind names,
                              double objectiveConstant, ModelStats.Counts counts, String mapFile, int indicatorRows) {

    /** Who reads indicator rows in MPS, as measured (docs/files.md). */
    public static final String MPS_READERS = "SCIP, CPLEX, Gurobi and OR-Tools read them; CBC, GLPK, HiGHS and lp_solve"
            + " reject the file";
    /** Who reads indicator rows in CPLEX LP, as measured (docs/files.md). */
    public static final String LP_READERS = "SCIP, CPLEX and Gurobi read them; CBC misreads them (it reports the model"
            + " infeasible), GLPK and HiGHS reject the file";

    /** Who reads the indicator rows of a file of this format. */
    public static String indicatorReaders(ModelFileFormat format) {
        return format.isMps() ? MPS_READERS : LP_READERS;
    }

    public static ModelFileHeader of(LinearModel model, Provenance provenance, ModelFileFormat format,
                                     NameScheme.Kind names, String mapFile) {
        return new ModelFileHeader(provenance, format, names, model.objectiveConstant(),
                ModelStats.total(model), mapFile, model.numIndicatorRows());
    }

    /** The comment lines, without the comment marker. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(Version.COMPILER + ": model '" + provenance.model() + "' from " + provenance.source());
        lines.add("source sha256 " + provenance.sourceSha256());
        lines.add("data sha256 " + provenance.dataSha256());
        lines.add("format " + format.label() + ", names " + names.label() + ", name map " + mapFile);
        lines.add("minimise; the objective constant " + DecimalText.text(objectiveConstant)
                + " is not in this file: add it to the solver's objective value");
        long continuous = counts.variables() - counts.binaries() - counts.integers();
        lines.add(counts.variables() + " columns (" + counts.binaries() + " binary, " + counts.integers()
                + " integer, " + continuous + " continuous), " + counts.rows() + " rows, "
                + counts.nonzeros() + " nonzeros");
        if (indicatorRows > 0) {
            lines.add(indicatorRows + " of the rows are indicator rows (" + (format.isMps() ? "INDICATORS section"
                    : "'u = v ->' rows") + "): " + indicatorReaders(format));
        }
        return lines;
    }
}
