package org.otusj.io.root.compress;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.IOException;

/**
 * zstd blocks ({@code ZS}): one zstd frame each, inflated with zstd-jni. One decompression context is kept
 * and reused, since creating a context per block costs more than inflating a small basket.
 */
final class ZstdCodec implements BlockCodec {

    /** A zstd block can encode up to 128 KiB as a 4-byte run; 1:65536 stays above that. */
    private static final long MAX_RATIO = 65536;

    private ZstdDecompressCtx context;

    @Override
    public void decompress(byte[] source, int sourceOffset, int sourceLength, byte[] target, int targetOffset,
            int targetLength) throws IOException {
        if (context == null) {
            context = new ZstdDecompressCtx();
        }
        int produced;
        try {
            produced = context.decompressByteArray(target, targetOffset, targetLength, source, sourceOffset,
                    sourceLength);
        } catch (ZstdException e) {
            context.reset();
            throw new IOException("invalid zstd data: " + e.getMessage(), e);
        }
        if (produced != targetLength) {
            throw new IOException("zstd block inflated to " + produced + " bytes, but its header declares "
                    + targetLength);
        }
    }

    @Override
    public long maxUncompressed(long compressedLength) {
        return compressedLength * MAX_RATIO;
    }

    /** Frees the native zstd context. */
    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
