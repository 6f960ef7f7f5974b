package io.bdnn.milp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public static ModelStats of(LinearModel model) {
        Map<Integer, long[]> byFamily = new LinkedHashMap<>();
        for (Family family : model.families()) {
            byFamily.put(family.id(), new long[5]);
        }
        for (int col = 0; col < model.numColumns(); col++) {
            long[] counts = byFamily.get(model.columnFamily(col).id());
            counts[0]++;
            if (model.colType(col) == VarType.BINARY) {
                counts[1]++;
            } else if (model.colType(col) == VarType.INTEGER) {
                counts[2]++;
            }
        }
        for (int row = 0; row < model.numRows(); row++) {
            long[] counts = byFamily.get(model.rowFamily(row).id());
            counts[3]++;
            counts[4] += model.rowEnd(row) - model.rowStart(row);
        }
        List<FamilyCounts> families = new ArrayList<>();
        Counts total = new Counts(0, 0, 0, 0, 0);
        for (Family family : model.families()) {
            long[] c = byFamily.get(family.id());
            Counts counts = new Counts(c[0], c[1], c[2], c[3], c[4]);
            if (c[0] + c[3] > 0) {
                families.add(new FamilyCounts(family, counts));
            }
            total = total.plus(counts);
        }
        return new ModelStats(total, families);
    }
}
