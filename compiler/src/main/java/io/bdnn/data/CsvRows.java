package io.bdnn.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Small helpers of {@link CsvDataReader} on records and header names. */
final class CsvRows {
    private CsvRows() {
    }

    /** The number of characters {@link String#trim} removes from the front. */
    static int leadingSpaces(String raw) {
        int count = 0;
        while (count < raw.length() && raw.charAt(count) <= ' ') {
            count++;
        }
        return count;
    }

    /** The next record that is not a blank line, or null at the end. */
    static CSVRecord nextNonBlank(Iterator<CSVRecord> records) {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.size() != 1 || !record.get(0).isBlank()) {
                return record;
            }
        }
        return null;
    }

    /** Header names without surrounding spaces; an empty name becomes {@code column N}. */
    static List<String> headerNames(CSVRecord header) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            String name = header.get(j).trim();
            names.add(name.isEmpty() ? "column " + (j + 1) : name);
        }
        return names;
    }

    /** The names without the one at {@code index} (the label column). */
    static List<String> without(List<String> names, int index) {
        List<String> rest = new ArrayList<>(names);
        rest.remove(index);
        return rest;
    }
}
