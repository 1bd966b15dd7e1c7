package org.otusj.io.root.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.bytes.RecordContext;
import org.otusj.io.root.bytes.RootBuffer;

/**
 * A {@code TDirectory}: the list of keys of the top level of a file or of a subdirectory. Keys are kept
 * in file order; several keys may share a name with different cycles.
 */
public final class Directory {

    /** Smallest key header in a key list: fixed fields, two 4-byte seeks and three empty strings. */
    private static final int MIN_KEY_SIZE = 29;

    /** Bytes read for a directory's streamed fields; both seek layouts fit. */
    private static final int DIRECTORY_RECORD_SIZE = 64;

    private final String path;
    private final List<Key> keys;

    private Directory(String path, List<Key> keys) {
        this.path = path;
        this.keys = Collections.unmodifiableList(keys);
    }

    /** Reads the top directory of a file: its fields follow the file's own key and name. */
    public static Directory readTop(RecordReader reader, FileHeader header) throws IOException {
        FileSource source = reader.source();
        long offset = header.begin() + header.nbytesName();
        int length = (int) Math.min(DIRECTORY_RECORD_SIZE, source.length() - offset);
        byte[] bytes = source.read(offset, length, "top directory");
        RootBuffer buffer = RootBuffer.wrap(bytes, new RecordContext(source.path(), "top directory", header.begin(),
                offset));
        return read(reader, buffer, "");
    }

    /** Reads the subdirectory stored under {@code key}. */
    public static Directory readSubdirectory(RecordReader reader, Key key) throws IOException {
        String path = key.directoryPath().isEmpty() ? key.name() : key.directoryPath() + "/" + key.name();
        RootBuffer buffer = reader.readObject(key, "directory " + path);
        return read(reader, buffer, path);
    }

    private static Directory read(RecordReader reader, RootBuffer buffer, String path) throws IOException {
        int version = buffer.i16();
        boolean large = version > 1000;
        buffer.u32();
        buffer.u32();
        int nbytesKeys = buffer.i32();
        buffer.i32();
        if (large) {
            buffer.i64();
            buffer.i64();
        } else {
            buffer.u32();
            buffer.u32();
        }
        long seekKeys = large ? buffer.i64() : buffer.u32();
        String name = path.isEmpty() ? "top directory" : "directory " + path;
        if (seekKeys == 0) {
            return new Directory(path, List.of());
        }
        return new Directory(path, readKeyList(reader, seekKeys, nbytesKeys, path, name));
    }

    private static List<Key> readKeyList(RecordReader reader, long seekKeys, int nbytesKeys, String path,
            String name) throws IOException {
        String object = "key list of " + name;
        Key listKey = reader.readKey(seekKeys, path, object);
        if (nbytesKeys > 0 && listKey.nbytes() != nbytesKeys) {
            throw new RootFormatException(reader.source().path(), object, seekKeys, "key list record is "
                    + listKey.nbytes() + " bytes long, but the directory records " + nbytesKeys);
        }
        long payloadOffset = seekKeys + listKey.keyLength();
        byte[] bytes = reader.source().read(payloadOffset, listKey.storedLength(), object);
        RootBuffer buffer = RootBuffer.wrap(bytes, new RecordContext(reader.source().path(), object, seekKeys,
                payloadOffset));

        int count = buffer.i32();
        if (count < 0 || (long) count * MIN_KEY_SIZE > buffer.remaining()) {
            throw buffer.errorAt(0, "key count " + count + " does not fit in the " + buffer.remaining()
                    + " bytes of the key list");
        }
        List<Key> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = buffer.position();
            Key key = RecordReader.parseKey(buffer, path);
            buffer.setPosition(start + key.keyLength());
            keys.add(key);
        }
        return keys;
    }

    /** Path from the top directory, empty for the top directory itself. */
    public String path() {
        return path;
    }

    /** Returns all keys in file order. */
    public List<Key> keys() {
        return keys;
    }

    /** The key named {@code name} with the highest cycle, as ROOT's {@code Get(name)} returns. */
    public Optional<Key> key(String name) {
        Key best = null;
        for (Key key : keys) {
            if (key.name().equals(name) && (best == null || key.cycle() > best.cycle())) {
                best = key;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Finds the key named {@code name} with the given cycle. */
    public Optional<Key> key(String name, int cycle) {
        for (Key key : keys) {
            if (key.name().equals(name) && key.cycle() == cycle) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
