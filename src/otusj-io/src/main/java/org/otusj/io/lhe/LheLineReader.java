package org.otusj.io.lhe;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the lines of a plain or gzipped text file and counts them, so that every error can name its
 * line. Gzip is recognised by the magic bytes 0x1f 0x8b at the start of the file, whatever its name.
 *
 * <p>This is the lowest layer of the hot path. Lines are split on the byte '\n' before decoding, which
 * is safe for UTF-8 because no multi-byte sequence contains that byte; each line then costs one {@code
 * String} and no other allocation. Working on bytes also keeps every line that a truncated gzip stream
 * still delivers: the decompressor returns its data before it reports the missing rest.
 */
final class LheLineReader implements Closeable {

    /** Maximum line length in bytes, so that a binary file without line breaks cannot fill the memory. */
    static final int MAX_LINE_LENGTH = 8 * 1024 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path path;
    private final boolean gzipped;
    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private String lastLine = "";

    private LheLineReader(Path path, boolean gzipped, InputStream in) {
        this.path = path;
        this.gzipped = gzipped;
        this.in = in;
    }

    /** Opens {@code path}, decompressing it if it starts with the gzip magic bytes. */
    static LheLineReader open(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
        try {
            boolean gzipped = startsWithGzipMagic(raw);
            // Decompression runs ahead on its own thread, so that it overlaps with parsing on a second core.
            InputStream text = gzipped
                    ? new PrefetchInputStream(new GZIPInputStream(raw, BUFFER_BYTES), path.getFileName().toString())
                    : raw;
            return new LheLineReader(path, gzipped, text);
        } catch (IOException | RuntimeException failure) {
            raw.close();
            if (failure instanceof EOFException || failure instanceof ZipException) {
                throw new LheFormatException(path, 1, "invalid gzip header (" + failure.getMessage()
                        + "); expected a gzip file, since the file starts with the gzip magic bytes 0x1f 0x8b",
                        "", failure);
            }
            throw failure;
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    Path path() {
        return path;
    }

    boolean isGzipped() {
        return gzipped;
    }

    /** The 1-based number of the line last returned by {@link #readLine}; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    /** The line last returned by {@link #readLine}; empty before the first. */
    String lastLine() {
        return lastLine;
    }

    /**
     * Returns the next line, decoded as UTF-8, without its line terminator ({@code \n} or {@code \r\n}),
     * or null at the end of the file.
     *
     * @throws LheFormatException if the gzip stream is truncated or corrupt, or a line exceeds {@link
     *     #MAX_LINE_LENGTH}
     */
    String readLine() throws IOException {
        int scanFrom = position;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = (i > position && buffer[i - 1] == '\r') ? i - 1 : i;
                    return take(end, i + 1);
                }
            }
            if (endOfInput) {
                if (position == limit) {
                    return null;
                }
                // The last line of the file has no line terminator.
                return take(limit, limit);
            }
            scanFrom = limit - position;
            fill();
        }
    }

    private String take(int end, int next) {
        String line = new String(buffer, position, end - position, StandardCharsets.UTF_8);
        position = next;
        lineNumber++;
        lastLine = line;
        return line;
    }

    /** Moves the unread part of the buffer to the front and reads more bytes after it. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
            position = 0;
            limit = unread;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_LINE_LENGTH) {
                throw new LheFormatException(path, lineNumber + 1, "line longer than " + MAX_LINE_LENGTH
                        + " bytes; expected a text file", new String(buffer, 0, 80, StandardCharsets.UTF_8));
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_LENGTH));
        }
        int read;
        try {
            read = in.read(buffer, limit, buffer.length - limit);
        } catch (EOFException | ZipException corrupt) {
            // The location is the last complete line, or line 1 if not even one line could be decompressed.
            throw new LheFormatException(path, Math.max(lineNumber, 1), "gzip stream is truncated or corrupt "
                    + (lineNumber == 0 ? "at the start" : "after this line") + " (" + corrupt.getMessage()
                    + "); expected the rest of the compressed file", lastLine, corrupt);
        }
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }

    /**
     * Skips an XML comment whose {@code <!--} is at {@code start} of {@code line}, the line just read,
     * reading further lines until {@code -->}.
     *
     * @throws LheFormatException if the file ends inside the comment
     */
    void skipComment(String line, int start) throws IOException {
        long commentLine = lineNumber;
        String current = line;
        int searchFrom = start + 4;
        while (current.indexOf("-->", searchFrom) < 0) {
            current = readLine();
            searchFrom = 0;
            if (current == null) {
                throw errorAt(commentLine, "unclosed XML comment: expected --> before the end of the file", line);
            }
        }
    }

    /** Creates an error at the line last read. */
    LheFormatException error(String problem, String offendingText) {
        return new LheFormatException(path, lineNumber, problem, offendingText);
    }

    /** Creates an error at {@code line}. */
    LheFormatException errorAt(long line, String problem, String offendingText) {
        return new LheFormatException(path, line, problem, offendingText);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
