package io.bdnn.backends.files;

import io.bdnn.milp.LinearModel;

/**
 * The tables of a model file's row and column names ({@link NameTable}), shared by the MPS
 * writer, which fills them on its threads, and the name map's writer, which copies its names from
 * them instead of decoding every name a second time.
 */
final class NameTables {
    final NameTable rows;
    final NameTable columns;

    NameTables(LinearModel model, NameScheme names, int shift) {
        this.rows = new NameTable(model.numRows(), names::writeRowName, shift);
        this.columns = new NameTable(model.numColumns(), names::writeColumnName, shift);
    }

    /** After a failed write: whoever waits for a block that will never be filled fails instead of waiting forever. */
    void abandon() {
        rows.abandon();
        columns.abandon();
    }
}
