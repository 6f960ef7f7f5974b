package io.bdnn.backends;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;
import io.bdnn.backends.ortools.OrToolsNatives;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * OR-Tools as an independent reader of the MPS files bdnn writes: {@code ModelBuilderHelper}
 * parses them (free or fixed, detected by OR-Tools) and {@code ModelSolverHelper} solves what it
 * read. {@code ModelBuilder.importFromMpsFile} always fails in 9.15, so the helper is used.
 */
public final class OrToolsFiles {

    private OrToolsFiles() {
    }

    /** The model OR-Tools reads from an MPS file (gzip-compressed when it ends in {@code .gz}). */
    public static ModelBuilderHelper read(Path mps) throws IOException {
        OrToolsNatives.load();
        ModelBuilderHelper helper = new ModelBuilderHelper();
        boolean read;
        if (mps.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(mps))) {
                read = helper.importFromMpsString(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        } else {
            read = helper.importFromMpsFile(mps.toString());
        }
        if (!read) {
            throw new AssertionError("OR-Tools could not read " + mps);
        }
        return helper;
    }

    /** Solves what OR-Tools read with SCIP to optimality and returns the objective (without any constant). */
    public static double optimum(ModelBuilderHelper model) {
        ModelSolverHelper solver = new ModelSolverHelper("scip");
        solver.setSolverSpecificParameters("limits/gap = 0");
        solver.setTimeLimitInSeconds(60);
        solver.solve(model);
        if (solver.getStatus() != SolveStatus.OPTIMAL) {
            throw new AssertionError("OR-Tools' SCIP did not solve the file: " + solver.getStatus());
        }
        return solver.getObjectiveValue();
    }
}
