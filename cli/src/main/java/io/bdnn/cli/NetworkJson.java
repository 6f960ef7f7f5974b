package io.bdnn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained network as JSON: layers with weights and biases, the scaler fitted on the training
 * rows, and the class labels, so that later commands can evaluate it on raw data.
 */
public final class NetworkJson {
    static final String FORMAT = "bdnn-network";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NetworkJson() {
    }

    public static ObjectNode toJson(Network network, String model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("model", model);
        root.put("inputs", network.inputs());
        ArrayNode layers = root.putArray("layers");
        for (int l = 0; l < network.depth(); l++) {
            ObjectNode layer = layers.addObject();
            layer.put("name", network.layerNames().get(l));
            ArrayNode weights = layer.putArray("weights");
            for (double[] row : network.weights()[l]) {
                ArrayNode values = weights.addArray();
                for (double value : row) {
                    values.add(value);
                }
            }
            ArrayNode biases = layer.putArray("biases");
            for (double value : network.biases()[l]) {
                biases.add(value);
            }
        }
        ObjectNode scaler = root.putObject("scaler");
        scaler.put("kind", network.scaling().kind());
        array(scaler.putArray("offset"), network.scaling().offset());
        array(scaler.putArray("scale"), network.scaling().scale());
        ArrayNode classes = root.putArray("classes");
        network.classLabels().forEach(classes::add);
        return root;
    }

    public static void write(Path file, Network network, String model) throws IOException {
        AtomicFile.write(file, out -> MAPPER.writeValue(out, toJson(network, model)));
    }

    /** Reads a saved network; a malformed file is an IOException whose message says what is wrong. */
    public static Network read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (EnsembleJson.FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": an ensemble, not a single network; this option takes one network");
        }
        return fromJson(root, file);
    }

    /** The network held in a JSON tree (a whole file, or an ensemble's member). */
    static Network fromJson(JsonNode root, Path file) throws IOException {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": not a bdnn network file (missing \"format\": \"" + FORMAT + "\")");
        }
        List<String> names = new ArrayList<>();
        JsonNode layers = root.path("layers");
        double[][][] weights = new double[layers.size()][][];
        double[][] biases = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            JsonNode layer = layers.get(l);
            names.add(layer.path("name").asText());
            JsonNode rows = layer.path("weights");
            weights[l] = new double[rows.size()][];
            for (int k = 0; k < rows.size(); k++) {
                weights[l][k] = doubles(rows.get(k));
            }
            biases[l] = doubles(layer.path("biases"));
        }
        JsonNode scaler = root.path("scaler");
        Network.Scaling scaling = new Network.Scaling(scaler.path("kind").asText(), doubles(scaler.path("offset")),
                doubles(scaler.path("scale")));
        List<String> classes = new ArrayList<>();
        root.path("classes").forEach(node -> classes.add(node.asText()));
        return new Network(names, weights, biases, scaling, classes);
    }

    private static void array(ArrayNode target, double[] values) {
        for (double value : values) {
            target.add(value);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
