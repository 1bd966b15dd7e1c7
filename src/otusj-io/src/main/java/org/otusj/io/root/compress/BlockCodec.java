package org.otusj.io.root.compress;

import java.io.IOException;

/** Inflates one compressed block of a ROOT record into a caller-supplied array. */
interface BlockCodec {

    /**
     * Inflates {@code sourceLength} bytes at {@code sourceOffset} into exactly {@code targetLength} bytes at
     * {@code targetOffset}.
     *
     * @throws IOException if the data are invalid or inflate to another length; the message describes
     *     what was found, and the caller adds the file and position
     */
    void decompress(byte[] source, int sourceOffset, int sourceLength, byte[] target, int targetOffset,
            int targetLength) throws IOException;

    /**
     * Largest number of bytes a valid block of {@code compressedLength} bytes can inflate to, used to
     * reject a corrupt size before allocating for it.
     */
    long maxUncompressed(long compressedLength);
}
