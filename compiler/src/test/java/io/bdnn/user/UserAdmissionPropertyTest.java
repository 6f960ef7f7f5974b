package io.bdnn.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.ir.FormEvaluator;
import io.bdnn.ir.IrNode;
import io.bdnn.ir.UserNodes;
import io.bdnn.lowering.LoweredNetwork;
import io.bdnn.lowering.Refs;
import io.bdnn.lowering.StartBuilder;
import io.bdnn.milp.LinearModel;
import io.bdnn.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For random data and random networks, the rows of every user rule admit the forward pass: the
 * start built from the network ({@link StartBuilder}: weights, biases, activations, and every aux,
 * term and stage column at its value by forward pass) satisfies every row of the model, and the
 * objective is the forward pass's first stage. The model uses
 * every kind of atom, one-sided and exact, nested, and every loss term. Conversely, the rows of
 * the exact atoms pin them: a flipped prediction or a moved product violates one of its own rows.
 */
class UserAdmissionPropertyTest {
    private static final String TRAIN = """
            train {
              loss lexicographic { first misclassified + 0.5 hinge margin 1, then min_nonzero + 0.1 min_weight + max_margin }
              constraint a: forall k in hidden: sum(j in inputs) abs(W[hidden][k, j]) <= 9
              constraint b: abs(W[hidden][1, 1] - W[hidden][2, 2] + b[hidden][1]) >= 0
              constraint c: sum(k in hidden) active(hidden, k) + nonzero(W[output][1, 1] + W[output][2, 2]) <= 9
              constraint d: forall i in train: u[hidden][i, 1] * W[output][1, 2] + predict(i, 2) * pre[output][i, 1] >= -99
              constraint e: abs(abs(pre[hidden][1, 1]) - 1) + abs(2 - abs(W[output][2, 1])) <= 99
              constraint f: forall i in train: -99 <= predict(i, 1) - 2 * u[output][i, 2] <= 99
            }
            """;

    @Property(tries = 150)
    void everyUserRowAdmitsTheForwardPass(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws IOException {
        Random random = new Random(seed);
        int samples = 2 + random.nextInt(4);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < samples; i++) {
            int label = i < 2 ? i : random.nextInt(2);
            rows.append(random.nextInt(3)).append(' ').append(random.nextInt(3)).append(" : ").append(label).append('\n');
        }
        Path file = Files.createTempFile("admission", ".bdnn");
        Files.writeString(file, "model admission\ndata { inline {\n" + rows + "} }\n" + """
                network {
                  layer hidden: 2 step
                  layer output: classes step
                  weights integer in [-1, 1]
                  bias integer in [-2, 2]
                }
                """ + TRAIN);
        CompiledModel compiled = Compiler.lower(Compiler.check(file));
        Files.delete(file);
        LoweredNetwork lowered = compiled.lowered();
        Network network = randomNetwork(random, compiled);
        double[][] x = lowered.graph().inputs();
        FormEvaluator evaluator = new FormEvaluator(network, x, lowered.graph().labels());

        StartBuilder.Start start = StartBuilder.fromNetwork(lowered, network);
        assertThat(start.conflicts()).isEmpty();
        double[] values = start.values();
        LinearModel model = lowered.model();
        UserNodes.Objective objective = null;
        for (IrNode node : lowered.graph().graph().vertexSet()) {
            if (node instanceof UserNodes.Objective found) {
                objective = found;
            }
        }
        // The start is the forward pass's: every term column holds its form's forward value.
        Map<String, Integer> columns = new HashMap<>();
        for (int col = 0; col < model.numColumns(); col++) {
            columns.put(model.columnName(col), col);
        }
        for (List<UserNodes.Term> stage : objective.stages()) {
            for (UserNodes.Term term : stage) {
                assertThat(values[columns.get("loss/" + term.name())]).isEqualTo(evaluator.value(term.form()));
            }
        }
        Refs stages = lowered.refs().get(objective);
        assertThat(violations(model, values)).isEmpty();
        assertThat(model.evaluateObjective(values)).isEqualTo(values[stages.column(0)]);

        // Exact atoms admit nothing else: a flipped prediction or a moved product breaks its own rows.
        for (int col = 0; col < model.numColumns(); col++) {
            String name = model.columnName(col);
            boolean prediction = name.startsWith("predict/");
            if (prediction || name.endsWith("/prod")) {
                double[] moved = values.clone();
                moved[col] = prediction ? 1 - values[col] : values[col] + (values[col] < model.colHi(col) ? 1 : -1);
                String own = name.substring(0, name.lastIndexOf('/') + 1);
                assertThat(violations(model, moved)).as("moving %s", name).anyMatch(row -> row.startsWith(own)
                        && !row.endsWith(" bound"));
            }
        }
    }

    private static List<String> violations(LinearModel model, double[] values) {
        List<String> violated = new ArrayList<>();
        for (int row = 0; row < model.numRows(); row++) {
            double activity = model.rowActivity(row, values);
            if (activity < model.rowLo(row) - 1e-9 || activity > model.rowHi(row) + 1e-9) {
                violated.add(model.rowName(row));
            }
        }
        for (int col = 0; col < model.numColumns(); col++) {
            if (values[col] < model.colLo(col) - 1e-9 || values[col] > model.colHi(col) + 1e-9) {
                violated.add(model.columnName(col) + " bound");
            }
        }
        return violated;
    }

    /** Ternary weights and biases in [-2, 2], as the model declares. */
    private static Network randomNetwork(Random random, CompiledModel compiled) {
        var spec = compiled.definition().network();
        double[][][] weights = new double[spec.depth()][][];
        double[][] biases = new double[spec.depth()][];
        List<String> names = new ArrayList<>();
        for (int l = 0; l < spec.depth(); l++) {
            names.add(spec.layer(l).name());
            weights[l] = new double[spec.layer(l).width()][spec.fanIn(l)];
            biases[l] = new double[spec.layer(l).width()];
            for (int k = 0; k < spec.layer(l).width(); k++) {
                for (int j = 0; j < spec.fanIn(l); j++) {
                    weights[l][k][j] = random.nextInt(3) - 1;
                }
                biases[l][k] = random.nextInt(5) - 2;
            }
        }
        return new Network(names, weights, biases, compiled.definition().scaling(),
                compiled.definition().data().classLabels());
    }
}
