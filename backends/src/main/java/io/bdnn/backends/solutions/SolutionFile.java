package io.bdnn.backends.solutions;

import io.bdnn.solve.SolveStatus;
import java.util.Arrays;

/**
 * A solution file as a solver wrote it, before it is matched with a model: the status, the
 * objective the solver claims (without the model's objective constant), and the values it
 * lists, by column name or, for GLPK, by column number.
 *
 * @param format     who wrote it
 * @param status     the status mapped to bdnn's; {@link SolveStatus#hasSolution()} says whether values follow
 * @param statusText the solver's own words
 * @param objective  the objective the file states, NaN when it states none
 * @param dense      whether the file lists every column (otherwise unlisted columns are 0)
 * @param columns    the column count the file states (GLPK, HiGHS), or -1
 * @param values     the values, in file order
 */
public record SolutionFile(SolverFormat format, SolveStatus status, String statusText, double objective,
                           boolean dense, long columns, Values values) {

    /** The listed values: names (or 1-based numbers) and values, in primitive arrays. */
    public static final class Values {
        private String[] names = new String[64];
        private int[] numbers = new int[64];
        private double[] values = new double[64];
        private int size;

        public void add(String name, double value) {
            grow();
            names[size] = name;
            values[size++] = value;
        }

        public void add(int number, double value) {
            grow();
            numbers[size] = number;
            values[size++] = value;
        }

        public int size() {
            return size;
        }

        /** The entry's column name, or null when it is given by number. */
        public String name(int entry) {
            return names[entry];
        }

        /** The entry's 1-based column number (meaningful when {@link #name} is null). */
        public int number(int entry) {
            return numbers[entry];
        }

        public double value(int entry) {
            return values[entry];
        }

        private void grow() {
            if (size == values.length) {
                names = Arrays.copyOf(names, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
        }
    }
}
