package org.otusj.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The HDF5 format signature, the 8 bytes {@code \211HDF\r\n\032\n} that start the superblock. The
 * superblock is at offset 0 or, in a file with a user block, at 512, 1024, 2048 or a later power of two.
 */
public final class Hdf5Signature {

    /** The signature bytes. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** The first offset after 0 at which the superblock may start. */
    private static final long FIRST_USER_BLOCK_SIZE = 512;

    private Hdf5Signature() {
    }

    /** Returns the number of bytes in the signature, 8. */
    public static int length() {
        return SIGNATURE.length;
    }

    /** Returns true if {@code header} starts with the signature. */
    public static boolean matches(byte[] header) {
        return header.length >= SIGNATURE.length
                && Arrays.equals(header, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /**
     * Searches {@code file} for the signature at offset 0, 512, 1024, 2048, ... .
     *
     * @return the offset of the superblock, or empty if the file is not an HDF5 file
     */
    public static OptionalLong find(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long offset = 0; offset + SIGNATURE.length <= size;
                    offset = offset == 0 ? FIRST_USER_BLOCK_SIZE : offset * 2) {
                if (signatureAt(channel, offset)) {
                    return OptionalLong.of(offset);
                }
            }
        }
        return OptionalLong.empty();
    }

    private static boolean signatureAt(FileChannel channel, long offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(SIGNATURE.length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                return false;
            }
        }
        return matches(buffer.array());
    }
}
