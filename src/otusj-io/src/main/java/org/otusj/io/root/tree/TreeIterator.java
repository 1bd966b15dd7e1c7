package org.otusj.io.root.tree;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads several branches of a tree chunk by chunk: each call to {@link #next()} returns the columns of
 * the next run of entries. Memory keeps one chunk of values and one decompressed basket per branch.
 */
public final class TreeIterator {

    /**
     * The values of the requested branches for entries {@code [firstEntry, firstEntry + entryCount)}.
     *
     * @param firstEntry first tree entry of the chunk
     * @param entryCount number of entries
     * @param columns the columns keyed by the paths given to {@link Tree#iterate}
     */
    public record Chunk(long firstEntry, int entryCount, Map<String, Column> columns) {

        /** The column of {@code path}, which must be one of the requested paths. */
        public Column column(String path) {
            Column column = columns.get(path);
            if (column == null) {
                throw new IllegalArgumentException("branch '" + path + "' was not requested; requested: "
                        + columns.keySet());
            }
            return column;
        }
    }

    private final List<String> paths;
    private final List<BranchReader> readers = new ArrayList<>();
    private final long stop;
    private final int chunkSize;
    private long next;

    TreeIterator(Tree tree, List<String> paths, long start, long stop, int chunkSize) throws IOException {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, found " + chunkSize);
        }
        if (start < 0 || stop < start || stop > tree.entries()) {
            throw new IllegalArgumentException("entry range [" + start + ", " + stop + ") is outside [0, "
                    + tree.entries() + "] of tree " + tree.keyPath());
        }
        this.paths = List.copyOf(paths);
        for (String path : paths) {
            readers.add(tree.reader(path));
        }
        this.next = start;
        this.stop = stop;
        this.chunkSize = chunkSize;
    }

    /** Returns true if entries remain. */
    public boolean hasNext() {
        return next < stop;
    }

    /** Reads the next chunk, or returns null after the last one. */
    public Chunk next() throws IOException {
        if (next >= stop) {
            return null;
        }
        long end = Math.min(stop, next + chunkSize);
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < readers.size(); i++) {
            columns.put(paths.get(i), readers.get(i).read(next, end));
        }
        Chunk chunk = new Chunk(next, (int) (end - next), columns);
        next = end;
        return chunk;
    }

    /** Baskets decompressed so far over all branches. */
    public long basketsRead() {
        long total = 0;
        for (BranchReader reader : readers) {
            total += reader.basketsRead();
        }
        return total;
    }
}
