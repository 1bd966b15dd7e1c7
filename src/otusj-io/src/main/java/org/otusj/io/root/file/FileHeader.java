package org.otusj.io.root.file;

import java.io.IOException;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.bytes.RecordContext;
import org.otusj.io.root.bytes.RootBuffer;

/**
 * The header at the start of every ROOT file. Files whose version is 1000000 or more store the seek
 * fields as 8-byte integers: ROOT switches to this "large file" layout once a file passes 2 GB. Other
 * files store them as 4-byte integers.
 *
 * @param version ROOT version that wrote the file (e.g. 61804 for 6.18/04), without the large-file offset
 * @param largeFile true for the 64-bit seek layout
 * @param begin offset of the first data record (the top directory's key)
 * @param end offset of the first free byte after the last record: the file length for a complete file
 * @param seekFree offset of the free-segments record
 * @param nbytesFree length of the free-segments record
 * @param nfree number of free segments
 * @param nbytesName bytes from {@code begin} to the top directory's streamed data
 * @param units size of the seek fields in keys, 4 or 8
 * @param compress compression setting: 100 * algorithm + level
 * @param seekInfo offset of the StreamerInfo record
 * @param nbytesInfo length of the StreamerInfo record
 */
public record FileHeader(int version, boolean largeFile, long begin, long end, long seekFree, int nbytesFree,
        int nfree, int nbytesName, int units, int compress, long seekInfo, int nbytesInfo) {

    /** Version offset that marks the large-file layout. */
    public static final int LARGE_FILE_VERSION = 1000000;

    /** Bytes read to decode the header; both layouts fit. */
    static final int READ_SIZE = 64;

    private static final String OBJECT = "file header";

    /** Reads and checks the header of {@code source}. */
    public static FileHeader read(FileSource source) throws IOException {
        long fileLength = source.length();
        if (fileLength < 4) {
            throw new RootFormatException(source.path(), OBJECT, 0, "file has " + fileLength
                    + " bytes, too short for the 'root' magic number");
        }
        byte[] bytes = source.read(0, Math.min(READ_SIZE, fileLength), OBJECT);
        RootBuffer buffer = RootBuffer.wrap(bytes, new RecordContext(source.path(), OBJECT, 0, 0));

        byte[] magic = buffer.bytes(4);
        if (magic[0] != 'r' || magic[1] != 'o' || magic[2] != 'o' || magic[3] != 't') {
            throw new RootFormatException(source.path(), OBJECT, 0, String.format("not a ROOT file: expected "
                    + "magic number 'root' (72 6f 6f 74), found %02x %02x %02x %02x", magic[0], magic[1], magic[2],
                    magic[3]));
        }

        int rawVersion = buffer.i32();
        boolean large = rawVersion >= LARGE_FILE_VERSION;
        int begin = buffer.i32();
        long end = large ? buffer.i64() : buffer.u32();
        long seekFree = large ? buffer.i64() : buffer.u32();
        int nbytesFree = buffer.i32();
        int nfree = buffer.i32();
        int nbytesName = buffer.i32();
        int units = buffer.u8();
        int compress = buffer.i32();
        long seekInfo = large ? buffer.i64() : buffer.u32();
        int nbytesInfo = buffer.i32();

        FileHeader header = new FileHeader(large ? rawVersion - LARGE_FILE_VERSION : rawVersion, large, begin, end,
                seekFree, nbytesFree, nfree, nbytesName, units, compress, seekInfo, nbytesInfo);
        header.check(source);
        return header;
    }

    private void check(FileSource source) throws RootFormatException {
        long fileLength = source.length();
        if (end > fileLength) {
            // A cut-off copy and a damaged header look alike here: both record more bytes than there are.
            throw new RootFormatException(source.path(), OBJECT, 0, "file is truncated or its header is corrupt: "
                    + "the header records an end of " + end + " bytes but the file has " + fileLength);
        }
        if (begin < 0 || begin >= end) {
            throw new RootFormatException(source.path(), OBJECT, 8, "first record offset " + begin
                    + " lies outside the file's " + end + " bytes");
        }
        if (units != 4 && units != 8) {
            throw new RootFormatException(source.path(), OBJECT, large() ? 36 : 28, "seek size (fUnits) must be 4 or 8, "
                    + "found " + units);
        }
        if (nbytesName < 0 || begin + nbytesName >= end) {
            throw new RootFormatException(source.path(), OBJECT, large() ? 32 : 24, "top directory offset "
                    + (begin + nbytesName) + " lies outside the file's " + end + " bytes");
        }
    }

    private boolean large() {
        return largeFile;
    }

    /** Compression algorithm code of the file default: 1 zlib, 2 lzma, 4 lz4, 5 zstd, 0 inherit/none. */
    public int compressionAlgorithm() {
        return compress / 100;
    }

    /** Compression level of the file default, 0 for no compression. */
    public int compressionLevel() {
        return compress % 100;
    }
}
