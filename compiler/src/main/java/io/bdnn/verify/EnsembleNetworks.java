package io.bdnn.verify;

import io.bdnn.ir.Grouping;
import io.bdnn.ir.IrGraph;
import io.bdnn.ir.IrLayer;
import io.bdnn.ir.IrNode;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * An ensemble ({@link Ensemble}, one-vs-one or one-vs-rest) as a {@link VerifiedModel}: the
 * prediction is {@code EnsembleVote}'s, the one {@code bdnn predict} uses; the graph holds every
 * member's layers, weights and biases fixed, as one chain each (member m's layers named
 * {@code m<index>_<layer>}, indices unique across the graph), all reading the same
 * {@link IrNode.InputBall}, and one {@link IrNode.EnsembleChange} reading every member's outputs
 * and output pre-activations: the elected class at the perturbed point is not the predicted one.
 */
public final class EnsembleNetworks implements VerifiedModel {
    private final Ensemble ensemble;

    public EnsembleNetworks(Ensemble ensemble) {
        this.ensemble = ensemble;
    }

    @Override
    public int inputs() {
        return ensemble.inputs();
    }

    @Override
    public Network.Scaling scaling() {
        return ensemble.scaling();
    }

    @Override
    public int predict(double[] scaled) {
        return ensemble.predict(scaled);
    }

    @Override
    public IrGraph graph(double[] centre, double[] radii, int predicted, double searchUpTo) {
        DirectedAcyclicGraph<IrNode, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
        List<IrLayer> layers = new ArrayList<>();
        List<IrLayer> outputLayers = new ArrayList<>();
        List<IrNode.Activations> outputs = new ArrayList<>();
        int[][] classes = new int[ensemble.members().size()][];
        IrNode.InputBall ball = null;
        for (int m = 0; m < classes.length; m++) {
            Ensemble.Member member = ensemble.members().get(m);
            outputs.add(SingleNetwork.chain(graph, member.network(), "m" + member.index() + "_", layers, ball, centre,
                    radii, searchUpTo));
            outputLayers.add(layers.get(layers.size() - 1));
            classes[m] = member.classes().clone();
            if (ball == null) {
                ball = graph.vertexSet().stream().filter(IrNode.InputBall.class::isInstance)
                        .map(IrNode.InputBall.class::cast).findFirst().orElseThrow();
            }
        }
        var change = SingleNetwork.add(graph, new IrNode.EnsembleChange(layers.get(0), List.copyOf(outputLayers),
                List.copyOf(outputs), classes, ensemble.classLabels().size(), predicted, integralMargins()));
        for (IrNode.Activations output : outputs) {
            graph.addEdge(output, change);
        }
        return new IrGraph(graph, new double[][] {centre.clone()}, new int[] {predicted}, List.copyOf(layers),
                Grouping.identity(1));
    }

    /**
     * Whether every member margin {@code s_0 - s_1} is an integer at every input: each member has
     * a hidden layer (its outputs read binaries) and integral output weights and biases.
     */
    boolean integralMargins() {
        for (Ensemble.Member member : ensemble.members()) {
            Network network = member.network();
            int last = network.depth() - 1;
            if (last == 0) {
                return false;
            }
            for (double[] row : network.weights()[last]) {
                for (double w : row) {
                    if (w != Math.rint(w)) {
                        return false;
                    }
                }
            }
            for (double b : network.biases()[last]) {
                if (b != Math.rint(b)) {
                    return false;
                }
            }
        }
        return true;
    }
}
