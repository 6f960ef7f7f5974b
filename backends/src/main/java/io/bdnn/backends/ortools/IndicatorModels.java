package io.bdnn.backends.ortools;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPGeneralConstraintProto;
import com.google.ortools.linearsolver.MPIndicatorConstraint;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
import io.bdnn.milp.LinearModel;

/**
 * Loads a model with indicator rows ({@code method exact indicators}) into an {@code MPSolver}:
 * the Java API has no call that makes an indicator constraint, but {@code loadModelFromProto}
 * reads them from an {@code MPModelProto}, where an indicator row {@code x_c = v => lo <= a'x <= hi}
 * is a general constraint ({@code MPIndicatorConstraint}: {@code var_index} c, {@code var_value}
 * v, the row as its {@code constraint}). Ordinary rows are {@code MPConstraintProto}s as in
 * {@link MpModelTranslator}. Of OR-Tools' MILP solvers SCIP and CP-SAT accept them (CBC and HiGHS
 * fail the load: "Solver doesn't support indicator constraints", refused before by
 * {@link OrToolsSupport}). Building the proto costs more than the direct translation, which is
 * why only models with indicators take this path.
 */
final class IndicatorModels {
    private IndicatorModels() {
    }

    /** Loads the model into an empty solver and returns its variables in column order. */
    static MPVariable[] load(LinearModel model, MPSolver solver, boolean names) {
        MPModelProto proto = proto(model, names, MPSolver.infinity());
        // Keeping names needs them unique, which the model's are (family and index).
        String problem = names ? solver.loadModelFromProtoKeepNames(proto) : solver.loadModelFromProto(proto);
        if (!problem.isEmpty()) {
            throw new IllegalStateException("OR-Tools refused the model with indicator rows: " + problem);
        }
        MPVariable[] variables = solver.variables();
        if (variables.length != model.numColumns()) {
            throw new IllegalStateException("OR-Tools loaded " + variables.length + " of " + model.numColumns()
                    + " columns");
        }
        return variables;
    }

    static MPModelProto proto(LinearModel model, boolean names, double infinity) {
        MPModelProto.Builder proto = MPModelProto.newBuilder().setMaximize(false)
                .setObjectiveOffset(model.objectiveConstant());
        for (int col = 0; col < model.numColumns(); col++) {
            MPVariableProto.Builder variable = MPVariableProto.newBuilder()
                    .setLowerBound(MpModelTranslator.finite(model.colLo(col), infinity))
                    .setUpperBound(MpModelTranslator.finite(model.colHi(col), infinity))
                    .setIsInteger(model.colType(col).isIntegral())
                    .setObjectiveCoefficient(model.objective(col));
            if (names) {
                variable.setName(model.columnName(col));
            }
            proto.addVariable(variable);
        }
        int[] columns = model.rowColumns();
        double[] coefficients = model.rowCoefficients();
        for (int row = 0; row < model.numRows(); row++) {
            MPConstraintProto.Builder constraint = MPConstraintProto.newBuilder()
                    .setLowerBound(MpModelTranslator.finite(model.rowLo(row), infinity))
                    .setUpperBound(MpModelTranslator.finite(model.rowHi(row), infinity));
            for (int nz = model.rowStart(row); nz < model.rowEnd(row); nz++) {
                constraint.addVarIndex(columns[nz]).addCoefficient(coefficients[nz]);
            }
            String name = names ? model.rowName(row) : "";
            int indicator = model.indicatorColumn(row);
            if (indicator < 0) {
                proto.addConstraint(constraint.setName(name));
            } else {
                proto.addGeneralConstraint(MPGeneralConstraintProto.newBuilder().setName(name)
                        .setIndicatorConstraint(MPIndicatorConstraint.newBuilder().setVarIndex(indicator)
                                .setVarValue(model.indicatorValue(row)).setConstraint(constraint)));
            }
        }
        return proto.build();
    }
}
