package io.bdnn.spi;

import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.network.NetworkSpec;
import java.util.List;

/**
 * One use of a {@link ConstraintKind}: the constraint's name, its arguments as constants, and
 * what a kind may need to check them against (the architecture and the training data).
 *
 * @param constraintName the NAME of {@code constraint NAME: kind(...)}
 * @param arguments      the arguments, evaluated under the enclosing forall's bindings
 * @param span           where the call is written
 * @param network        the architecture
 * @param x              the training inputs as the network reads them (scaled), {@code x[i][j]}
 * @param y              the class index of each training sample, 0-based
 * @param classLabels    the label of each class
 * @param diagnostics    where {@link #error} reports
 */
public record ConstraintCall(String constraintName, List<Argument> arguments, SourceSpan span, NetworkSpec network,
                             double[][] x, int[] y, List<String> classLabels, Diagnostics diagnostics) {

    /** An argument: a number ({@code text} is how it prints), or a string ({@code value} is NaN). */
    public record Argument(double value, String text, SourceSpan span) {
        public boolean isNumber() {
            return !Double.isNaN(value);
        }
    }

    public ConstraintCall {
        arguments = List.copyOf(arguments);
    }

    /** Reports an error at {@code where}, for example an argument's span. */
    public void error(SourceSpan where, String message) {
        diagnostics.error(where, message);
    }

    /**
     * Argument {@code position} read as a 1-based index in {@code 1..size}, returned 0-based; or
     * -1 after reporting why it is not one. {@code what} names it in the message.
     */
    public int index(int position, int size, String what) {
        Argument argument = arguments.get(position);
        if (!argument.isNumber() || argument.value() != Math.rint(argument.value())) {
            error(argument.span(), what + " must be a whole number, found " + argument.text());
            return -1;
        }
        if (argument.value() < 1 || argument.value() > size) {
            error(argument.span(), what + " is " + argument.text() + ", outside 1.." + size);
            return -1;
        }
        return (int) argument.value() - 1;
    }
}
