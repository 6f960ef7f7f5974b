package io.bdnn.backends.files;

import java.util.Locale;

/** The model file formats {@code bdnn compile} writes, as the command line spells them. */
public enum ModelFileFormat {
    /** Free MPS: whitespace-separated fields, {@code FREE} on the NAME line, names up to 160 characters. */
    FREE_MPS("free-mps", NameScheme.MPS_NAME_LIMIT),
    /** Fixed MPS: fields in columns 2, 5, 15, 25, 40, 50; short names of at most 8 characters. */
    FIXED_MPS("fixed-mps", NameScheme.FIXED_NAME_LIMIT),
    /** CPLEX LP with full keywords; ranged rows become two rows, named {@code NAME.lo} and {@code NAME.hi}. */
    LP("lp", NameScheme.LP_NAME_LIMIT - CplexLpWriter.RANGE_SUFFIX_LENGTH);

    private final String label;
    private final int nameLimit;

    ModelFileFormat(String label, int nameLimit) {
        this.label = label;
        this.nameLimit = nameLimit;
    }

    public String label() {
        return label;
    }

    /** The longest row or column name the format may carry. */
    public int nameLimit() {
        return nameLimit;
    }

    public boolean isMps() {
        return this != LP;
    }

    /** The names this format uses unless told otherwise: short for fixed MPS, readable otherwise. */
    public NameScheme.Kind defaultNames() {
        return this == FIXED_MPS ? NameScheme.Kind.SHORT : NameScheme.Kind.READABLE;
    }

    /** The format for a label, or null. */
    public static ModelFileFormat byLabel(String label) {
        for (ModelFileFormat format : values()) {
            if (format.label.equals(label)) {
                return format;
            }
        }
        return null;
    }

    /** The format a file name implies ({@code .lp}, {@code .mps}, optionally {@code .gz}), or null. */
    public static ModelFileFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".lp")) {
            return LP;
        }
        return name.endsWith(".mps") ? FREE_MPS : null;
    }
}
