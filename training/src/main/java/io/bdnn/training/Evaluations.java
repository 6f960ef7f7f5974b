package io.bdnn.training;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.network.Evaluation;
import io.bdnn.network.ForwardPass;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;

/** Forward-pass evaluations of a network on the model's splits, shared by the heuristics. */
public final class Evaluations {
    private Evaluations() {
    }

    public static Evaluation train(Network network, PreparedData data) {
        return ForwardPass.evaluate(network, "train", data.train().x(), data.train().y());
    }

    /** The evaluation on a split, or null when the split is empty. */
    public static Evaluation of(Network network, Split split) {
        return split == null || split.isEmpty() ? null : ForwardPass.evaluate(network, split.name(), split.x(), split.y());
    }

    /** The evaluation of a network or an ensemble on a split, or null when the split is empty. */
    public static Evaluation of(io.bdnn.network.Classifier classifier, Split split) {
        return split == null || split.isEmpty() ? null : classifier.evaluate(split.name(), split.x(), split.y());
    }

    /** Validation accuracy, or NaN without a validation split. */
    public static double validationAccuracy(Network network, PreparedData data) {
        Evaluation validation = of(network, data.validation());
        return validation == null ? Double.NaN : validation.accuracy();
    }

    /**
     * The result of a heuristic's best network: its MILP's solve and check, and the forward pass
     * on every split of the model.
     */
    public static TrainingResult result(ModelDefinition definition, SolverOptions options, Subproblem best) {
        String method = definition.training().method();
        if (best == null || best.network() == null) {
            return new TrainingResult(method, options, best == null ? null : best.solve(), null, null, null, null, null);
        }
        PreparedData data = definition.data();
        Network network = best.network();
        return new TrainingResult(method, options, best.solve(), network, train(network, data),
                of(network, data.validation()), of(network, data.test()), best.check());
    }

    /** The run's best MILP as a compiled model, for reports of its size and margins. */
    public static CompiledModel problem(ModelDefinition definition, Subproblem best) {
        return best == null ? null : new CompiledModel(definition, best.lowered(), best.compileSeconds());
    }
}
