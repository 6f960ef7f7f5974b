package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostic;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.text.Utf8Scanner;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@code csv "path" delimiter ";" header false label last} source with Apache Commons
 * CSV, streaming record by record into primitive feature vectors.
 *
 * <p>The first row (or the header) fixes the number of columns; one of them is the label, the
 * others are features that must be finite decimal numbers. Empty and blank lines are skipped.
 * Problems with the statement are reported at the model; problems inside the file are reported
 * at the file, line and column, e.g. {@code data.csv:17:1: row has 9 values, expected 10}
 * (columns assume unquoted fields before the one reported). After {@value #MAX_FILE_ERRORS}
 * such errors reading stops. Reading also stops once {@code limit} rows are read, so
 * {@code take 80} reads 80 rows of a large file and never looks at the rest.
 *
 * <p>The file must be UTF-8 text (a byte order mark and CRLF are fine): UTF-16, a NUL byte or an
 * invalid byte is reported at its line and column in the file ({@link DataFile#headProblem}).
 * A first row without the delimiter in which another usual one stands is reported at the csv
 * statement, naming that delimiter ({@link LikelyDelimiter}); the delimiter is never guessed.
 */
final class CsvDataReader {
    static final int MAX_FILE_ERRORS = 10;
    /** Commons CSV messages start with {@code (line N)} or {@code (startline N)}. */
    private static final Pattern CSV_MESSAGE = Pattern.compile("^\\((?:start)?line (\\d+)\\)\\s*(.*)$");

    private final Ast.CsvSource source;
    private final String delimiter;
    private final Path file;
    private final String fileName;
    private final Diagnostics diagnostics;
    private final LabelNormaliser normaliser = new LabelNormaliser();
    private int fileErrors;

    private CsvDataReader(Ast.CsvSource source, String delimiter, Path file, Diagnostics diagnostics) {
        this.source = source;
        this.delimiter = delimiter;
        this.file = file;
        this.fileName = DataFile.displayName(file);
        this.diagnostics = diagnostics;
    }

    /** Reads at most {@code limit} rows; null after reporting why the data cannot be used. */
    static RawData read(Ast.CsvSource source, Path baseDir, long limit, Diagnostics diagnostics) {
        String delimiter = delimiter(source, diagnostics);
        boolean header = Boolean.TRUE.equals(source.header());
        if (source.label() instanceof Ast.NamedLabel named && !header) {
            diagnostics.error(named.span(), CsvLabelColumn.needsHeader(named));
            return null;
        }
        Path resolved;
        try {
            resolved = DataFile.resolve(baseDir, source.path());
        } catch (InvalidPathException e) {
            diagnostics.error(source.pathSpan(), "cannot read '" + source.path() + "': not a valid path");
            return null;
        }
        String problem = DataFile.problem(resolved);
        if (problem != null) {
            diagnostics.error(source.pathSpan(), "cannot read '" + source.path() + "': " + problem);
            return null;
        }
        if (delimiter == null) {
            return null;
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        CsvDataReader reader = new CsvDataReader(source, delimiter, resolved, diagnostics);
        try {
            Utf8Scanner.Problem encoding = DataFile.headProblem(resolved);
            if (encoding != null) {
                reader.encodingError(encoding);
                return null;
            }
        } catch (IOException e) {
            diagnostics.error(source.pathSpan(), "cannot read '" + source.path() + "': " + e.getMessage());
            return null;
        }
        try (Reader text = DataFile.open(resolved); CSVParser parser = format.parse(text)) {
            return reader.readRecords(parser, header, limit);
        } catch (IOException e) {
            reader.readError(e);
            return null;
        }
    }

    /**
     * The delimiter as written, with {@code "\t"} standing for a tab, and {@code ","} when none
     * is written; null after reporting one that cannot work.
     */
    private static String delimiter(Ast.CsvSource source, Diagnostics diagnostics) {
        String written = source.delimiter();
        if (written == null) {
            return ",";
        }
        String delimiter = written.equals("\\t") ? "\t" : written;
        if (delimiter.isEmpty()) {
            diagnostics.error(source.span(), "delimiter must not be empty");
            return null;
        }
        if (delimiter.indexOf('"') >= 0 || delimiter.indexOf('\n') >= 0 || delimiter.indexOf('\r') >= 0) {
            diagnostics.error(source.span(), "delimiter cannot contain a quote or a line break");
            return null;
        }
        return delimiter;
    }

    private RawData readRecords(CSVParser parser, boolean header, long limit) {
        int errorsBefore = diagnostics.errors().size();
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> names = null;
        int width = -1;
        int labelColumn = -1;
        try {
            Iterator<CSVRecord> records = parser.iterator();
            if (header) {
                CSVRecord first = CsvRows.nextNonBlank(records);
                if (first == null) {
                    diagnostics.error(source.pathSpan(), "'" + source.path()
                            + "' is empty, but 'header true' asks for a header row");
                    return null;
                }
                names = CsvRows.headerNames(first);
                width = names.size();
                if (width == 1 && otherDelimiter(first, parser.getCurrentLineNumber())) {
                    return null;
                }
                labelColumn = layout(width, names);
                if (labelColumn < 0) {
                    return null;
                }
            }
            while (rows.size() < limit && fileErrors < MAX_FILE_ERRORS) {
                CSVRecord record = CsvRows.nextNonBlank(records);
                if (record == null) {
                    break;
                }
                long line = parser.getCurrentLineNumber();
                if (width < 0) {
                    width = record.size();
                    if (width == 1 && otherDelimiter(record, line)) {
                        return null;
                    }
                    labelColumn = layout(width, null);
                    if (labelColumn < 0) {
                        return null;
                    }
                }
                if (record.size() != width) {
                    fileError(line, 1, 1, "row has " + InlineData.count(record.size()) + ", expected " + width);
                    continue;
                }
                double[] features = new double[width - 1];
                String label = readRow(record, line, labelColumn, features);
                if (label != null) {
                    rows.add(features);
                    labels.add(label);
                }
            }
        } catch (UncheckedIOException e) {
            malformed(parser, e);
            return null;
        }
        if (fileErrors >= MAX_FILE_ERRORS) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.NOTE, SourceSpan.none(fileName),
                    "stopped reading after " + MAX_FILE_ERRORS + " errors"));
        }
        if (diagnostics.errors().size() > errorsBefore) {
            return null;
        }
        if (rows.isEmpty()) {
            diagnostics.error(source.pathSpan(), "'" + source.path() + "' has "
                    + (header ? "a header but no data rows" : "no data rows"));
            return null;
        }
        List<String> featureNames = names == null ? RawData.numberedNames(width - 1) : CsvRows.without(names, labelColumn);
        return new RawData(rows.toArray(new double[0][]), labels.toArray(new String[0]), featureNames);
    }

    /** Checks the width and finds the label column; -1 after reporting a problem. */
    private int layout(int width, List<String> header) {
        int labelColumn = CsvLabelColumn.resolve(source, width, header, diagnostics);
        if (labelColumn >= 0 && width < 2) {
            diagnostics.error(source.pathSpan(), "'" + source.path() + "' has only 1 column; "
                    + "it needs at least one feature column besides the label");
            return -1;
        }
        return labelColumn;
    }

    /**
     * Parses the features of one record into {@code features} and returns its class name, or
     * returns null after reporting the first bad value in the record.
     */
    private String readRow(CSVRecord record, long line, int labelColumn, double[] features) {
        int column = 1;
        int feature = 0;
        String label = null;
        for (int j = 0; j < record.size(); j++) {
            String raw = record.get(j);
            String text = raw.trim();
            if (j == labelColumn) {
                if (text.isEmpty()) {
                    fileError(line, column, column, "empty label");
                    return null;
                }
                label = normaliser.normalise(text);
            } else {
                double value = NumberText.parseFinite(text);
                if (Double.isNaN(value)) {
                    int start = column + CsvRows.leadingSpaces(raw);
                    fileError(line, start, start + Math.max(text.length(), 1) - 1, NumberText.problem(text));
                    return null;
                }
                features[feature++] = value;
            }
            column += raw.length() + delimiter.length();
        }
        return label;
    }

    private void fileError(long line, int column, int endColumn, String message) {
        int lineNumber = (int) Math.min(line, Integer.MAX_VALUE);
        diagnostics.error(new SourceSpan(fileName, lineNumber, column, lineNumber, endColumn), message);
        fileErrors++;
    }

    /**
     * Reports a failure while parsing: a quoting error found by Commons CSV at its line (without
     * the line prefix of its message), or a read error at the path in the model.
     */
    private void malformed(CSVParser parser, UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException)) {
            readError(e.getCause());
            return;
        }
        String message = e.getCause().getMessage();
        long line = Math.max(1, parser.getCurrentLineNumber());
        Matcher matcher = CSV_MESSAGE.matcher(message == null ? "" : message);
        if (matcher.matches()) {
            line = Long.parseLong(matcher.group(1));
            message = matcher.group(2);
        }
        fileError(line, 1, 1, "malformed CSV: " + message);
    }

    /**
     * Reports a failure to read the file: bytes that are not UTF-8 text at their line and column
     * (found by scanning the file again), anything else at the path in the model.
     */
    private void readError(IOException e) {
        if (e instanceof CharacterCodingException) {
            try {
                Utf8Scanner.Problem problem = DataFile.locate(file);
                if (problem != null) {
                    encodingError(problem);
                    return;
                }
            } catch (IOException again) {
                e = again;
            }
        }
        diagnostics.error(source.pathSpan(), "cannot read '" + source.path() + "': " + e.getMessage());
    }

    private void encodingError(Utf8Scanner.Problem problem) {
        diagnostics.error(new SourceSpan(fileName, problem.line(), problem.column(), problem.line(), problem.column()),
                problem.message());
    }

    /** For a first row of one field: reports a delimiter the file seems to use instead, and returns true. */
    private boolean otherDelimiter(CSVRecord first, long line) {
        String message = LikelyDelimiter.message(source.path(), first.get(0), delimiter, line);
        if (message != null) {
            diagnostics.error(source.span(), message);
        }
        return message != null;
    }
}
