package org.otusj.io.root.bytes;

import java.util.Arrays;

/**
 * A hash map from non-zero {@code int} keys to objects, with open addressing and linear probing. It
 * contains the object and class tags of a {@link RootBuffer}. A tree record registers thousands of them,
 * and boxing each key into an {@link Integer} cost more than the lookups.
 *
 * @param <V> value type
 */
final class IntObjectMap<V> {

    /** Key of an empty slot; ROOT tags are positions plus an offset of at least 2, so never 0. */
    private static final int EMPTY = 0;

    /** Empty until the first key is stored: most buffers (basket and key headers) store none. */
    private int[] keys = new int[0];
    private Object[] values = new Object[0];
    private int size;

    /** Returns the value of {@code key}, or null if it has none. */
    @SuppressWarnings("unchecked")
    V get(int key) {
        if (size == 0) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int found = keys[slot];
            if (found == key) {
                return (V) values[slot];
            }
            if (found == EMPTY) {
                return null;
            }
        }
    }

    /** Stores {@code value} under {@code key} unless the key already has a value. */
    void putIfAbsent(int key, V value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key 0 is reserved for empty slots");
        }
        if (keys.length == 0) {
            keys = new int[64];
            values = new Object[64];
        }
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = hash(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldValues, null);
    }

    /** Spreads the bits of positions, which are close together, over the table. */
    private static int hash(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
