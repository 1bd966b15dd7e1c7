package org.otusj.io.lhe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a background thread, so that decompressing a gzipped file overlaps with
 * parsing it. At most {@value #CHUNKS} chunks of {@value #CHUNK_BYTES} bytes wait in memory. An
 * exception of the source stream, such as the {@code EOFException} of a truncated gzip file, is thrown by
 * {@link #read} once the data before it has been read.
 */
final class PrefetchInputStream extends InputStream {

    private static final int CHUNK_BYTES = 256 * 1024;

    private static final int CHUNKS = 4;

    /** A chunk handed over by the reader thread: data, the end of the stream, or the failure that ended it. */
    private record Chunk(byte[] data, int length, IOException failure) {

        static final Chunk END = new Chunk(null, -1, null);
    }

    private final InputStream source;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current;
    private int position;

    /** Starts reading {@code source} on a daemon thread named after {@code name}. */
    PrefetchInputStream(InputStream source, String name) {
        this.source = source;
        this.reader = new Thread(this::readAhead, "otusj-prefetch " + name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                byte[] data = new byte[CHUNK_BYTES];
                int length = 0;
                IOException failure = null;
                while (length < data.length) {
                    int read;
                    try {
                        read = source.read(data, length, data.length - length);
                    } catch (IOException readFailure) {
                        failure = readFailure;
                        break;
                    }
                    if (read < 0) {
                        break;
                    }
                    length += read;
                }
                // The data read before a failure is handed over first, as the source stream returns it.
                if (length > 0) {
                    chunks.put(new Chunk(data, length, null));
                }
                if (failure != null) {
                    chunks.put(new Chunk(null, -1, failure));
                    return;
                }
                if (length < data.length) {
                    chunks.put(Chunk.END);
                    return;
                }
            }
        } catch (RuntimeException | Error failure) {
            // Any other failure is handed over too, so that the parsing thread does not wait for data that
            // will never come.
            putQuietly(new Chunk(null, -1, new IOException("reading ahead failed: " + failure, failure)));
        } catch (InterruptedException interrupted) {
            // close() interrupts the thread; nothing waits for more data.
            Thread.currentThread().interrupt();
        }
    }

    private void putQuietly(Chunk chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!nextChunk()) {
            return -1;
        }
        int count = Math.min(length, current.length() - position);
        System.arraycopy(current.data(), position, buffer, offset, count);
        position += count;
        return count;
    }

    /** Makes {@link #current} a chunk with unread data; returns false at the end of the stream. */
    private boolean nextChunk() throws IOException {
        while (current == null || (current.data() != null && position == current.length())) {
            try {
                current = chunks.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for decompressed data");
            }
            position = 0;
        }
        if (current.failure() != null) {
            IOException failure = current.failure();
            // Keep reporting the same failure on later calls, as the source stream would.
            current = new Chunk(null, -1, failure);
            throw failure;
        }
        return current.data() != null;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
