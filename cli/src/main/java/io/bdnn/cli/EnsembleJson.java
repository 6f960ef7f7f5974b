package io.bdnn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Classifier;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained ensemble as JSON ({@code "format": "bdnn-ensemble"}): the scheme and vote, the class
 * labels and scaler of the whole model, and every trained member as its class indices and a
 * network in the single-network format. {@code "complete": false} marks an ensemble saved after
 * an interrupt: some members are missing or were cut short ({@code "complete": false} on them).
 */
final class EnsembleJson {
    static final String FORMAT = "bdnn-ensemble";

    private EnsembleJson() {
    }

    static ObjectNode toJson(Ensemble ensemble, String model) {
        ObjectNode root = NetworkJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("model", model);
        root.put("scheme", ensemble.scheme());
        root.put("vote", ensemble.vote());
        root.put("inputs", ensemble.inputs());
        root.put("member_count", ensemble.memberCount());
        root.put("complete", ensemble.complete());
        ArrayNode classes = root.putArray("classes");
        ensemble.classLabels().forEach(classes::add);
        ArrayNode members = root.putArray("members");
        for (Ensemble.Member member : ensemble.members()) {
            ObjectNode node = members.addObject();
            node.put("index", member.index());
            ArrayNode memberClasses = node.putArray("classes");
            for (int c : member.classes()) {
                memberClasses.add(c);
            }
            node.put("complete", member.complete());
            node.set("network", NetworkJson.toJson(member.network(), model));
        }
        return root;
    }

    static void write(Path file, Ensemble ensemble, String model) throws IOException {
        AtomicFile.write(file, out -> NetworkJson.MAPPER.writeValue(out, toJson(ensemble, model)));
    }

    /** A saved network or ensemble; a malformed file is an IOException saying what is wrong. */
    static Classifier read(Path file) throws IOException {
        JsonNode root = NetworkJson.MAPPER.readTree(file.toFile());
        if (!FORMAT.equals(root.path("format").asText())) {
            return NetworkJson.read(file);
        }
        String scheme = root.path("scheme").asText();
        if (!scheme.equals("one_vs_one") && !scheme.equals("one_vs_rest")) {
            throw new IOException(file + ": unknown ensemble scheme '" + scheme + "'");
        }
        List<String> labels = new ArrayList<>();
        root.path("classes").forEach(node -> labels.add(node.asText()));
        List<Ensemble.Member> members = new ArrayList<>();
        for (JsonNode node : root.path("members")) {
            JsonNode classNodes = node.path("classes");
            int[] classes = new int[classNodes.size()];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = classNodes.get(i).asInt(-1);
                if (classes[i] < 0 || classes[i] >= labels.size()) {
                    throw new IOException(file + ": member " + node.path("index").asInt() + " names class "
                            + classNodes.get(i).asText() + ", the ensemble has " + labels.size() + " classes");
                }
            }
            if (classes.length != (scheme.equals("one_vs_one") ? 2 : 1)) {
                throw new IOException(file + ": member " + node.path("index").asInt() + " has " + classes.length
                        + " classes, a " + scheme + " member has " + (scheme.equals("one_vs_one") ? 2 : 1));
            }
            Network network = NetworkJson.fromJson(node.path("network"), file);
            if (network.width(network.depth() - 1) != 2) {
                throw new IOException(file + ": member " + node.path("index").asInt() + " has "
                        + network.width(network.depth() - 1) + " outputs, an ensemble member has 2");
            }
            members.add(new Ensemble.Member(node.path("index").asInt(), classes, network,
                    node.path("complete").asBoolean(true)));
        }
        if (members.isEmpty()) {
            throw new IOException(file + ": the ensemble has no member");
        }
        int count = root.path("member_count").asInt(members.size());
        Network.Scaling scaling = members.get(0).network().scaling();
        return new Ensemble(scheme, root.path("vote").asText("majority"), members, count, labels, scaling);
    }
}
