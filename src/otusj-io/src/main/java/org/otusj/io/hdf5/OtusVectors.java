package org.otusj.io.hdf5;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event vectors of one OTUS space: a matrix {@code [N, D]} of doubles with one row per event and one
 * column per component, such as (px, py, pz, E) of each object in a fixed order, in GeV. The column
 * names and the unit go with the matrix, so a file states what each column is.
 *
 * <p>Instances are immutable: {@link #of} copies the rows it is given, and {@link #row} and {@link
 * #toArray} return copies.
 */
public final class OtusVectors {

    private final double[][] values;
    private final int dimension;
    private final List<String> columns;
    private final String units;

    private OtusVectors(double[][] values, int dimension, List<String> columns, String units) {
        this.values = values;
        this.dimension = dimension;
        this.columns = columns;
        this.units = units;
    }

    /**
     * Copies {@code values} into new vectors.
     *
     * @param values the matrix {@code [N, D]}: N rows (events, possibly none), each of the same length D
     *     of at least 1
     * @param columns the D column names in order, such as {@code electron_px}; an empty list when the
     *     names are unknown
     * @param units the unit of every value, such as {@code GeV}; empty when unknown
     * @throws IllegalArgumentException if a row is null or of another length than the first, if D is 0,
     *     or if the column names are not D distinct non-blank names
     */
    public static OtusVectors of(double[][] values, List<String> columns, String units) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] == null ? null : values[i].clone();
        }
        int dimension = values.length == 0 ? Math.max(columns.size(), 1) : widthOf(values);
        return wrap(copy, dimension, columns, units);
    }

    /**
     * Wraps {@code values} without copying; the caller gives up the array. {@code dimension} is D, which
     * a matrix with no rows cannot show.
     *
     * @throws IllegalArgumentException as {@link #of} does
     */
    static OtusVectors wrap(double[][] values, int dimension, List<String> columns, String units) {
        if (dimension < 1) {
            throw new IllegalArgumentException("event vectors need at least one column, found " + dimension);
        }
        checkRows(values, dimension);
        List<String> names = List.copyOf(columns);
        checkColumns(names, dimension);
        if (units == null) {
            throw new IllegalArgumentException("units must not be null; use an empty string when unknown");
        }
        return new OtusVectors(values, dimension, names, units);
    }

    private static int widthOf(double[][] values) {
        if (values[0] == null) {
            throw new IllegalArgumentException("row 0 of the event vectors is null");
        }
        return values[0].length;
    }

    private static void checkRows(double[][] values, int dimension) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("row " + i + " of the event vectors is null");
            }
            if (values[i].length != dimension) {
                throw new IllegalArgumentException("row " + i + " of the event vectors has " + values[i].length
                        + " values, expected " + dimension + " like the other rows");
            }
        }
    }

    private static void checkColumns(List<String> names, int dimension) {
        if (names.isEmpty()) {
            return;
        }
        if (names.size() != dimension) {
            throw new IllegalArgumentException(names.size() + " column names " + names + " for vectors of "
                    + dimension + " values; expected one name per column");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank column name in " + names);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column name '" + name + "' appears twice in " + names);
            }
        }
    }

    /** N, the number of rows (events). */
    public int rows() {
        return values.length;
    }

    /** D, the number of values per event. */
    public int dimension() {
        return dimension;
    }

    /** The D column names in order, or an empty list when the file did not name the columns. */
    public List<String> columns() {
        return columns;
    }

    /** The unit of the values, such as {@code GeV}; empty when unknown. */
    public String units() {
        return units;
    }

    /** Returns the value in row {@code row} (0 to N-1) and column {@code column} (0 to D-1). */
    public double get(int row, int column) {
        return values[row][column];
    }

    /** Returns a copy of row {@code row}, {@code [D]}. */
    public double[] row(int row) {
        return values[row].clone();
    }

    /** Returns a copy of all values, {@code [N, D]}. */
    public double[][] toArray() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    /**
     * Returns the rows {@code from} (inclusive) to {@code to} (exclusive) with the same columns and unit.
     *
     * @throws IndexOutOfBoundsException unless 0 &lt;= from &lt;= to &lt;= N
     */
    public OtusVectors rowRange(int from, int to) {
        if (from < 0 || to > values.length || from > to) {
            throw new IndexOutOfBoundsException("row range [" + from + ", " + to + ") outside [0, " + values.length
                    + ")");
        }
        // The rows are never handed out, so the new instance can share them.
        return new OtusVectors(Arrays.copyOfRange(values, from, to), dimension, columns, units);
    }

    /** Returns the rows as stored, for the writer, which must not change them. */
    double[][] storage() {
        return values;
    }

    @Override
    public String toString() {
        return "OtusVectors[" + values.length + " x " + dimension + (units.isEmpty() ? "" : " " + units)
                + (columns.isEmpty() ? "" : ", columns " + columns) + "]";
    }
}
