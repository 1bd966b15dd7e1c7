package org.otusj.io.root.bytes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoders for the ROOT base classes every other class builds on: {@code TObject}, {@code TNamed},
 * {@code TObjArray} and {@code TList}.
 */
public final class CoreStreamers {

    /** {@code TObject::fBits} flag: the object is referenced, and a process id follows. */
    private static final long IS_REFERENCED = 1L << 4;

    private CoreStreamers() {
    }

    /** Reads a {@code TObject}: version, unique id and bits, and the process id of a referenced object. */
    public static void readObject(RootBuffer buffer) throws IOException {
        VersionHeader header = buffer.version();
        buffer.u32();
        long bits = buffer.u32();
        if ((bits & IS_REFERENCED) != 0) {
            buffer.u16();
        }
        buffer.skipToEnd(header, "TObject");
    }

    /** Reads a {@code TNamed}: a {@code TObject} followed by name and title. */
    public static Named readNamed(RootBuffer buffer) throws IOException {
        VersionHeader header = buffer.version();
        readObject(buffer);
        String name = buffer.string();
        String title = buffer.string();
        buffer.skipToEnd(header, "TNamed");
        return new Named(name, title);
    }

    /**
     * Reads a {@code TObjArray} and its elements through {@code factory}. Elements of unknown classes and
     * null slots are returned as null.
     */
    public static List<Object> readObjArray(RootBuffer buffer, ObjectFactory factory) throws IOException {
        VersionHeader header = buffer.version();
        if (header.version() > 2) {
            readObject(buffer);
        }
        if (header.version() > 1) {
            buffer.string();
        }
        int count = buffer.i32();
        buffer.i32();
        checkCount(buffer, count, "TObjArray");
        List<Object> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(buffer.readObjectAny(factory));
        }
        buffer.skipToEnd(header, "TObjArray");
        return elements;
    }

    /** Reads a {@code TList} (also {@code THashList}); the per-element option strings are dropped. */
    public static List<Object> readList(RootBuffer buffer, ObjectFactory factory) throws IOException {
        VersionHeader header = buffer.version();
        if (header.version() > 3) {
            readObject(buffer);
            buffer.string();
        }
        int count = buffer.i32();
        checkCount(buffer, count, "TList");
        List<Object> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(buffer.readObjectAny(factory));
            if (header.version() > 4) {
                buffer.string();
            }
        }
        buffer.skipToEnd(header, "TList");
        return elements;
    }

    /** Rejects a count larger than the remaining bytes allow, since each element takes at least 4 bytes. */
    private static void checkCount(RootBuffer buffer, int count, String className) throws IOException {
        if (count < 0 || (long) count * 4 > buffer.remaining()) {
            throw buffer.error(className + " declares " + count + " elements but only " + buffer.remaining()
                    + " bytes remain");
        }
    }
}
