package org.otusj.io.root.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.otusj.io.root.RootFormatException;

/**
 * Positional reads from a ROOT file through a {@link FileChannel}: each record is read on request, so a
 * file is never loaded whole. Every read is checked against the file length before its buffer is
 * allocated. Reads are thread-safe, as {@link FileChannel#read(ByteBuffer, long)} is.
 */
public final class FileSource implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final long length;
    private final ReadAhead readAhead = new ReadAhead();

    private FileSource(Path path, FileChannel channel, long length) {
        this.path = path;
        this.channel = channel;
        this.length = length;
    }

    /** Opens {@code path} for reading. */
    public static FileSource open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new FileSource(path, channel, channel.size());
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /** File length in bytes, taken when the file was opened. */
    public long length() {
        return length;
    }

    /**
     * Reads {@code count} bytes at {@code offset}. Short reads are served from a block read ahead, see
     * {@link ReadAhead}.
     *
     * @param object what is being read, for the error message
     * @throws RootFormatException if the range does not lie inside the file
     */
    public byte[] read(long offset, long count, String object) throws IOException {
        checkRange(offset, count, object);
        byte[] bytes = new byte[(int) count];
        if (count <= ReadAhead.BLOCK / 2 && readAhead.copy(channel, length, offset, bytes)) {
            return bytes;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new RootFormatException(path, object, position, "file ended while reading " + count
                        + " bytes from offset " + offset + "; it may have been truncated while open");
            }
            position += read;
        }
        return bytes;
    }

    /** Checks that {@code count} bytes from {@code offset} lie inside the file. */
    public void checkRange(long offset, long count, String object) throws RootFormatException {
        if (offset < 0 || count < 0 || count > Integer.MAX_VALUE - 8 || offset > length - count) {
            throw new RootFormatException(path, object, offset, "cannot read " + count + " bytes from offset "
                    + offset + ": the file has " + length + " bytes (truncated or corrupt file?)");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
