package org.otusj.io.root.tree;

/**
 * One decompressed {@code TBasket}: the bytes of a run of consecutive entries of one branch.
 *
 * @param index basket number within the branch
 * @param firstEntry tree entry of the basket's first entry
 * @param entryCount number of entries in the basket
 * @param data uncompressed bytes; entry data occupy {@code [0, border)}
 * @param border end of the entry data, where ROOT's entry-offset table starts
 * @param offsets start of each entry in {@code data} plus {@code border} at the end ({@code entryCount + 1}
 *     values), or null when all entries have {@code entrySize} bytes
 * @param entrySize bytes per entry when {@code offsets} is null
 */
record Basket(int index, long firstEntry, int entryCount, byte[] data, int border, int[] offsets, int entrySize) {

    /** Start of entry {@code i} (0-based within the basket) in {@link #data()}. */
    int start(int i) {
        return offsets != null ? offsets[i] : i * entrySize;
    }

    /** End of entry {@code i} in {@link #data()}. */
    int end(int i) {
        return offsets != null ? offsets[i + 1] : (i + 1) * entrySize;
    }
}
