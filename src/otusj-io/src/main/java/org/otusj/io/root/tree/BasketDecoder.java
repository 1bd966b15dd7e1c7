package org.otusj.io.root.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.bytes.BigEndian;

/** Turns the entry bytes of a {@link Basket} into values, following a {@link BranchLayout}. */
final class BasketDecoder {

    /** {@code TObject} bit that makes ROOT write a 2-byte process id after {@code fBits}. */
    private static final int IS_REFERENCED = 1 << 4;

    private final Path file;
    private final Branch branch;
    private final BranchLayout layout;

    BasketDecoder(Path file, Branch branch, BranchLayout layout) {
        this.file = file;
        this.branch = branch;
        this.layout = layout;
    }

    /** Appends entries {@code [from, to)} of {@code basket} (basket-relative numbers) to {@code builder}. */
    void decode(Basket basket, int from, int to, ColumnBuilder builder) throws RootFormatException {
        if (layout.kind() == BranchLayout.Kind.FIXED && basket.offsets() == null) {
            decodeContiguous(basket, from, to, builder);
            return;
        }
        if (layout.kind() == BranchLayout.Kind.JAGGED && layout.headerBytes() == 0) {
            decodeJaggedRun(basket, from, to, builder);
            return;
        }
        for (int i = from; i < to; i++) {
            int start = basket.start(i);
            int end = basket.end(i);
            switch (layout.kind()) {
                case FIXED:
                    decodeFixedEntry(basket, i, start, end, builder);
                    break;
                case JAGGED:
                    decodeJaggedEntry(basket, i, start, end, builder);
                    break;
                case STRING:
                    decodeString(basket, i, start + layout.headerBytes(), end, builder);
                    break;
                case VECTOR:
                    decodeVector(basket, i, start, end, builder);
                    break;
                case STRING_VECTOR:
                    decodeStringVector(basket, i, start, end, builder);
                    break;
                case BITS:
                    decodeBits(basket, i, start, end, builder);
                    break;
                default:
                    throw new IllegalStateException("layout " + layout.kind() + " has no values");
            }
            builder.endEntry();
        }
    }

    private void decodeContiguous(Basket basket, int from, int to, ColumnBuilder builder) throws RootFormatException {
        int valueBytes = layout.fixedCount() * layout.type().size();
        if (basket.entrySize() != valueBytes) {
            throw error(basket, from, "entry size " + basket.entrySize() + " bytes disagrees with the branch type "
                    + layout.typeName() + " (" + valueBytes + " bytes)");
        }
        int count = layout.fixedCount();
        builder.appendValues(basket.data(), from * valueBytes, (to - from) * count);
        for (int i = from; i < to; i++) {
            builder.endEntryOf(count);
        }
    }

    /**
     * Decodes a run of entries of a jagged branch without entry headers in one bulk call: their values lie
     * back to back in the basket, and each entry's count follows from its byte length.
     */
    private void decodeJaggedRun(Basket basket, int from, int to, ColumnBuilder builder) throws RootFormatException {
        int size = layout.type().size();
        for (int i = from; i < to; i++) {
            int bytes = basket.end(i) - basket.start(i);
            if (bytes % size != 0) {
                throw error(basket, i, "entry has " + bytes + " bytes, which is not a whole number of "
                        + layout.type().label() + " values");
            }
        }
        int start = basket.start(from);
        builder.appendValues(basket.data(), start, (basket.end(to - 1) - start) / size);
        for (int i = from; i < to; i++) {
            builder.endEntryOf((basket.end(i) - basket.start(i)) / size);
        }
    }

    private void decodeFixedEntry(Basket basket, int entry, int start, int end, ColumnBuilder builder)
            throws RootFormatException {
        int valueBytes = layout.fixedCount() * layout.type().size();
        if (end - start != valueBytes) {
            throw error(basket, entry, "entry has " + (end - start) + " bytes, expected " + valueBytes + " for "
                    + layout.typeName());
        }
        builder.appendValues(basket.data(), start, layout.fixedCount());
    }

    private void decodeJaggedEntry(Basket basket, int entry, int start, int end, ColumnBuilder builder)
            throws RootFormatException {
        int bytes = end - start - layout.headerBytes();
        int size = layout.type().size();
        if (bytes < 0 || bytes % size != 0) {
            throw error(basket, entry, "entry has " + (end - start) + " bytes, which is not " + layout.headerBytes()
                    + " header bytes plus whole " + layout.type().label() + " values");
        }
        builder.appendValues(basket.data(), start + layout.headerBytes(), bytes / size);
    }

    private void decodeBits(Basket basket, int entry, int start, int end, ColumnBuilder builder)
            throws RootFormatException {
        int position = start;
        while (position < end) {
            if (end - position < 4) {
                throw error(basket, entry, "fBits value at byte " + position + " is cut by the end of the entry");
            }
            builder.appendValues(basket.data(), position, 1);
            int bits = BigEndian.getInt(basket.data(), position);
            position += (bits & IS_REFERENCED) != 0 ? 6 : 4;
        }
        if (position != end) {
            throw error(basket, entry, "fBits values end at byte " + position + " of an entry ending at " + end);
        }
    }

    private void decodeVector(Basket basket, int entry, int start, int end, ColumnBuilder builder)
            throws RootFormatException {
        int count = vectorCount(basket, entry, start, end);
        int valuesStart = start + layout.headerBytes() + 4;
        if ((long) count * layout.type().size() != end - valuesStart) {
            throw error(basket, entry, "vector declares " + count + " values of " + layout.type().label()
                    + " but the entry has " + (end - valuesStart) + " bytes for them");
        }
        builder.appendValues(basket.data(), valuesStart, count);
    }

    private void decodeStringVector(Basket basket, int entry, int start, int end, ColumnBuilder builder)
            throws RootFormatException {
        int count = vectorCount(basket, entry, start, end);
        if (count > end - start) {
            throw error(basket, entry, "vector declares " + count + " strings in a " + (end - start) + "-byte entry");
        }
        int position = start + layout.headerBytes() + 4;
        for (int k = 0; k < count; k++) {
            position = decodeString(basket, entry, position, end, builder);
        }
        if (position != end) {
            throw error(basket, entry, "vector of strings ends at byte " + position + " of an entry ending at " + end);
        }
    }

    private int vectorCount(Basket basket, int entry, int start, int end) throws RootFormatException {
        int header = layout.headerBytes();
        if (end - start < header + 4) {
            throw error(basket, entry, "entry of " + (end - start) + " bytes is too short for a vector header");
        }
        int count = BigEndian.getInt(basket.data(), start + header);
        if (count < 0) {
            throw error(basket, entry, "vector declares a negative size " + count);
        }
        return count;
    }

    /** Decodes one string at {@code position}; returns the position after it. */
    private int decodeString(Basket basket, int entry, int position, int end, ColumnBuilder builder)
            throws RootFormatException {
        byte[] data = basket.data();
        if (position >= end) {
            throw error(basket, entry, "string length byte lies past the end of the entry");
        }
        int length = data[position] & 0xFF;
        int p = position + 1;
        if (length == 255) {
            if (end - p < 4) {
                throw error(basket, entry, "long string length lies past the end of the entry");
            }
            length = BigEndian.getInt(data, p);
            p += 4;
        }
        if (length < 0 || length > end - p) {
            throw error(basket, entry, "string of " + length + " bytes does not fit in the " + (end - p)
                    + " bytes left in the entry");
        }
        builder.appendString(new String(data, p, length, StandardCharsets.UTF_8));
        return p + length;
    }

    private RootFormatException error(Basket basket, int entry, String detail) {
        long seek = branch.basketSeek[basket.index()];
        return new RootFormatException(file, "branch " + branch.path() + ", basket " + basket.index() + ", entry "
                + (basket.firstEntry() + entry), seek, detail);
    }
}
