package org.otusj.io.root.tree;

import java.util.Arrays;
import org.otusj.io.root.bytes.BigEndian;

/** Collects the values of consecutive entries of one branch into growable primitive arrays. */
final class ColumnBuilder {

    private final ValueType type;
    private final long firstEntry;
    private int[] offsets;
    private int entries;
    private int size;
    private float[] floats;
    private double[] doubles;
    private long[] longs;
    private String[] strings;

    ColumnBuilder(ValueType type, long firstEntry, int expectedEntries, int expectedValues) {
        this.type = type;
        this.firstEntry = firstEntry;
        this.offsets = new int[expectedEntries + 1];
        int capacity = Math.max(16, expectedValues);
        switch (type) {
            case FLOAT32:
                floats = new float[capacity];
                break;
            case FLOAT64:
            case DOUBLE32:
                doubles = new double[capacity];
                break;
            case STRING:
                strings = new String[capacity];
                break;
            default:
                longs = new long[capacity];
                break;
        }
    }

    /** Closes the current entry after its values were appended. */
    void endEntry() {
        if (entries + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        entries++;
        offsets[entries] = size;
    }

    /**
     * Closes an entry of {@code count} values that were appended earlier in one bulk call, so that the
     * values of several entries can be decoded at once.
     */
    void endEntryOf(int count) {
        if (entries + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[entries + 1] = offsets[entries] + count;
        entries++;
    }

    /** Makes room for {@code count} more values. */
    void reserve(int count) {
        long needed = (long) size + count;
        int capacity = floats != null ? floats.length : doubles != null ? doubles.length
                : longs != null ? longs.length : strings.length;
        if (needed <= capacity) {
            return;
        }
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^31 values requested for one column; read fewer entries");
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * capacity));
        if (floats != null) {
            floats = Arrays.copyOf(floats, grown);
        } else if (doubles != null) {
            doubles = Arrays.copyOf(doubles, grown);
        } else if (longs != null) {
            longs = Arrays.copyOf(longs, grown);
        } else {
            strings = Arrays.copyOf(strings, grown);
        }
    }

    /** Appends {@code count} big-endian values of the column type from {@code data} at {@code position}. */
    void appendValues(byte[] data, int position, int count) {
        reserve(count);
        int p = position;
        switch (type) {
            case FLOAT32:
                for (int i = 0; i < count; i++, p += 4) {
                    floats[size + i] = Float.intBitsToFloat(BigEndian.getInt(data, p));
                }
                break;
            case FLOAT64:
                for (int i = 0; i < count; i++, p += 8) {
                    doubles[size + i] = Double.longBitsToDouble(BigEndian.getLong(data, p));
                }
                break;
            case DOUBLE32:
                for (int i = 0; i < count; i++, p += 4) {
                    doubles[size + i] = Float.intBitsToFloat(BigEndian.getInt(data, p));
                }
                break;
            default:
                appendIntegers(data, p, count);
                break;
        }
        size += count;
    }

    private void appendIntegers(byte[] data, int position, int count) {
        int p = position;
        switch (type) {
            case BOOL:
                for (int i = 0; i < count; i++) {
                    longs[size + i] = data[p + i] != 0 ? 1 : 0;
                }
                break;
            case INT8:
                for (int i = 0; i < count; i++) {
                    longs[size + i] = data[p + i];
                }
                break;
            case UINT8:
                for (int i = 0; i < count; i++) {
                    longs[size + i] = data[p + i] & 0xFF;
                }
                break;
            case INT16:
                for (int i = 0; i < count; i++, p += 2) {
                    longs[size + i] = BigEndian.getShort(data, p);
                }
                break;
            case UINT16:
                for (int i = 0; i < count; i++, p += 2) {
                    longs[size + i] = BigEndian.getShort(data, p) & 0xFFFF;
                }
                break;
            case INT32:
                for (int i = 0; i < count; i++, p += 4) {
                    longs[size + i] = BigEndian.getInt(data, p);
                }
                break;
            case UINT32:
                for (int i = 0; i < count; i++, p += 4) {
                    longs[size + i] = BigEndian.getInt(data, p) & 0xFFFFFFFFL;
                }
                break;
            default:
                for (int i = 0; i < count; i++, p += 8) {
                    longs[size + i] = BigEndian.getLong(data, p);
                }
                break;
        }
    }

    void appendString(String value) {
        reserve(1);
        strings[size++] = value;
    }

    Column build() {
        return new Column(type, firstEntry, entries, Arrays.copyOf(offsets, entries + 1), size, floats, doubles, longs,
                strings);
    }
}
