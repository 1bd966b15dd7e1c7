package org.otusj.io.root.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.otusj.io.root.RootFormatException;

/**
 * A cursor over big-endian bytes of one ROOT record, with the decoding rules of ROOT's {@code TBufferFile}:
 * {@code TString}s, version headers with byte counts, and object pointers with class tags and
 * back-references.
 *
 * <p>Every read checks the remaining length first, so a corrupt size can only raise a {@link
 * RootFormatException}, never read past the record or allocate more than the record holds.
 */
public final class RootBuffer {

    /** Bit set in the first word of a version header or object pointer that carries a byte count. */
    public static final int BYTE_COUNT_MASK = 0x40000000;

    /** Object-pointer tag that announces a class name written for the first time. */
    public static final int NEW_CLASS_TAG = 0xFFFFFFFF;

    /** Bit set in an object-pointer tag that refers to a class seen earlier. */
    public static final int CLASS_MASK = 0x80000000;

    /** Offset ROOT adds to buffer positions when it records them in its object and class maps. */
    private static final int MAP_OFFSET = 2;

    /** Maximum length of a class name in an object pointer, in bytes. */
    private static final int MAX_CLASS_NAME = 4096;

    private final byte[] data;
    private final int limit;
    private final int displacement;
    private final RecordContext context;
    private int position;
    private final IntObjectMap<Object> objectsByTag = new IntObjectMap<>();
    private final IntObjectMap<String> classesByTag = new IntObjectMap<>();
    /** Tags of the objects whose pointers are being read, innermost last. */
    private int[] pendingTags = new int[0];
    private int pendingDepth;
    private DeferredRegions deferred;

    /**
     * @param data the bytes
     * @param start position of the first byte to read
     * @param limit position just after the last byte that may be read
     * @param displacement number of bytes that preceded {@code data[0]} when ROOT wrote the record (the key
     *     length for an object read from a key), used to resolve object references
     * @param context file and object names for error messages
     */
    public RootBuffer(byte[] data, int start, int limit, int displacement, RecordContext context) {
        if (start < 0 || limit > data.length || start > limit) {
            throw new IllegalArgumentException("invalid buffer range [" + start + ", " + limit + ") of "
                    + data.length + " bytes");
        }
        this.data = data;
        this.position = start;
        this.limit = limit;
        this.displacement = displacement;
        this.context = context;
    }

    /** Wraps a whole array with no displacement. */
    public static RootBuffer wrap(byte[] data, RecordContext context) {
        return new RootBuffer(data, 0, data.length, 0, context);
    }

    public RecordContext context() {
        return context;
    }

    /** Returns the backing array, shared and not copied. */
    public byte[] array() {
        return data;
    }

    public int position() {
        return position;
    }

    public int limit() {
        return limit;
    }

    public int remaining() {
        return limit - position;
    }

    /** Moves to {@code newPosition}, which must lie inside the buffer. */
    public void setPosition(int newPosition) throws RootFormatException {
        if (newPosition < 0 || newPosition > limit) {
            throw error("cannot move to position " + newPosition + ": the record has " + limit + " bytes");
        }
        position = newPosition;
    }

    /** Moves back to a position saved earlier, after a deferred region was decoded. */
    void restorePosition(int saved) {
        position = saved;
    }

    /** Skips {@code count} bytes. */
    public void skip(int count) throws RootFormatException {
        require(count);
        position += count;
    }

    /** Checks that {@code count} more bytes can be read. */
    public void require(long count) throws RootFormatException {
        if (count < 0 || count > limit - position) {
            throw error("needed " + count + " more bytes but only " + (limit - position) + " remain");
        }
    }

    /**
     * Returns an exception naming the file, the object and the current position. A position inside a
     * decompressed record is given as such, together with the record's file offset.
     */
    public RootFormatException error(String detail) {
        return errorAt(position, detail);
    }

    /** Same as {@link #error}, at buffer position {@code at}. */
    public RootFormatException errorAt(int at, String detail) {
        if (context.payloadOffset() >= 0) {
            return new RootFormatException(context.file(), context.object(), context.payloadOffset() + at, detail);
        }
        return new RootFormatException(context.file(), context.object(), context.recordOffset(),
                detail + " (at byte " + at + " of the decompressed record)");
    }

    public int u8() throws RootFormatException {
        require(1);
        return data[position++] & 0xFF;
    }

    public byte i8() throws RootFormatException {
        require(1);
        return data[position++];
    }

    public boolean bool() throws RootFormatException {
        return u8() != 0;
    }

    public short i16() throws RootFormatException {
        require(2);
        short value = BigEndian.getShort(data, position);
        position += 2;
        return value;
    }

    public int u16() throws RootFormatException {
        return i16() & 0xFFFF;
    }

    public int i32() throws RootFormatException {
        require(4);
        int value = BigEndian.getInt(data, position);
        position += 4;
        return value;
    }

    public long u32() throws RootFormatException {
        return i32() & 0xFFFFFFFFL;
    }

    public long i64() throws RootFormatException {
        require(8);
        long value = BigEndian.getLong(data, position);
        position += 8;
        return value;
    }

    public float f32() throws RootFormatException {
        return Float.intBitsToFloat(i32());
    }

    public double f64() throws RootFormatException {
        return Double.longBitsToDouble(i64());
    }

    /** Reads {@code count} raw bytes into a new array. */
    public byte[] bytes(int count) throws RootFormatException {
        require(count);
        byte[] copy = new byte[count];
        System.arraycopy(data, position, copy, 0, count);
        position += count;
        return copy;
    }

    /**
     * Reads a {@code TString}: a one-byte length, or the byte 255 followed by a 4-byte length, then that
     * many bytes. ROOT does not fix a character set; names are ASCII in practice and decoded as UTF-8.
     */
    public String string() throws RootFormatException {
        int length = u8();
        if (length == 255) {
            length = i32();
        }
        require(length);
        String text = new String(data, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    /** Skips a {@code TString} without decoding it, for names and titles nothing reads. */
    public void skipString() throws RootFormatException {
        int length = u8();
        if (length == 255) {
            length = i32();
        }
        skip(length);
    }

    /** Reads a zero-terminated string of at most {@code maxLength} bytes before the terminator. */
    public String cString(int maxLength) throws RootFormatException {
        int start = position;
        int end = start;
        while (true) {
            if (end >= limit) {
                throw errorAt(start, "unterminated string: no zero byte before the end of the record");
            }
            if (data[end] == 0) {
                break;
            }
            if (end - start >= maxLength) {
                throw errorAt(start, "string longer than " + maxLength + " bytes");
            }
            end++;
        }
        String text = new String(data, start, end - start, StandardCharsets.US_ASCII);
        position = end + 1;
        return text;
    }

    /**
     * Reads a version header: a 4-byte byte count with {@link #BYTE_COUNT_MASK} set followed by a 2-byte
     * version, or a bare 2-byte version. The byte count must end inside the buffer.
     */
    public VersionHeader version() throws RootFormatException {
        int start = position;
        require(2);
        int end = -1;
        if (remaining() >= 6) {
            int word = BigEndian.getInt(data, position);
            if ((word & BYTE_COUNT_MASK) != 0) {
                long count = word & ~BYTE_COUNT_MASK;
                if (count < 2 || count > limit - position - 4) {
                    throw error("object byte count " + count + " does not fit in the " + (limit - position - 4)
                            + " bytes that remain");
                }
                end = position + 4 + (int) count;
                position += 4;
            }
        }
        int version = i16();
        return new VersionHeader(version, start, end);
    }

    /**
     * Moves to the end of the object announced by {@code header}, so that fields this reader does not
     * decode are skipped. Without a byte count the position is left as it is.
     *
     * @throws RootFormatException if the decoder already read past the end of the object
     */
    public void skipToEnd(VersionHeader header, String className) throws RootFormatException {
        if (!header.hasByteCount()) {
            return;
        }
        if (position > header.end()) {
            throw error("decoding " + className + " version " + header.version() + " read " + (position - header.end())
                    + " bytes past its byte count (object from byte " + header.start() + " to " + header.end() + ")");
        }
        position = header.end();
    }

    /**
     * Registers {@code object} as the object whose pointer is being read, before its fields are decoded.
     * ROOT records an object before streaming its members, so a member may point back at the object that
     * contains it, as a branch's count branch does. Factories call this first to resolve such pointers.
     */
    public void registerCurrentObject(Object object) {
        if (pendingDepth > 0) {
            objectsByTag.putIfAbsent(pendingTags[pendingDepth - 1], object);
        }
    }

    /**
     * Puts off decoding the bytes {@code [start, end)} of this buffer until {@link DeferredRegions#decode}
     * is called for the returned index, or until a class or object reference points into them.
     */
    public int defer(int start, int end, DeferredRegions.Decoder decoder) {
        if (deferred == null) {
            deferred = new DeferredRegions(this);
        }
        return deferred.add(start, end, decoder);
    }

    /** Returns the regions registered with {@link #defer}, or null if there are none. */
    public DeferredRegions deferredRegions() {
        return deferred;
    }

    /** Called when every deferred region is decoded: later misses have nothing left to decode. */
    void releaseDeferred() {
        deferred = null;
    }

    /** Returns the buffer position of the bytes a class or object tag refers to. */
    private int tagPosition(int tag) {
        return tag - displacement - MAP_OFFSET;
    }

    /**
     * Returns the object or class name registered under {@code tag} in {@code tags}. If there is none and the
     * tag points into a deferred region, that region is decoded first, because the entry was written there.
     */
    private <T> T registered(IntObjectMap<T> tags, int tag) throws IOException {
        T found = tags.get(tag);
        if (found == null && deferred != null && deferred.decodeContaining(tagPosition(tag))) {
            found = tags.get(tag);
        }
        return found;
    }

    /**
     * Reads an object pointer as {@code TBufferFile::ReadObjectAny} writes it: null, a reference to an
     * object read earlier in this buffer, or a new object with its class given by name or by a reference
     * to an earlier class name.
     *
     * @param factory decodes new objects by class name; objects of classes it does not know are skipped
     *     and returned as null
     * @return the object, or null for a null pointer or an unknown class
     */
    public Object readObjectAny(ObjectFactory factory) throws IOException {
        int begin = position;
        long first = u32();
        int tag;
        int tagPosition;
        int end = -1;
        if ((first & BYTE_COUNT_MASK) == 0 || first == (NEW_CLASS_TAG & 0xFFFFFFFFL)) {
            tag = (int) first;
            tagPosition = begin;
        } else {
            long count = first & ~BYTE_COUNT_MASK;
            if (count < 4 || count > limit - begin - 4) {
                throw errorAt(begin, "object pointer byte count " + count + " does not fit in the "
                        + (limit - begin - 4) + " bytes that remain");
            }
            end = begin + 4 + (int) count;
            tagPosition = position;
            tag = i32();
        }

        if ((tag & CLASS_MASK) == 0) {
            if (tag == 0) {
                return null;
            }
            Object earlier = registered(objectsByTag, tag);
            if (earlier == null && end >= 0) {
                // A reference to an object this reader skipped: the byte count lets us move on.
                position = end;
            }
            return earlier;
        }

        String className;
        if (tag == NEW_CLASS_TAG) {
            className = cString(MAX_CLASS_NAME);
            classesByTag.putIfAbsent(tagPosition + displacement + MAP_OFFSET, className);
        } else {
            int classTag = tag & ~CLASS_MASK;
            className = registered(classesByTag, classTag);
            if (className == null) {
                throw errorAt(tagPosition, "object pointer refers to class tag " + classTag
                        + ", which names no class read so far");
            }
        }

        int objectTag = begin + displacement + MAP_OFFSET;
        if (pendingDepth == pendingTags.length) {
            pendingTags = Arrays.copyOf(pendingTags, Math.max(16, pendingDepth * 2));
        }
        pendingTags[pendingDepth++] = objectTag;
        Object object;
        try {
            object = factory.read(className, this, end);
        } finally {
            pendingDepth--;
        }
        if (object != null) {
            objectsByTag.putIfAbsent(objectTag, object);
        }
        if (end >= 0) {
            if (position > end) {
                throw error("decoding " + className + " read " + (position - end) + " bytes past its byte count");
            }
            position = end;
        } else if (object == null) {
            throw errorAt(begin, "cannot skip object of unsupported class " + className
                    + ": the file stored no byte count for it");
        }
        return object;
    }
}
