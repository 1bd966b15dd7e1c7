package org.otusj.io.root.compress;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** zlib blocks ({@code ZL}), inflated with the JDK's {@link Inflater}, which wraps the C zlib library. */
final class ZlibCodec implements BlockCodec {

    /** Deflate encodes a run of 258 bytes in at least two bits, so it cannot exceed about 1032:1. */
    private static final long MAX_RATIO = 1032;

    private final Inflater inflater = new Inflater();

    @Override
    public void decompress(byte[] source, int sourceOffset, int sourceLength, byte[] target, int targetOffset,
            int targetLength) throws IOException {
        inflater.reset();
        inflater.setInput(source, sourceOffset, sourceLength);
        int produced = 0;
        try {
            while (produced < targetLength) {
                int count = inflater.inflate(target, targetOffset + produced, targetLength - produced);
                if (count == 0) {
                    if (inflater.finished() || inflater.needsInput()) {
                        break;
                    }
                    if (inflater.needsDictionary()) {
                        throw new IOException("zlib block needs a preset dictionary, which ROOT never writes");
                    }
                }
                produced += count;
            }
        } catch (DataFormatException e) {
            throw new IOException("invalid zlib data: " + e.getMessage(), e);
        }
        if (!inflater.finished()) {
            throw new IOException("zlib block contains more than the " + targetLength
                    + " bytes its header declares, or its compressed data is cut short");
        }
        if (produced != targetLength) {
            throw new IOException("zlib block inflated to " + produced + " bytes, but its header declares " + targetLength);
        }
    }

    @Override
    public long maxUncompressed(long compressedLength) {
        return compressedLength * MAX_RATIO + 64;
    }

    /** Frees the native zlib state. */
    void close() {
        inflater.end();
    }
}
