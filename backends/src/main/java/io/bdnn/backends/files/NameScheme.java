package io.bdnn.backends.files;

import io.bdnn.milp.Family;
import io.bdnn.milp.LinearModel;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of rows and columns in a model file, and the way back from a name to a column.
 *
 * <p><b>Readable</b> names are the model's own paths with dots: {@code hidden.n1.s17.step_hi}
 * for {@code hidden/n1/s17/step_hi} (layer, one {@code prefix+index} part per axis, 1-based,
 * then the kind). They use only {@code [A-Za-z0-9_.]}, which every reader accepts in MPS and in
 * CPLEX LP; a name whose layer starts with {@code e}/{@code E} and a digit (which LP readers
 * would take for an exponent) or with {@code _} gets a leading {@code _}, which keeps the
 * mapping one-to-one. Names are unique because the layer has no dot, axis parts are letters
 * then digits, and no two families share layer, axes and kind (checked here). A model whose
 * longest name would exceed the format's limit (160 characters in MPS, where CBC crashes at
 * about 170; 255 in LP) or whose families carry other characters is refused, naming
 * {@code --names short}.
 *
 * <p><b>Short</b> names are {@code C1 ... Cn} for columns and {@code R1 ... Rm} for rows, in model
 * order: at most 8 characters up to 9,999,999 of each, as fixed MPS requires. The objective row
 * is {@code obj} in both schemes.
 *
 * <p>Names are decoded from (family, local index) on demand; {@link #writeColumnName} and
 * {@link #writeRowName} write them into the sink without allocating and keep no scratch state,
 * so one scheme serves several writing threads ({@link NameTable} builds its blocks in parallel).
 * Only {@link #columnIndex}'s lazily built index is not safe to build from two threads at once.
 */
public abstract sealed class NameScheme permits NameScheme.Readable, NameScheme.Short {
    /** The objective row's name. */
    public static final String OBJECTIVE = "obj";
    /** The longest name CBC reads safely from free MPS. */
    public static final int MPS_NAME_LIMIT = 160;
    /** The longest name CPLEX LP allows. */
    public static final int LP_NAME_LIMIT = 255;
    /** Fixed MPS: names in 8-character fields. */
    public static final int FIXED_NAME_LIMIT = 8;

    /** Which scheme, as the command line spells it. */
    public enum Kind {
        READABLE, SHORT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind for a label, or null. */
        public static Kind byLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return kind;
                }
            }
            return null;
        }
    }

    protected final LinearModel model;
    private Map<String, Integer> columnIndex;

    private NameScheme(LinearModel model) {
        this.model = model;
    }

    /**
     * The scheme of the given kind for a model, checked against a name length limit.
     *
     * @throws IllegalArgumentException when some name would be too long or unreadable, saying why
     */
    public static NameScheme of(Kind kind, LinearModel model, int maxLength) {
        return kind == Kind.READABLE ? new Readable(model, maxLength) : new Short(model, maxLength);
    }

    public abstract Kind kind();

    public abstract String columnName(int col);

    public abstract String rowName(int row);

    public abstract void writeColumnName(AsciiSink sink, int col) throws IOException;

    public abstract void writeRowName(AsciiSink sink, int row) throws IOException;

    /** The column a name in a solution file stands for, or -1 when the model has no such column. */
    public int columnIndex(String name) {
        if (columnIndex == null) {
            Map<String, Integer> index = new HashMap<>(Math.max(16, model.numColumns() * 4 / 3 + 1));
            for (int col = 0; col < model.numColumns(); col++) {
                index.put(columnName(col), col);
            }
            columnIndex = index;
        }
        return columnIndex.getOrDefault(name, -1);
    }

    /** The model's paths with dots; see the class comment. */
    static final class Readable extends NameScheme {
        private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
        private static final Pattern PREFIX = Pattern.compile("[A-Za-z]+");
        private final byte[][] head;
        private final byte[][][] prefixes;
        private final byte[][] tail;
        /** Per family and axis: the axis's size, and its stride (the product of the later axes' sizes). */
        private final int[][] sizes;
        private final int[][] strides;

        Readable(LinearModel model, int maxLength) {
            super(model);
            int families = model.families().size();
            head = new byte[families][];
            prefixes = new byte[families][][];
            tail = new byte[families][];
            sizes = new int[families][];
            strides = new int[families][];
            Set<String> signatures = new HashSet<>();
            for (Family family : model.families()) {
                check(family, signatures, maxLength);
                String layer = family.layer();
                boolean escape = layer.startsWith("_") || layer.length() > 1
                        && (layer.charAt(0) == 'e' || layer.charAt(0) == 'E') && Character.isDigit(layer.charAt(1));
                head[family.id()] = ascii((escape ? "_" : "") + layer);
                prefixes[family.id()] = new byte[family.axes().size()][];
                for (int a = 0; a < family.axes().size(); a++) {
                    prefixes[family.id()][a] = ascii("." + family.axes().get(a).prefix());
                }
                tail[family.id()] = ascii("." + family.kind());
                int[] size = family.axes().stream().mapToInt(Family.Axis::size).toArray();
                int[] stride = new int[size.length];
                for (int a = size.length - 1, product = 1; a >= 0; a--) {
                    stride[a] = product;
                    product *= size[a];
                }
                sizes[family.id()] = size;
                strides[family.id()] = stride;
            }
        }

        private static void check(Family family, Set<String> signatures, int maxLength) {
            StringBuilder signature = new StringBuilder(family.layer());
            long length = 1 + family.layer().length() + 1 + family.kind().length();
            boolean readable = WORD.matcher(family.layer()).matches() && WORD.matcher(family.kind()).matches();
            for (Family.Axis axis : family.axes()) {
                readable &= PREFIX.matcher(axis.prefix()).matches();
                signature.append('.').append(axis.prefix());
                length += 1 + axis.prefix().length() + Integer.toString(axis.size()).length();
            }
            if (!readable) {
                throw new IllegalArgumentException("the names of " + family.name()
                        + " have characters that model files cannot carry; use --names short");
            }
            if (length > maxLength) {
                throw new IllegalArgumentException("names of " + family.name() + " reach " + length
                        + " characters, more than the " + maxLength + " this format allows; use --names short");
            }
            if (!signatures.add(signature.append('.').append(family.kind()).toString())) {
                throw new IllegalArgumentException("two families would share the names " + family.name()
                        + "; use --names short");
            }
        }

        @Override
        public Kind kind() {
            return Kind.READABLE;
        }

        @Override
        public String columnName(int col) {
            return name(model.columnFamily(col), model.columnLocalIndex(col));
        }

        @Override
        public String rowName(int row) {
            return name(model.rowFamily(row), model.rowLocalIndex(row));
        }

        @Override
        public void writeColumnName(AsciiSink sink, int col) throws IOException {
            write(sink, model.columnFamily(col), model.columnLocalIndex(col));
        }

        @Override
        public void writeRowName(AsciiSink sink, int row) throws IOException {
            write(sink, model.rowFamily(row), model.rowLocalIndex(row));
        }

        private String name(Family family, int local) {
            StringBuilder name = new StringBuilder(new String(head[family.id()], java.nio.charset.StandardCharsets.US_ASCII));
            int[] axisIndices = family.indices(local);
            for (int a = 0; a < axisIndices.length; a++) {
                name.append('.').append(family.axes().get(a).prefix()).append(axisIndices[a] + 1);
            }
            return name.append('.').append(family.kind()).toString();
        }

        /** Axis a's 0-based index of a row-major local index is {@code (local / stride[a]) % size[a]}. */
        private void write(AsciiSink sink, Family family, int local) throws IOException {
            int id = family.id();
            byte[][] prefix = prefixes[id];
            int[] size = sizes[id];
            int[] stride = strides[id];
            sink.write(head[id]);
            for (int a = 0; a < prefix.length; a++) {
                int index = local / stride[a];
                sink.write(prefix[a]).integer((a == 0 ? index : index % size[a]) + 1L);
            }
            sink.write(tail[id]);
        }

        private static byte[] ascii(String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** {@code C1 ... Cn} and {@code R1 ... Rm}; see the class comment. */
    static final class Short extends NameScheme {
        Short(LinearModel model, int maxLength) {
            super(model);
            long longest = 1 + Long.toString(Math.max(model.numColumns(), model.numRows())).length();
            if (longest > maxLength) {
                throw new IllegalArgumentException("the model has " + model.numColumns() + " columns and "
                        + model.numRows() + " rows, more than " + maxLength
                        + "-character names can number; use free MPS or LP");
            }
        }

        @Override
        public Kind kind() {
            return Kind.SHORT;
        }

        @Override
        public String columnName(int col) {
            return "C" + (col + 1);
        }

        @Override
        public String rowName(int row) {
            return "R" + (row + 1);
        }

        @Override
        public void writeColumnName(AsciiSink sink, int col) throws IOException {
            sink.write('C').integer(col + 1L);
        }

        @Override
        public void writeRowName(AsciiSink sink, int row) throws IOException {
            sink.write('R').integer(row + 1L);
        }

        @Override
        public int columnIndex(String name) {
            if (name.length() < 2 || name.length() > 11 || name.charAt(0) != 'C') {
                return -1;
            }
            long index = 0;
            for (int i = 1; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < '0' || c > '9' || i == 1 && c == '0') {
                    return -1;
                }
                index = index * 10 + (c - '0');
            }
            return index <= model.numColumns() ? (int) index - 1 : -1;
        }
    }
}
