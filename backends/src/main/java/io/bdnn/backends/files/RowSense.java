package io.bdnn.backends.files;

/**
 * How a row {@code lo <= a'x <= hi} is written, shared by the MPS and LP writers.
 *
 * <p>MPS: {@code -inf < lo = hi} is an {@code E} row with right-hand side {@code lo};
 * {@code lo = -inf} an {@code L} row with {@code hi}; {@code hi = +inf} a {@code G} row with
 * {@code lo}; both infinite a free {@code N} row after the objective. A ranged row
 * ({@code lo < hi}, both finite) is a {@code G} row with right-hand side {@code lo} and range
 * {@code R = hi - lo}, which readers turn into {@code [lo, lo + |R|]}; when that sum does not
 * give back exactly {@code hi} in double arithmetic but {@code hi - R} gives back {@code lo}, it
 * is an {@code L} row with right-hand side {@code hi} instead ({@code [hi - |R|, hi]}), so the
 * reader's row is bit-for-bit the model's. LP writes a ranged row as two rows.
 */
final class RowSense {
    private RowSense() {
    }

    static boolean isFree(double lo, double hi) {
        return lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY;
    }

    static boolean isRanged(double lo, double hi) {
        return Double.isFinite(lo) && Double.isFinite(hi) && lo < hi;
    }

    /** The MPS row type: {@code N}, {@code L}, {@code G} or {@code E}. */
    static char mpsType(double lo, double hi) {
        if (isFree(lo, hi)) {
            return 'N';
        }
        if (lo == Double.NEGATIVE_INFINITY) {
            return 'L';
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return 'G';
        }
        if (lo == hi) {
            return 'E';
        }
        boolean exactFromLower = lo + (hi - lo) == hi;
        boolean exactFromUpper = hi - (hi - lo) == lo;
        return exactFromLower || !exactFromUpper ? 'G' : 'L';
    }

    /** The MPS right-hand side for the row type. */
    static double mpsRhs(char type, double lo, double hi) {
        return switch (type) {
            case 'L' -> hi;
            case 'G', 'E' -> lo;
            default -> 0;
        };
    }

    /**
     * The relative change a reader makes to a ranged row's far bound (0 when exact): the bound it
     * rebuilds from the right-hand side and the range, compared with the model's.
     */
    static double rangeChange(char type, double lo, double hi) {
        double range = hi - lo;
        double rebuilt = type == 'G' ? lo + range : hi - range;
        double wanted = type == 'G' ? hi : lo;
        return rebuilt == wanted ? 0 : Math.abs(rebuilt - wanted) / Math.max(Math.abs(wanted), Double.MIN_NORMAL);
    }
}
