package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.bdnn.backends.files.ModelFileFormat;
import io.bdnn.backends.files.ModelFiles;
import io.bdnn.backends.files.NameScheme;
import io.bdnn.backends.files.Provenance;
import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelStats;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The formulation benchmark's Java side (not a test; see bench/formulation/run.py): compiles one
 * model file in the formulation its {@code method exact} line names, writes it as free MPS for
 * CBC, solves its LP relaxation with GLOP (the root LP bound, independent of the machine's load)
 * and the MILP with SCIP through OR-Tools, single-threaded with a time limit, and prints one JSON
 * line. It lives in OR-Tools' backend package to use the backend's own model translation.
 *
 * <p>SCIP settings are OR-Tools' parameter string, {@code name = value} pairs separated by
 * {@code ;} here (newlines for OR-Tools); "rejected" in the output when SCIP refused one.
 *
 * <pre>FormulationBench MODEL.bdnn OUT.mps SECONDS [scip-settings]</pre>
 */
public final class FormulationBench {
    private FormulationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path mps = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        String settings = args.length > 3 ? args[3].replace(';', '\n') : "";
        ModelDefinition definition = Compiler.check(file);
        CompiledModel compiled = Compiler.lower(definition);
        LinearModel model = compiled.model();
        ModelFiles.write(model, Provenance.of(compiled), mps,
                new ModelFiles.Options(ModelFileFormat.FREE_MPS, NameScheme.Kind.SHORT, false));
        ModelStats.Counts counts = ModelStats.total(model);
        if (seconds <= 0) {
            // Sizes only: the driver skips an option that leaves the model as it was.
            System.out.printf(Locale.ROOT, "{\"binaries\": %d, \"rows\": %d, \"nonzeros\": %d}%n",
                    counts.binaries(), counts.rows(), counts.nonzeros());
            return;
        }
        OrToolsNatives.load();
        // GLOP takes no indicator rows; their LP relaxation would drop them (not a bound of the model).
        double lp = model.hasIndicators() ? Double.NaN : relaxation(model);
        MPSolver scip = MPSolver.createSolver("SCIP");
        MPVariable[] variables = MpModelTranslator.translate(model, scip, false);
        scip.setNumThreads(1);
        scip.setTimeLimit(Math.round(seconds * 1000));
        String accepted = "";
        if (!settings.isEmpty()) {
            accepted = scip.setSolverSpecificParametersAsString(settings) ? "" : "rejected";
        }
        var parameters = new com.google.ortools.linearsolver.MPSolverParameters();
        parameters.setDoubleParam(com.google.ortools.linearsolver.MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        long started = System.nanoTime();
        MPSolver.ResultStatus status = scip.solve(parameters);
        double wall = (System.nanoTime() - started) / 1e9;
        boolean solved = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        System.out.printf(Locale.ROOT, "{\"model\": \"%s\", \"binaries\": %d, \"rows\": %d, \"columns\": %d, "
                        + "\"nonzeros\": %d, \"constant\": %s, \"lp\": %s, \"scip_status\": \"%s\", \"scip_seconds\": %.4f, "
                        + "\"scip_objective\": %s, \"scip_bound\": %s, \"scip_nodes\": %d, \"settings\": \"%s\"}%n",
                file.getFileName(), counts.binaries(), counts.rows(), counts.variables(), counts.nonzeros(),
                json(model.objectiveConstant()), json(lp), status, wall,
                json(solved ? scip.objective().value() : Double.NaN), json(scip.objective().bestBound()),
                scip.nodes(), accepted);
        scip.delete();
        parameters.delete();
        if (variables.length != model.numColumns()) {
            throw new IllegalStateException("translation lost columns");
        }
    }

    /** The LP relaxation's optimum (with the objective constant), solved by GLOP. */
    private static double relaxation(LinearModel model) {
        MPSolver glop = MPSolver.createSolver("GLOP");
        MPVariable[] variables = MpModelTranslator.translate(model, glop, false);
        for (MPVariable variable : variables) {
            variable.setInteger(false);
        }
        MPSolver.ResultStatus status = glop.solve();
        double value = status == MPSolver.ResultStatus.OPTIMAL ? glop.objective().value() : Double.NaN;
        if (Double.isNaN(value)) {
            System.err.println("GLOP: " + status);
        }
        glop.delete();
        return value;
    }

    private static String json(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.9g", value) : "null";
    }
}
