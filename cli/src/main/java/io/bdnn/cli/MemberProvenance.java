package io.bdnn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a member's saved network came from, so that {@code bdnn merge} can refuse a foreign one:
 * {@code bdnn train --member N --save net.json} adds a {@code "member"} object to the saved
 * network with the ensemble model's name, the member's index and classes, the scheme, the
 * SHA-256 of the model file and of the member's data (its classes' points after loading,
 * splitting and scaling). A single network saved without {@code --member} has no such object.
 */
final class MemberProvenance {
    private MemberProvenance() {
    }

    static ObjectNode of(ModelDefinition whole, EnsembleMembers.Member member, int memberCount) {
        ObjectNode node = NetworkJson.MAPPER.createObjectNode();
        node.put("model", whole.name());
        node.put("scheme", whole.training().plan().ensemble().scheme());
        node.put("index", member.index());
        node.put("member_count", memberCount);
        ArrayNode classes = node.putArray("classes");
        for (int c : member.classes()) {
            classes.add(c);
        }
        node.put("source_hash", whole.sourceHash());
        node.put("data_hash", member.definition().data().dataHash());
        return node;
    }

    /** Adds the provenance to a saved member network (rewriting the file atomically). */
    static void stamp(Path saved, ObjectNode provenance) throws IOException {
        if (!Files.isRegularFile(saved)) {
            return;
        }
        ObjectNode root = (ObjectNode) NetworkJson.MAPPER.readTree(saved.toFile());
        root.set("member", provenance);
        AtomicFile.write(saved, out -> NetworkJson.MAPPER.writeValue(out, root));
    }

    /** Why the saved network is not this member of this model, or null when it is. */
    static String problem(JsonNode saved, ObjectNode expected) {
        JsonNode found = saved.path("member");
        if (found.isMissingNode()) {
            return "it has no member provenance (it was not saved by 'bdnn train --member')";
        }
        String model = hashProblem(found, expected, "source_hash", "model file");
        if (model != null) {
            return model;
        }
        if (found.path("index").asInt(-1) != expected.path("index").asInt()
                || !found.path("classes").equals(expected.path("classes"))) {
            return "it is member " + (found.path("index").asInt(-1) + 1) + " " + found.path("classes")
                    + ", not member " + (expected.path("index").asInt() + 1) + " " + expected.path("classes");
        }
        return hashProblem(found, expected, "data_hash", "data set");
    }

    private static String hashProblem(JsonNode found, JsonNode expected, String field, String what) {
        if (found.path(field).asText().equals(expected.path(field).asText())) {
            return null;
        }
        return "it was trained from another " + what + " (" + field + " " + abbreviate(found.path(field).asText())
                + ", this plan's " + abbreviate(expected.path(field).asText()) + ")";
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }
}
