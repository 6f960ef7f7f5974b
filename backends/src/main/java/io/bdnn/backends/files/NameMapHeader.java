package io.bdnn.backends.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The top of a name map: what a solution must match to belong to the model (see
 * {@link NameMapWriter} for the fields).
 */
public record NameMapHeader(String compiler, String model, String source, String sourceSha256, String dataSha256,
                            String modelFile, ModelFileFormat fileFormat, NameScheme.Kind names, boolean gzip,
                            double objectiveConstant, long columns, long rows, long nonzeros) {

    /** Collects the fields as the streaming reader meets them. */
    static final class Builder {
        String format;
        int version;
        String compiler;
        String model;
        String source;
        String sourceSha256;
        String dataSha256;
        String modelFile;
        String fileFormat;
        String names;
        boolean gzip;
        double objectiveConstant = Double.NaN;
        long columns = -1;
        long rows = -1;
        long nonzeros = -1;

        NameMapHeader build(Path file) throws IOException {
            if (!NameMapWriter.FORMAT.equals(format)) {
                throw new IOException(file + ": not a bdnn name map (missing \"format\": \"" + NameMapWriter.FORMAT + "\")");
            }
            if (version != NameMapWriter.VERSION) {
                throw new IOException(file + ": name map version " + version + " is not supported (expected "
                        + NameMapWriter.VERSION + ")");
            }
            ModelFileFormat parsedFormat = ModelFileFormat.byLabel(fileFormat);
            NameScheme.Kind parsedNames = NameScheme.Kind.byLabel(names);
            if (parsedFormat == null || parsedNames == null || sourceSha256 == null || dataSha256 == null
                    || Double.isNaN(objectiveConstant) || columns < 0) {
                throw new IOException(file + ": the name map lacks its options, hashes, objective or size");
            }
            return new NameMapHeader(compiler, model, source, sourceSha256, dataSha256, modelFile, parsedFormat,
                    parsedNames, gzip, objectiveConstant, columns, rows, nonzeros);
        }
    }
}
