package io.bdnn.milp;

/** The domain kind of a column. Binaries are integers with bounds inside [0, 1]. */
public enum VarType {
    CONTINUOUS, INTEGER, BINARY;

    public boolean isIntegral() {
        return this != CONTINUOUS;
    }

    static final VarType[] VALUES = values();
}
