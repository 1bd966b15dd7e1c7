package org.otusj.io.root.tree;

import java.io.IOException;
import java.util.Arrays;
import org.otusj.io.root.UnsupportedRootFeatureException;

/**
 * Reads the values of one branch for ranges of entries. Only the baskets that overlap a requested range
 * are read and decompressed, and the last basket is kept so that consecutive ranges inside one basket
 * decompress it once. Not thread-safe; use one reader per thread.
 */
public final class BranchReader {

    private final Tree tree;
    private final Branch branch;
    private final BranchLayout layout;
    private final BasketDecoder decoder;
    private Basket cached;
    private long basketsRead;

    BranchReader(Tree tree, Branch branch) throws IOException {
        branch.decode();
        this.tree = tree;
        this.branch = branch;
        this.layout = tree.layout(branch);
        if (!layout.isReadable()) {
            throw new UnsupportedRootFeatureException(tree.file(), "branch " + branch.path(), -1,
                    "cannot read values of type " + layout.typeName() + ": " + layout.note());
        }
        this.decoder = new BasketDecoder(tree.file(), branch, layout);
    }

    public Branch branch() {
        return branch;
    }

    public BranchLayout layout() {
        return layout;
    }

    /** Number of baskets decompressed so far. */
    public long basketsRead() {
        return basketsRead;
    }

    /**
     * Reads entries {@code [start, stop)}.
     *
     * @throws IllegalArgumentException if the range is not inside {@code [0, entries]}
     */
    public Column read(long start, long stop) throws IOException {
        if (start < 0 || stop < start || stop > branch.entries) {
            throw new IllegalArgumentException("entry range [" + start + ", " + stop + ") is outside [0, "
                    + branch.entries + "] of branch " + branch.path());
        }
        int expectedEntries = (int) Math.min(Integer.MAX_VALUE - 8, stop - start);
        int expectedValues = layout.kind() == BranchLayout.Kind.FIXED ? expectedEntries * layout.fixedCount()
                : expectedEntries;
        ColumnBuilder builder = new ColumnBuilder(layout.type(), start, expectedEntries, expectedValues);

        long entry = start;
        while (entry < stop) {
            int index = basketIndex(entry);
            Basket basket = basket(index);
            int from = (int) (entry - basket.firstEntry());
            int to = (int) Math.min(basket.entryCount(), stop - basket.firstEntry());
            decoder.decode(basket, from, to, builder);
            entry = basket.firstEntry() + to;
        }
        return builder.build();
    }

    /** Reads all entries of the branch. */
    public Column readAll() throws IOException {
        return read(0, branch.entries);
    }

    /** Finds the basket that contains {@code entry} by binary search in the branch's basket table. */
    int basketIndex(long entry) {
        int count = branch.writeBasket;
        int found = Arrays.binarySearch(branch.basketEntry, 0, count, entry);
        int index = found >= 0 ? found : -found - 2;
        // Empty baskets share a first entry with the next one; use the last basket starting at or before entry.
        while (index + 1 < count && branch.basketEntry[index + 1] <= entry) {
            index++;
        }
        return Math.max(0, Math.min(index, count - 1));
    }

    private Basket basket(int index) throws IOException {
        if (cached != null && cached.index() == index) {
            return cached;
        }
        Basket basket = tree.basketReader().read(branch, index);
        if (basket.entryCount() == 0) {
            throw new org.otusj.io.root.RootFormatException(tree.file(),
                    "branch " + branch.path() + ", basket " + index,
                    branch.basketSeek[index], "basket holds no entries, but the basket table maps entry "
                    + branch.basketEntry[index] + " to it");
        }
        basketsRead++;
        cached = basket;
        return basket;
    }
}
