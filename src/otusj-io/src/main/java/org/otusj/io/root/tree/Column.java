package org.otusj.io.root.tree;

/**
 * The values of one branch over a range of entries, in primitive arrays: one value per entry for scalars,
 * several for arrays and vectors, with {@link #start(int)} and {@link #count(int)} giving each entry's
 * slice. Values are exactly as stored: float32 values are kept as floats, 64-bit unsigned integers as the
 * bits of a {@code long} (see {@link #getLong(int)}).
 */
public final class Column {

    private final ValueType type;
    private final long firstEntry;
    private final int entryCount;
    private final int[] offsets;
    private final int size;
    private final float[] floats;
    private final double[] doubles;
    private final long[] longs;
    private final String[] strings;

    Column(ValueType type, long firstEntry, int entryCount, int[] offsets, int size, float[] floats, double[] doubles,
            long[] longs, String[] strings) {
        this.type = type;
        this.firstEntry = firstEntry;
        this.entryCount = entryCount;
        this.offsets = offsets;
        this.size = size;
        this.floats = floats;
        this.doubles = doubles;
        this.longs = longs;
        this.strings = strings;
    }

    public ValueType type() {
        return type;
    }

    /** Tree entry number of the first entry in this column. */
    public long firstEntry() {
        return firstEntry;
    }

    /** Number of entries. */
    public int entryCount() {
        return entryCount;
    }

    /** Total number of values over all entries. */
    public int size() {
        return size;
    }

    /** Index of the first value of entry {@code entry} (counted from {@link #firstEntry()}). */
    public int start(int entry) {
        return offsets[entry];
    }

    /** Number of values of entry {@code entry} (counted from {@link #firstEntry()}). */
    public int count(int entry) {
        return offsets[entry + 1] - offsets[entry];
    }

    /** Value {@code index} as a float; exact for float32 columns, rounded for others. */
    public float getFloat(int index) {
        checkIndex(index);
        if (floats != null) {
            return floats[index];
        }
        return (float) getDouble(index);
    }

    /**
     * Value {@code index} as a double: float32 values widened exactly, integers converted (unsigned 64-bit
     * values above 2^63 included), booleans as 0 or 1.
     */
    public double getDouble(int index) {
        checkIndex(index);
        if (floats != null) {
            return floats[index];
        }
        if (doubles != null) {
            return doubles[index];
        }
        if (longs != null) {
            long value = longs[index];
            if (type == ValueType.UINT64 && value < 0) {
                return (double) (value >>> 1) * 2.0 + (value & 1);
            }
            return value;
        }
        throw new IllegalStateException("column of " + type.label() + " has no numeric values");
    }

    /**
     * Value {@code index} of an integer or bool column. UINT64 values above {@code Long.MAX_VALUE} come back
     * as negative numbers with the same bits; use {@link Long#toUnsignedString(long)} to print them.
     */
    public long getLong(int index) {
        checkIndex(index);
        if (longs == null) {
            throw new IllegalStateException("column of " + type.label() + " is not an integer column");
        }
        return longs[index];
    }

    /** Value {@code index} of a bool column. */
    public boolean getBoolean(int index) {
        return getLong(index) != 0;
    }

    /** Value {@code index} of a string column. */
    public String getString(int index) {
        checkIndex(index);
        if (strings == null) {
            throw new IllegalStateException("column of " + type.label() + " is not a string column");
        }
        return strings[index];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("value " + index + " of a column with " + size + " values");
        }
    }
}
