package org.otusj.io.root.file;

import java.io.IOException;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.bytes.RecordContext;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.compress.Decompressor;

/**
 * Reads keys and their objects from a {@link FileSource}, decompressing per record: each record decides
 * by its own block headers whether and how it is compressed, whatever the file's default setting.
 */
public final class RecordReader implements AutoCloseable {

    /** Bytes of a key header before its seek fields. */
    private static final int KEY_FIXED_SIZE = 18;

    /** Maximum key header length accepted: fixed fields, two 8-byte seeks and three long strings. */
    private static final int MAX_KEY_LENGTH = 1 << 16;

    private final FileSource source;
    private final Decompressor decompressor = new Decompressor();

    public RecordReader(FileSource source) {
        this.source = source;
    }

    public FileSource source() {
        return source;
    }

    /**
     * Reads the key header at {@code offset} and checks that its record lies inside the file.
     *
     * @param directoryPath path of the directory that contains the key, for {@link Key#path()}
     * @param object what the key is expected to be, for error messages
     */
    public Key readKey(long offset, String directoryPath, String object) throws IOException {
        source.checkRange(offset, KEY_FIXED_SIZE, object);
        byte[] fixed = source.read(offset, KEY_FIXED_SIZE, object);
        RootBuffer head = RootBuffer.wrap(fixed, new RecordContext(source.path(), object, offset, offset));
        int nbytes = head.i32();
        head.i16();
        head.i32();
        head.u32();
        int keyLength = head.u16();
        if (keyLength < KEY_FIXED_SIZE || keyLength > MAX_KEY_LENGTH) {
            throw new RootFormatException(source.path(), object, offset + 14, "key header length " + keyLength
                    + " is outside [" + KEY_FIXED_SIZE + ", " + MAX_KEY_LENGTH + "]");
        }
        byte[] bytes = source.read(offset, keyLength, object);
        Key key = parseKey(RootBuffer.wrap(bytes, new RecordContext(source.path(), object, offset, offset)),
                directoryPath);
        checkKey(key, offset, nbytes, object);
        return key;
    }

    /**
     * Decodes a key header at the buffer's position, as stored in a record and in a directory's key list.
     */
    public static Key parseKey(RootBuffer buffer, String directoryPath) throws RootFormatException {
        int start = buffer.position();
        int nbytes = buffer.i32();
        int version = buffer.i16();
        int objectLength = buffer.i32();
        long datime = buffer.u32();
        int keyLength = buffer.u16();
        int cycle = buffer.u16();
        boolean large = version > 1000;
        long seekKey = large ? buffer.i64() : buffer.u32();
        long seekParent = large ? buffer.i64() : buffer.u32();
        String className = buffer.string();
        String name = buffer.string();
        String title = buffer.string();
        if (buffer.position() - start > keyLength) {
            throw buffer.errorAt(start, "key header of '" + name + "' is " + (buffer.position() - start)
                    + " bytes long, but its length field says " + keyLength);
        }
        return new Key(nbytes, version, objectLength, datime, keyLength, cycle, seekKey, seekParent, className, name,
                title, directoryPath);
    }

    private void checkKey(Key key, long offset, int nbytes, String object) throws RootFormatException {
        if (nbytes < key.keyLength()) {
            throw new RootFormatException(source.path(), object, offset, "record length " + nbytes
                    + " is shorter than its key header of " + key.keyLength() + " bytes");
        }
        if (key.objectLength() < 0) {
            throw new RootFormatException(source.path(), object, offset + 6, "negative object length "
                    + key.objectLength());
        }
        if (offset + nbytes > source.length()) {
            throw new RootFormatException(source.path(), object, offset, "record of " + nbytes + " bytes ends at "
                    + (offset + nbytes) + ", past the end of the file (" + source.length() + " bytes)");
        }
    }

    /**
     * Reads the object stored after {@code key}, decompressed, as a buffer whose positions count from the
     * start of the record (the key header) as ROOT's do, so that object references resolve.
     */
    public RootBuffer readObject(Key key, String object) throws IOException {
        checkRecord(key, object);
        long payloadOffset = key.seekKey() + key.keyLength();
        byte[] stored = source.read(payloadOffset, key.storedLength(), object);
        if (!key.isCompressed()) {
            return new RootBuffer(stored, 0, stored.length, key.keyLength(),
                    new RecordContext(source.path(), object, key.seekKey(), payloadOffset));
        }
        byte[] inflated = decompress(stored, 0, stored.length, key.objectLength(),
                new RecordContext(source.path(), object, key.seekKey(), payloadOffset));
        return new RootBuffer(inflated, 0, inflated.length, key.keyLength(),
                new RecordContext(source.path(), object, key.seekKey(), -1));
    }

    /**
     * Inflates {@code length} stored bytes at {@code offset}; synchronized because the decompressor keeps
     * native state.
     *
     * @param context its {@code payloadOffset} is the file offset of {@code stored[0]}
     */
    public synchronized byte[] decompress(byte[] stored, int offset, int length, int uncompressedLength,
            RecordContext context) throws RootFormatException {
        return decompressor.decompress(stored, offset, length, uncompressedLength, context);
    }

    /** Checks that a key read from a key list points at a record inside the file. */
    public void checkRecord(Key key, String object) throws RootFormatException {
        if (key.seekKey() < 0 || key.nbytes() < key.keyLength() || key.seekKey() > source.length() - key.nbytes()) {
            throw new RootFormatException(source.path(), object, key.seekKey(), "key points at a record of "
                    + key.nbytes() + " bytes at offset " + key.seekKey() + ", past the end of the file ("
                    + source.length() + " bytes)");
        }
    }

    @Override
    public void close() throws IOException {
        decompressor.close();
        source.close();
    }
}
