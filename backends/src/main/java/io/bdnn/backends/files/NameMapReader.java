package io.bdnn.backends.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads a name map ({@link NameMapWriter}) back with a streaming parser: the provenance and
 * options, and, column by column, a check that the map's names are the names the current model
 * gets under the map's scheme. Rows are skipped; nothing per entry is kept in memory.
 */
public final class NameMapReader {
    private static final JsonFactory JSON = new JsonFactory();

    private NameMapReader() {
    }

    /**
     * What the map says, and the first column whose name differs from the model's (null when
     * every column matches and the counts agree).
     */
    public record Contents(NameMapHeader header, String columnMismatch) {
    }

    /**
     * Reads a map; {@code schemeFor} gives the model's names under the scheme the map names, or
     * null to skip the column check.
     *
     * @throws IOException when the file is not a readable name map, saying why
     */
    public static Contents read(Path file, Function<NameMapHeader, NameScheme> schemeFor) throws IOException {
        NameMapHeader.Builder header = new NameMapHeader.Builder();
        String mismatch = null;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, file, "not a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> header.format = parser.getText();
                    case "version" -> header.version = parser.getIntValue();
                    case "compiler" -> header.compiler = parser.getText();
                    case "model" -> header.model = parser.getText();
                    case "source" -> header.source = parser.getText();
                    case "source_sha256" -> header.sourceSha256 = parser.getText();
                    case "data_sha256" -> header.dataSha256 = parser.getText();
                    case "model_file" -> header.modelFile = parser.getText();
                    case "options" -> options(parser, header);
                    case "objective" -> objective(parser, header);
                    case "size" -> size(parser, header);
                    case "columns" -> {
                        expect(value == JsonToken.START_ARRAY, file, "\"columns\" is not an array");
                        NameScheme scheme = schemeFor.apply(header.build(file));
                        mismatch = columns(parser, scheme, header.columns);
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a valid name map: " + e.getOriginalMessage(), e);
        }
        return new Contents(header.build(file), mismatch);
    }

    private static void options(JsonParser parser, NameMapHeader.Builder header) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "format" -> header.fileFormat = parser.getText();
                case "names" -> header.names = parser.getText();
                case "gzip" -> header.gzip = parser.getBooleanValue();
                default -> parser.skipChildren();
            }
        }
    }

    private static void objective(JsonParser parser, NameMapHeader.Builder header) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("constant")) {
                header.objectiveConstant = parser.getDoubleValue();
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void size(JsonParser parser, NameMapHeader.Builder header) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "columns" -> header.columns = parser.getLongValue();
                case "rows" -> header.rows = parser.getLongValue();
                case "nonzeros" -> header.nonzeros = parser.getLongValue();
                default -> parser.skipChildren();
            }
        }
    }

    /** Compares the entries' names with the scheme's; returns the first difference or null. */
    private static String columns(JsonParser parser, NameScheme scheme, long declared) throws IOException {
        int col = 0;
        String mismatch = null;
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            parser.nextToken();
            String name = parser.getText();
            parser.skipChildren();
            while (parser.currentToken() != JsonToken.END_ARRAY) {
                parser.nextToken();
            }
            if (scheme != null && mismatch == null) {
                if (col >= scheme.model.numColumns()) {
                    mismatch = "the map has more columns than the model's " + scheme.model.numColumns();
                } else if (!scheme.columnName(col).equals(name)) {
                    mismatch = "column " + (col + 1) + " is " + name + " in the map but " + scheme.columnName(col)
                            + " in the model";
                }
            }
            col++;
        }
        if (col != declared && mismatch == null) {
            mismatch = "the map lists " + col + " columns but its size says " + declared;
        }
        if (scheme != null && mismatch == null && col != scheme.model.numColumns()) {
            mismatch = "the map has " + col + " columns but the model has " + scheme.model.numColumns();
        }
        return mismatch;
    }

    private static void expect(boolean condition, Path file, String problem) throws IOException {
        if (!condition) {
            throw new IOException(file + ": not a valid name map: " + problem);
        }
    }
}
