package org.otusj.io.root.compress;

/**
 * The compression algorithms a ROOT compressed block can name in the first two bytes of its header.
 */
public enum CompressionAlgorithm {

    /** zlib stream (deflate with the zlib header and Adler-32 trailer), tag {@code ZL}. */
    ZLIB("ZL"),

    /** A complete .xz stream holding LZMA2 data, tag {@code XZ}. */
    LZMA("XZ"),

    /** An LZ4 block preceded by the big-endian xxhash64 (seed 0) of that block, tag {@code L4}. */
    LZ4("L4"),

    /** A zstd frame, tag {@code ZS}. */
    ZSTD("ZS"),

    /** ROOT's own deflate implementation from before ROOT 6, tag {@code CS}; not supported here. */
    OLD_ROOT("CS");

    private final String tag;

    CompressionAlgorithm(String tag) {
        this.tag = tag;
    }

    /** Returns the two-letter tag at the start of a block header. */
    public String tag() {
        return tag;
    }

    /**
     * Returns the algorithm named by the two tag bytes, or null when the tag names none of them.
     */
    public static CompressionAlgorithm fromTag(byte first, byte second) {
        for (CompressionAlgorithm algorithm : values()) {
            if (algorithm.tag.charAt(0) == (char) (first & 0xFF) && algorithm.tag.charAt(1) == (char) (second & 0xFF)) {
                return algorithm;
            }
        }
        return null;
    }
}
