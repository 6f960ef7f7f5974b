package io.bdnn.milp;

import java.util.ArrayList;
import java.util.List;

/** Sizes of a lowered model, in total and per family: what {@code bdnn stats} prints. */
public record ModelStats(Counts total, List<FamilyCounts> families) {

    /** Variables (of which binaries and general integers), rows and nonzeros. */
    public record Counts(long variables, long binaries, long integers, long rows, long nonzeros) {
        Counts plus(Counts other) {
            return new Counts(variables + other.variables, binaries + other.binaries, integers + other.integers,
                    rows + other.rows, nonzeros + other.nonzeros);
        }
    }

    public record FamilyCounts(Family family, Counts counts) {
    }

    /** The sizes in total and per family: one pass over the columns and one over the rows. */
    public static ModelStats of(LinearModel model) {
        int familyCount = model.families().stream().mapToInt(Family::id).max().orElse(-1) + 1;
        long[][] byFamily = new long[familyCount][5];
        for (int col = 0; col < model.numColumns(); col++) {
            long[] counts = byFamily[model.columnFamily(col).id()];
            counts[0]++;
            VarType type = model.colType(col);
            if (type == VarType.BINARY) {
                counts[1]++;
            } else if (type == VarType.INTEGER) {
                counts[2]++;
            }
        }
        for (int row = 0; row < model.numRows(); row++) {
            long[] counts = byFamily[model.rowFamily(row).id()];
            counts[3]++;
            counts[4] += model.rowEnd(row) - model.rowStart(row);
        }
        List<FamilyCounts> families = new ArrayList<>();
        Counts total = new Counts(0, 0, 0, 0, 0);
        for (Family family : model.families()) {
            long[] c = byFamily[family.id()];
            Counts counts = new Counts(c[0], c[1], c[2], c[3], c[4]);
            if (c[0] + c[3] > 0) {
                families.add(new FamilyCounts(family, counts));
            }
            total = total.plus(counts);
        }
        return new ModelStats(total, families);
    }

    /** The total sizes alone (what a summary prints): one pass over the columns' types. */
    public static Counts total(LinearModel model) {
        long binaries = 0;
        long integers = 0;
        for (int col = 0; col < model.numColumns(); col++) {
            VarType type = model.colType(col);
            if (type == VarType.BINARY) {
                binaries++;
            } else if (type == VarType.INTEGER) {
                integers++;
            }
        }
        return new Counts(model.numColumns(), binaries, integers, model.numRows(), model.numNonzeros());
    }
}
