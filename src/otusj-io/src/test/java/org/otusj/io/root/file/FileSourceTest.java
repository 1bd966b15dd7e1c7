package org.otusj.io.root.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.io.root.RootFormatException;

/**
 * Positional reads through the read-ahead block: runs of small records in file order, jumps back and
 * forth, reads across the end of a block, reads too long for a block, and a file truncated while open.
 */
class FileSourceTest {

    @TempDir
    Path tempDir;

    private Path file(int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        Path path = tempDir.resolve("data.bin");
        Files.write(path, bytes);
        return path;
    }

    private static void assertRead(FileSource source, byte[] expected, long offset, int count) throws IOException {
        byte[] read = source.read(offset, count, "record");
        assertArrayEquals(Arrays.copyOfRange(expected, (int) offset, (int) offset + count), read,
                count + " bytes at " + offset);
    }

    @Test
    void sequentialSmallReads() throws IOException {
        Path path = file(300_000);
        byte[] expected = Files.readAllBytes(path);
        try (FileSource source = FileSource.open(path)) {
            long offset = 0;
            for (int i = 0; offset < expected.length; i++) {
                int count = (int) Math.min(150 + 37 * (i % 11), expected.length - offset);
                assertRead(source, expected, offset, count);
                offset += count;
            }
        }
    }

    @Test
    void jumpsAndLongReads() throws IOException {
        Path path = file(200_000);
        byte[] expected = Files.readAllBytes(path);
        Random random = new Random(11);
        try (FileSource source = FileSource.open(path)) {
            for (int i = 0; i < 2000; i++) {
                int count = random.nextInt(i % 10 == 0 ? 70_000 : 2_000);
                long offset = random.nextInt(expected.length - count + 1);
                assertRead(source, expected, offset, count);
            }
            assertRead(source, expected, expected.length - 10, 10);
            assertRead(source, expected, expected.length, 0);
            assertRead(source, expected, 0, expected.length);
        }
    }

    @Test
    void truncatedWhileOpen() throws IOException {
        Path path = file(100_000);
        try (FileSource source = FileSource.open(path)) {
            try (RandomAccessFile shrink = new RandomAccessFile(path.toFile(), "rw")) {
                shrink.setLength(50_000);
            }
            RootFormatException error = assertThrows(RootFormatException.class, () -> source.read(60_000, 100, "late"));
            assertTrue(error.getMessage().contains("truncated while open"), error.getMessage());
            RootFormatException straddling = assertThrows(RootFormatException.class,
                    () -> source.read(49_990, 100, "late"));
            assertTrue(straddling.getMessage().contains("truncated while open"), straddling.getMessage());
        }
    }
}
