package io.bdnn.milp;

import io.bdnn.ast.SourceSpan;
import java.util.List;

/**
 * A family of columns or rows that share a source: for example the upper step rows of layer
 * {@code hidden}, indexed by (neuron, sample). Members are numbered row-major over the axes, so a
 * member's readable name is decoded from (family, local index) on demand and no string is stored
 * per row or column.
 *
 * <p>Names look like {@code hidden/n1/s17/step_hi}: the layer, one {@code prefix + index} part
 * per axis (1-based), then the kind.
 *
 * @param id      position in the model's family table
 * @param layer   layer name, or a top-level scope such as {@code loss}
 * @param kind    what the members are ({@code w}, {@code u}, {@code step_hi}, ...)
 * @param axes    the index axes, outermost first
 * @param rule    the lowering rule or declaration that produced the family
 * @param span    where in the model file the family comes from
 */
public record Family(int id, String layer, String kind, List<Axis> axes, String rule, SourceSpan span) {

    /** One index axis: its name prefix (such as {@code n} for neuron, {@code s} for sample) and size. */
    public record Axis(String prefix, int size) {
    }

    public Family {
        axes = List.copyOf(axes);
    }

    /** The number of members: the product of the axis sizes. */
    public long size() {
        long size = 1;
        for (Axis axis : axes) {
            size *= axis.size();
        }
        return size;
    }

    /** Row-major local index of the given 0-based axis indices. */
    public int localIndex(int... indices) {
        if (indices.length != axes.size()) {
            throw new IllegalArgumentException(name() + " has " + axes.size() + " axes, got " + indices.length);
        }
        long local = 0;
        for (int a = 0; a < indices.length; a++) {
            int size = axes.get(a).size();
            if (indices[a] < 0 || indices[a] >= size) {
                throw new IndexOutOfBoundsException(name() + ": index " + indices[a] + " on axis " + a);
            }
            local = local * size + indices[a];
        }
        return Math.toIntExact(local);
    }

    /** {@link #localIndex(int...)} for two axes, without the array (rows and terms are made by the million). */
    public int localIndex(int i, int j) {
        if (axes.size() != 2) {
            throw new IllegalArgumentException(name() + " has " + axes.size() + " axes, got 2");
        }
        int second = axes.get(1).size();
        check(0, i, axes.get(0).size());
        check(1, j, second);
        return Math.toIntExact((long) i * second + j);
    }

    /** {@link #localIndex(int...)} for three axes, without the array. */
    public int localIndex(int i, int j, int k) {
        if (axes.size() != 3) {
            throw new IllegalArgumentException(name() + " has " + axes.size() + " axes, got 3");
        }
        int second = axes.get(1).size();
        int third = axes.get(2).size();
        check(0, i, axes.get(0).size());
        check(1, j, second);
        check(2, k, third);
        return Math.toIntExact(((long) i * second + j) * third + k);
    }

    private void check(int axis, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(name() + ": index " + index + " on axis " + axis);
        }
    }

    /** The 0-based axis indices of a local index. */
    public int[] indices(int local) {
        int[] result = new int[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            int size = axes.get(a).size();
            result[a] = local % size;
            local /= size;
        }
        return result;
    }

    /** The family's pattern name: the member name with a star for each index. */
    public String name() {
        StringBuilder name = new StringBuilder(layer);
        for (Axis axis : axes) {
            name.append('/').append(axis.prefix()).append('*');
        }
        return name.append('/').append(kind).toString();
    }

    /** The readable, unique name of one member, such as {@code hidden/n1/s17/step_hi}. */
    public String memberName(int local) {
        int[] indices = indices(local);
        StringBuilder name = new StringBuilder(layer);
        for (int a = 0; a < indices.length; a++) {
            name.append('/').append(axes.get(a).prefix()).append(indices[a] + 1);
        }
        return name.append('/').append(kind).toString();
    }
}
