package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefetchInputStreamTest {

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    @Test
    void deliversSourceBytesAcrossChunks() throws IOException {
        // Over four chunks of 256 KiB, so the reader thread has to wait for free queue slots.
        byte[] expected = randomBytes(5 * 256 * 1024 + 123);
        try (InputStream in = new PrefetchInputStream(new ByteArrayInputStream(expected), "test")) {
            assertArrayEquals(expected, in.readAllBytes());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void failureComesAfterDataReadBeforeIt() throws IOException {
        byte[] head = randomBytes(1000);
        EOFException truncated = new EOFException("Unexpected end of ZLIB input stream");
        InputStream failing = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == head.length) {
                    throw truncated;
                }
                return head[position++] & 0xff;
            }
        };

        try (InputStream in = new PrefetchInputStream(failing, "test")) {
            byte[] buffer = new byte[4096];
            int read = in.read(buffer, 0, buffer.length);
            assertArrayEquals(head, Arrays.copyOf(buffer, read));
            assertSame(truncated, assertThrows(EOFException.class, () -> in.read(buffer, 0, buffer.length)));
            assertSame(truncated, assertThrows(EOFException.class, () -> in.read(buffer, 0, buffer.length)));
        }
    }

    @Test
    void closeStopsReaderWaitingForFreeSlot() throws IOException {
        byte[] large = randomBytes(8 * 256 * 1024);
        InputStream in = new PrefetchInputStream(new ByteArrayInputStream(large), "test");
        assertEquals(large[0] & 0xff, in.read());
        // The reader thread is blocked on the full queue; close() must interrupt and join it.
        in.close();
    }
}
