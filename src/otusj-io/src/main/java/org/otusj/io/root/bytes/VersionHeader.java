package org.otusj.io.root.bytes;

/**
 * The header ROOT writes before a streamed object or base class: an optional byte count and the class
 * version.
 *
 * @param version class version
 * @param start buffer position of the header
 * @param end buffer position just after the object, or -1 when the file stored no byte count
 */
public record VersionHeader(int version, int start, int end) {

    /** Returns true if the object carries a byte count, so it can be skipped without decoding it. */
    public boolean hasByteCount() {
        return end >= 0;
    }
}
