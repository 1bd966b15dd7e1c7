package org.otusj.io.root.compress;

import java.io.IOException;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.UnsupportedRootFeatureException;
import org.otusj.io.root.bytes.RecordContext;

/**
 * Inflates the payload of a compressed ROOT record: a sequence of blocks, each with its own {@link
 * BlockHeader} and algorithm, so one record may mix algorithms. Not thread-safe: it keeps one zlib
 * inflater for reuse.
 *
 * <p>Before allocating the output, all block headers are read and checked: each block must lie inside
 * the record, the uncompressed sizes must add up to the size the key declares, and no block may declare
 * more than its algorithm can produce from its compressed length. A corrupt size therefore raises an
 * exception instead of allocating memory the data could never fill.
 */
public final class Decompressor implements AutoCloseable {

    /** Largest uncompressed record accepted, in bytes (1 GiB, the largest buffer ROOT writes). */
    public static final int MAX_RECORD_SIZE = 1 << 30;

    private final ZlibCodec zlib = new ZlibCodec();
    private final LzmaCodec lzma = new LzmaCodec();
    private final Lz4Codec lz4 = new Lz4Codec();
    private final ZstdCodec zstd = new ZstdCodec();

    /**
     * Inflates {@code length} bytes of {@code source} starting at {@code offset} into a new array of
     * {@code uncompressedLength} bytes.
     *
     * @param context file and object for error messages; its {@code payloadOffset} must be the file
     *     offset of {@code source[0]}, or -1 when {@code source} is not a copy of file bytes
     * @throws UnsupportedRootFeatureException if a block names an unknown or unsupported algorithm
     * @throws RootFormatException if sizes disagree, a checksum fails or the data are invalid
     */
    public byte[] decompress(byte[] source, int offset, int length, int uncompressedLength, RecordContext context)
            throws RootFormatException {
        if (uncompressedLength < 0 || uncompressedLength > MAX_RECORD_SIZE) {
            throw new RootFormatException(context.file(), context.object(), context.payloadOffset(),
                    "declared uncompressed size " + uncompressedLength + " is outside [0, " + MAX_RECORD_SIZE + "]");
        }
        checkBlocks(source, offset, length, uncompressedLength, context);

        byte[] target = new byte[uncompressedLength];
        int position = offset;
        int produced = 0;
        while (produced < uncompressedLength) {
            BlockHeader header = BlockHeader.parse(source, position);
            int dataStart = position + BlockHeader.SIZE;
            try {
                codec(header, context, position).decompress(source, dataStart, header.compressedSize(), target, produced,
                        header.uncompressedSize());
            } catch (RootFormatException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new RootFormatException(context.file(), context.object(), fileOffset(context, position),
                        "cannot inflate " + header.tag() + " block of " + header.compressedSize() + " bytes to "
                        + header.uncompressedSize() + ": " + e.getMessage(), e);
            }
            produced += header.uncompressedSize();
            position = dataStart + header.compressedSize();
        }
        return target;
    }

    /** Walks the block headers and checks their sizes against the record and each other. */
    private void checkBlocks(byte[] source, int offset, int length, int uncompressedLength, RecordContext context)
            throws RootFormatException {
        int position = offset;
        int end = offset + length;
        long total = 0;
        while (total < uncompressedLength) {
            if (end - position < BlockHeader.SIZE) {
                throw new RootFormatException(context.file(), context.object(), fileOffset(context, position),
                        "record ends after " + total + " of its " + uncompressedLength
                        + " uncompressed bytes: expected another 9-byte block header, found " + (end - position)
                        + " bytes");
            }
            BlockHeader header = BlockHeader.parse(source, position);
            BlockCodec codec = codec(header, context, position);
            if (header.compressedSize() > end - position - BlockHeader.SIZE) {
                throw new RootFormatException(context.file(), context.object(), fileOffset(context, position),
                        header.tag() + " block declares " + header.compressedSize() + " compressed bytes, but the "
                        + "record has " + (end - position - BlockHeader.SIZE) + " after the block header");
            }
            if (header.uncompressedSize() > codec.maxUncompressed(header.compressedSize())) {
                throw new RootFormatException(context.file(), context.object(), fileOffset(context, position),
                        header.tag() + " block declares " + header.uncompressedSize() + " uncompressed bytes from "
                        + header.compressedSize() + " compressed bytes, more than the algorithm can produce");
            }
            total += header.uncompressedSize();
            position += BlockHeader.SIZE + header.compressedSize();
            if (header.uncompressedSize() == 0) {
                throw new RootFormatException(context.file(), context.object(), fileOffset(context, position),
                        header.tag() + " block declares 0 uncompressed bytes");
            }
        }
        if (total != uncompressedLength) {
            throw new RootFormatException(context.file(), context.object(), context.payloadOffset(),
                    "block headers declare " + total + " uncompressed bytes in all, but the key declares "
                    + uncompressedLength);
        }
    }

    private BlockCodec codec(BlockHeader header, RecordContext context, int position)
            throws UnsupportedRootFeatureException {
        CompressionAlgorithm algorithm = header.algorithm();
        if (algorithm == null) {
            throw new UnsupportedRootFeatureException(context.file(), context.object(), fileOffset(context, position),
                    "unknown compression algorithm tag '" + header.tag() + "'; expected one of ZL (zlib), XZ "
                    + "(lzma), L4 (lz4), ZS (zstd)");
        }
        switch (algorithm) {
            case ZLIB:
                return zlib;
            case LZMA:
                return lzma;
            case LZ4:
                return lz4;
            case ZSTD:
                return zstd;
            default:
                throw new UnsupportedRootFeatureException(context.file(), context.object(),
                        fileOffset(context, position), "compression algorithm " + algorithm.tag()
                        + " (ROOT's pre-6 deflate) is not supported; rewrite the file with ROOT 6 (hadd -f) first");
        }
    }

    private static long fileOffset(RecordContext context, int position) {
        return context.payloadOffset() >= 0 ? context.payloadOffset() + position : context.recordOffset();
    }

    @Override
    public void close() {
        zlib.close();
        zstd.close();
    }
}
