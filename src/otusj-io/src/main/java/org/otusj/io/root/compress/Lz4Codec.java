package org.otusj.io.root.compress;

import java.io.IOException;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.otusj.io.root.bytes.BigEndian;

/**
 * lz4 blocks ({@code L4}): an 8-byte big-endian xxhash64 (seed 0) of the compressed bytes, then one LZ4
 * block. The checksum is verified before inflating, with lz4-java.
 */
final class Lz4Codec implements BlockCodec {

    /** Bytes of checksum in front of the LZ4 data. */
    static final int CHECKSUM_SIZE = 8;

    /** An LZ4 sequence can extend a match by 255 bytes per input byte, so the ratio stays below 255:1. */
    private static final long MAX_RATIO = 255;

    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.fastestInstance().safeDecompressor();
    private static final XXHash64 HASH = XXHashFactory.fastestInstance().hash64();

    @Override
    public void decompress(byte[] source, int sourceOffset, int sourceLength, byte[] target, int targetOffset,
            int targetLength) throws IOException {
        if (sourceLength < CHECKSUM_SIZE) {
            throw new IOException("lz4 block of " + sourceLength + " bytes is shorter than its 8-byte checksum");
        }
        long stored = BigEndian.getLong(source, sourceOffset);
        long computed = HASH.hash(source, sourceOffset + CHECKSUM_SIZE, sourceLength - CHECKSUM_SIZE, 0L);
        if (stored != computed) {
            throw new ChecksumException(String.format("lz4 block checksum mismatch: the block stores xxhash64 "
                    + "0x%016x but its %d compressed bytes hash to 0x%016x", stored, sourceLength - CHECKSUM_SIZE,
                    computed));
        }

        int produced;
        try {
            produced = DECOMPRESSOR.decompress(source, sourceOffset + CHECKSUM_SIZE, sourceLength - CHECKSUM_SIZE,
                    target, targetOffset, targetLength);
        } catch (LZ4Exception e) {
            throw new IOException("invalid lz4 data: " + e.getMessage(), e);
        }
        if (produced != targetLength) {
            throw new IOException("lz4 block inflated to " + produced + " bytes, but its header declares "
                    + targetLength);
        }
    }

    @Override
    public long maxUncompressed(long compressedLength) {
        return Math.max(0, compressedLength - CHECKSUM_SIZE) * MAX_RATIO + 64;
    }
}
