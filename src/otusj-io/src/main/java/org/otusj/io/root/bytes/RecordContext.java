package org.otusj.io.root.bytes;

import java.nio.file.Path;

/**
 * Where a buffer comes from, for error messages: the file, the object being decoded and the record's
 * position in the file.
 *
 * @param file the ROOT file
 * @param object key path, branch path or record name
 * @param recordOffset byte offset of the record (key) in the file
 * @param payloadOffset byte offset in the file of the buffer's first byte when the buffer is an
 *     uncompressed copy of the file, or -1 when it was decompressed and positions do not map to the file
 */
public record RecordContext(Path file, String object, long recordOffset, long payloadOffset) {

    /** The same record under another object name, for errors inside a nested object. */
    public RecordContext withObject(String name) {
        return new RecordContext(file, name, recordOffset, payloadOffset);
    }
}
