package io.bdnn.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * When the first row of a CSV file is one field, the file most likely uses another delimiter
 * than the one declared (or the default ','): a semicolon file from a spreadsheet set to a
 * comma-decimal locale, a tab-separated file. Rather than guess and read the data differently
 * from what the model says, bdnn names the delimiter the row seems to use and how to declare it.
 */
final class LikelyDelimiter {
    /** The usual delimiters, as written in a model ({@code \t} for a tab). */
    private static final List<String> USUAL = List.of(",", ";", "\\t", "|");

    private LikelyDelimiter() {
    }

    /**
     * The message for a first row {@code row} (line {@code line} of the file) in which the
     * declared {@code delimiter} does not occur, naming the usual delimiter that occurs most in
     * it; null when none does (then the file really has one column).
     */
    static String message(String path, String row, String delimiter, long line) {
        String likely = null;
        int most = 0;
        for (String written : USUAL) {
            String character = written.equals("\\t") ? "\t" : written;
            int count = row.split(Pattern.quote(character), -1).length - 1;
            if (!character.equals(delimiter) && count > most) {
                likely = written;
                most = count;
            }
        }
        if (likely == null) {
            return null;
        }
        String declared = delimiter.equals("\t") ? "\\t" : delimiter;
        return "'" + path + "' seems to use '" + likely + "' between fields, not '" + declared + "' (line " + line
                + " has " + most + " '" + likely + "' and no '" + declared + "'); write delimiter \"" + likely + "\"";
    }
}
