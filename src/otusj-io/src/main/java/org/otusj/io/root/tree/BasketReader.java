package org.otusj.io.root.tree;

import java.io.IOException;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.UnsupportedRootFeatureException;
import org.otusj.io.root.bytes.BigEndian;
import org.otusj.io.root.bytes.RecordContext;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.file.Key;
import org.otusj.io.root.file.RecordReader;

/**
 * Reads and checks the baskets of a branch: one positional read per basket, then decompression of that
 * record alone. The basket's key must agree with the branch's basket table (length, entry count), and
 * its entry-offset table must be ordered and lie inside the basket.
 */
final class BasketReader {

    /** Bytes of the {@code TBasket} fields at the end of a basket's key header: version, four ints, a flag. */
    private static final int BASKET_FIELDS = 19;

    private final RecordReader records;

    BasketReader(RecordReader records) {
        this.records = records;
    }

    Basket read(Branch branch, int index) throws IOException {
        branch.decode();
        String object = "branch " + branch.path() + ", basket " + index;
        if (branch.embeddedBaskets && index >= branch.writeBasket) {
            throw new UnsupportedRootFeatureException(records.source().path(), object, -1,
                    "the basket is stored inside the TTree record (file closed without flushing); "
                    + "such baskets are not read");
        }
        if (index < 0 || index >= branch.writeBasket) {
            throw new RootFormatException(records.source().path(), object, -1, "branch has " + branch.writeBasket
                    + " baskets on file, no basket " + index);
        }
        long seek = branch.basketSeek[index];
        int bytes = branch.basketBytes[index];
        long firstEntry = branch.basketEntry[index];
        long lastEntry = index + 1 < branch.basketEntry.length && index + 1 <= branch.writeBasket
                ? branch.basketEntry[index + 1] : branch.entries;
        long expectedEntries = lastEntry - firstEntry;

        byte[] record = records.source().read(seek, bytes, object);
        RootBuffer head = RootBuffer.wrap(record, new RecordContext(records.source().path(), object, seek, seek));
        Key key = RecordReader.parseKey(head, "");
        if (key.nbytes() != bytes) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: the key "
                    + "says the record has " + key.nbytes() + " bytes, the branch's basket table says " + bytes);
        }
        if (key.keyLength() < head.position() + BASKET_FIELDS || key.keyLength() > bytes) {
            throw new RootFormatException(records.source().path(), object, seek + 14, "basket key length "
                    + key.keyLength() + " does not fit the record of " + bytes + " bytes");
        }

        head.setPosition(key.keyLength() - BASKET_FIELDS);
        head.i16();
        head.i32();
        int entrySize = head.i32();
        int entryCount = head.i32();
        int last = head.i32();
        if (entryCount != expectedEntries) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: the "
                    + "basket holds " + entryCount + " entries, the branch's basket table expects " + expectedEntries);
        }

        byte[] data = payload(record, key, seek, object);
        int border = last - key.keyLength();
        if (border < 0 || border > data.length) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: entry "
                    + "data end (fLast) at " + border + " lies outside the " + data.length + " uncompressed bytes");
        }
        int[] offsets = border < data.length ? offsets(data, border, entryCount, key.keyLength(), seek, object) : null;
        if (offsets == null && (long) entrySize * entryCount > border) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: "
                    + entryCount + " entries of " + entrySize + " bytes do not fit in " + border + " bytes");
        }
        return new Basket(index, firstEntry, entryCount, data, border, offsets, entrySize);
    }

    private byte[] payload(byte[] record, Key key, long seek, String object) throws IOException {
        int stored = record.length - key.keyLength();
        if (!key.isCompressed()) {
            byte[] payload = new byte[stored];
            System.arraycopy(record, key.keyLength(), payload, 0, stored);
            return payload;
        }
        return records.decompress(record, key.keyLength(), stored, key.objectLength(),
                new RecordContext(records.source().path(), object, seek, seek));
    }

    /**
     * Decodes the entry-offset table after the entry data: a count, then the start of each entry
     * counted from the record start (key header included).
     */
    private int[] offsets(byte[] data, int border, int entryCount, int keyLength, long seek, String object)
            throws RootFormatException {
        if (data.length - border < 4 + 4L * entryCount) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: "
                    + "entry-offset table of " + entryCount + " entries does not fit in the "
                    + (data.length - border) + " bytes after the entry data");
        }
        int count = BigEndian.getInt(data, border);
        if (count < entryCount) {
            throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: "
                    + "entry-offset table lists " + count + " entries, the basket holds " + entryCount);
        }
        int[] offsets = new int[entryCount + 1];
        int previous = 0;
        for (int i = 0; i < entryCount; i++) {
            int offset = BigEndian.getInt(data, border + 4 + 4 * i) - keyLength;
            if (offset < previous || offset > border) {
                throw new RootFormatException(records.source().path(), object, seek, "basket sizes disagree: "
                        + "entry " + i + " starts at " + offset + ", outside [" + previous + ", " + border + "]");
            }
            offsets[i] = offset;
            previous = offset;
        }
        offsets[entryCount] = border;
        return offsets;
    }
}
