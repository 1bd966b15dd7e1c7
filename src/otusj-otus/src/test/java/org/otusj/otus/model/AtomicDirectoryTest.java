package org.otusj.otus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    private static final String MARKER = "model.json";

    @TempDir
    Path dir;

    @Test
    void writtenDirectoryHasUsualPermissions() throws IOException {
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Path target = dir.resolve("model");

        AtomicDirectory.write(target, MARKER, staging -> Files.writeString(staging.resolve(MARKER), "{}"));

        // Both directories get the process umask, so a model others may read stays readable to them.
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
        assertEquals(List.of("model", "reference"), names(dir));
    }

    @Test
    void failedWriteKeepsEarlierVersion() throws IOException {
        Path target = dir.resolve("model");
        AtomicDirectory.write(target, MARKER, staging -> Files.writeString(staging.resolve(MARKER), "first"));

        assertThrows(IOException.class, () -> AtomicDirectory.write(target, MARKER, staging -> {
            Files.writeString(staging.resolve(MARKER), "second");
            throw new IOException("disk full");
        }));

        assertEquals("first", Files.readString(target.resolve(MARKER)));
        assertEquals(List.of("model"), names(dir));
    }

    @Test
    void foreignDirectoryNotReplaced() throws IOException {
        Path target = Files.createDirectory(dir.resolve("results"));
        Files.writeString(target.resolve("notes.txt"), "user data");

        IOException error = assertThrows(IOException.class,
                () -> AtomicDirectory.write(target, MARKER, staging -> Files.writeString(staging.resolve(MARKER), "{}")));

        assertEquals("user data", Files.readString(target.resolve("notes.txt")));
        assertEquals(List.of("results"), names(dir), error.getMessage());
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
