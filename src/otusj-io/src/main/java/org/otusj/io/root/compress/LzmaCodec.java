package org.otusj.io.root.compress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;

/**
 * lzma blocks ({@code XZ}): complete .xz streams, inflated with XZ for Java (org.tukaani:xz). Each block
 * declares its own dictionary, so the decoder's buffers are kept in a cache and reused across blocks
 * instead of being allocated per basket.
 */
final class LzmaCodec implements BlockCodec {

    /** Memory the xz decoder may use in KiB; ROOT writes dictionaries of at most a few MiB. */
    private static final int MEMORY_LIMIT_KIB = 256 * 1024;

    /** LZMA2 has no small hard bound; 1:65536 is far above what real baskets reach. */
    private static final long MAX_RATIO = 65536;

    private final ArrayCache buffers = new BasicArrayCache();

    @Override
    public void decompress(byte[] source, int sourceOffset, int sourceLength, byte[] target, int targetOffset,
            int targetLength) throws IOException {
        ByteArrayInputStream input = new ByteArrayInputStream(source, sourceOffset, sourceLength);
        try (XZInputStream xz = new XZInputStream(input, MEMORY_LIMIT_KIB, true, buffers)) {
            int produced = 0;
            while (produced < targetLength) {
                int count = xz.read(target, targetOffset + produced, targetLength - produced);
                if (count < 0) {
                    break;
                }
                produced += count;
            }
            if (produced != targetLength) {
                throw new IOException("lzma block inflated to " + produced + " bytes, but its header declares "
                        + targetLength);
            }
            if (xz.read() >= 0) {
                throw new IOException("lzma block inflates to more than the " + targetLength
                        + " bytes its header declares");
            }
        }
    }

    @Override
    public long maxUncompressed(long compressedLength) {
        return compressedLength * MAX_RATIO;
    }
}
