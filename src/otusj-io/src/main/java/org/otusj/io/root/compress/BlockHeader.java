package org.otusj.io.root.compress;

/**
 * The 9-byte header in front of each compressed block of a ROOT record: a two-letter algorithm tag, a
 * method byte, then the compressed and the uncompressed size of the block as 3-byte little-endian
 * integers. A record larger than 16 MiB - 1 bytes is split into several blocks.
 *
 * @param tag the two tag characters as found, for error messages
 * @param algorithm the algorithm named by the tag, or null when the tag is unknown
 * @param method the method byte (compression level or variant)
 * @param compressedSize bytes of compressed data after this header
 * @param uncompressedSize bytes the block inflates to
 */
public record BlockHeader(String tag, CompressionAlgorithm algorithm, int method, int compressedSize,
        int uncompressedSize) {

    /** Size of the header in bytes. */
    public static final int SIZE = 9;

    /** Largest size a 3-byte field can hold: the limit on one block's sizes. */
    public static final int MAX_BLOCK_SIZE = 0xFFFFFF;

    /** Decodes the header at {@code offset}; the caller checks that 9 bytes are there. */
    public static BlockHeader parse(byte[] data, int offset) {
        String tag = printable(data[offset]) + printable(data[offset + 1]);
        CompressionAlgorithm algorithm = CompressionAlgorithm.fromTag(data[offset], data[offset + 1]);
        int method = data[offset + 2] & 0xFF;
        int compressed = littleEndian3(data, offset + 3);
        int uncompressed = littleEndian3(data, offset + 6);
        return new BlockHeader(tag, algorithm, method, compressed, uncompressed);
    }

    private static int littleEndian3(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16;
    }

    private static String printable(byte value) {
        int c = value & 0xFF;
        return c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c);
    }
}
