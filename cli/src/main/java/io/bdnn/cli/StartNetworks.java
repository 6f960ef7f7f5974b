package io.bdnn.cli;

import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Domain;
import io.bdnn.network.Network;
import io.bdnn.network.NetworkSpec;

/** Checks that a network given with {@code --start} fits the model it should start training. */
final class StartNetworks {
    private StartNetworks() {
    }

    /** What does not fit, in words, or null when the network fits the model's shape and weight domain. */
    static String problem(Network network, ModelDefinition definition) {
        String shape = shapeProblem(network, definition);
        return shape != null ? shape : domainProblem(network, definition.network());
    }

    /** Why the network cannot read the model's data or predict its classes, or null. */
    static String shapeProblem(Network network, ModelDefinition definition) {
        NetworkSpec spec = definition.network();
        if (network.inputs() != spec.inputs()) {
            return "the network reads " + network.inputs() + " features, the model's data has " + spec.inputs();
        }
        if (network.depth() != spec.depth()) {
            return "the network has " + network.depth() + " layers, the model " + spec.depth();
        }
        for (int l = 0; l < spec.depth(); l++) {
            if (network.width(l) != spec.layer(l).width()) {
                return "layer " + (l + 1) + " has " + network.width(l) + " neurons in the network, "
                        + spec.layer(l).width() + " in the model";
            }
        }
        if (!network.classLabels().equals(definition.data().classLabels())) {
            return "the network's classes " + network.classLabels() + " differ from the data's "
                    + definition.data().classLabels();
        }
        return null;
    }

    /** {@link #shapeProblem} for a network or an ensemble (each member: the model's layers with 2 outputs). */
    static String shapeProblem(io.bdnn.network.Classifier classifier, ModelDefinition definition) {
        if (classifier instanceof Network network) {
            return shapeProblem(network, definition);
        }
        io.bdnn.network.Ensemble ensemble = (io.bdnn.network.Ensemble) classifier;
        if (!ensemble.classLabels().equals(definition.data().classLabels())) {
            return "the ensemble's classes " + ensemble.classLabels() + " differ from the data's "
                    + definition.data().classLabels();
        }
        NetworkSpec spec = definition.network();
        for (io.bdnn.network.Ensemble.Member member : ensemble.members()) {
            Network network = member.network();
            String which = "ensemble member " + member.index() + ": ";
            if (network.inputs() != spec.inputs()) {
                return which + "reads " + network.inputs() + " features, the model's data has " + spec.inputs();
            }
            if (network.depth() != spec.depth()) {
                return which + "has " + network.depth() + " layers, the model " + spec.depth();
            }
            for (int l = 0; l + 1 < spec.depth(); l++) {
                if (network.width(l) != spec.layer(l).width()) {
                    return which + "layer " + (l + 1) + " has " + network.width(l) + " neurons, "
                            + spec.layer(l).width() + " in the model";
                }
            }
        }
        return null;
    }

    private static String domainProblem(Network network, NetworkSpec spec) {
        for (int l = 0; l < spec.depth(); l++) {
            for (int k = 0; k < network.width(l); k++) {
                for (int j = 0; j < network.weights()[l][k].length; j++) {
                    double weight = network.weights()[l][k][j];
                    if (!fits(weight, spec.weights())) {
                        return "layer " + spec.layer(l).name() + " neuron " + (k + 1) + " input " + (j + 1)
                                + " has weight " + weight + " outside the model's domain " + spec.weights();
                    }
                }
            }
        }
        return null;
    }

    private static boolean fits(double value, Domain domain) {
        return value >= domain.lo() && value <= domain.hi() && (!domain.isInteger() || value == Math.rint(value));
    }
}
