package org.otusj.io.root.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The last block read ahead from a file. ROOT writes the baskets of one cluster next to each other, and a
 * key next to its object. A reader that requests many small records in turn therefore gets most of them
 * from one positional read instead of one system call each. For example, four Delphes collections of 10
 * entries are 74 baskets of 150 to 400 bytes within 33 KB. Thread-safe.
 */
final class ReadAhead {

    /** Largest block read at once; reads longer than half of this go to the file directly. */
    static final int BLOCK = 64 * 1024;

    /** Block read after a jump. It is small because after a jump the reader may want one record, not a run. */
    private static final int FIRST_BLOCK = 8 * 1024;

    private byte[] block;
    private long start = -1;
    private int length;
    private int nextBlock = FIRST_BLOCK;

    /**
     * Copies {@code target.length} bytes at file offset {@code offset} into {@code target}, reading a new
     * block at {@code offset} first unless the current one contains them.
     *
     * @param fileLength bytes in the file, which bound the block
     * @return false if the file ended before the requested bytes (it was truncated while open)
     */
    synchronized boolean copy(FileChannel channel, long fileLength, long offset, byte[] target) throws IOException {
        if (!contains(offset, target.length)) {
            // Records read in file order, each after the previous block, double the block up to BLOCK.
            boolean sequential = start >= 0 && offset >= start && offset <= start + length + nextBlock;
            nextBlock = sequential ? Math.min(BLOCK, nextBlock * 2) : FIRST_BLOCK;
            int size = Math.max(nextBlock, target.length);
            fill(channel, offset, (int) Math.min(size, fileLength - offset));
            if (!contains(offset, target.length)) {
                return false;
            }
        }
        System.arraycopy(block, (int) (offset - start), target, 0, target.length);
        return true;
    }

    private boolean contains(long offset, int count) {
        return start >= 0 && offset >= start && offset + count <= start + length;
    }

    private void fill(FileChannel channel, long offset, int count) throws IOException {
        if (block == null || block.length < count) {
            block = new byte[count];
        }
        start = -1;
        ByteBuffer buffer = ByteBuffer.wrap(block, 0, count);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        start = offset;
        length = buffer.position();
    }
}
