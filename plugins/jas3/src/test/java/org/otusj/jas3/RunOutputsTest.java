package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that a scan after a run finds the AIDA files the run wrote, and only those. */
class RunOutputsTest {

    @TempDir
    Path dir;

    @Test
    void missingDirectoryHasNoFiles() throws IOException {
        RunOutputs before = RunOutputs.scan(dir.resolve("not-yet"));
        Files.createDirectories(dir.resolve("not-yet"));
        Path written = Files.writeString(dir.resolve("not-yet/h.aida"), "<aida/>");

        assertEquals(List.of(written), RunOutputs.scan(dir.resolve("not-yet")).writtenSince(before));
    }

    @Test
    void findsNewFilesInSubfolders() throws IOException {
        Files.writeString(dir.resolve("old.aida.gz"), "old");
        RunOutputs before = RunOutputs.scan(dir);
        Path nested = Files.createDirectories(dir.resolve("run1"));
        Path written = Files.writeString(nested.resolve("h.aida.gz"), "new");
        Files.writeString(nested.resolve("closure.txt"), "not an AIDA name");

        assertEquals(List.of(written), RunOutputs.scan(dir).writtenSince(before));
    }

    @Test
    void findsFileReplacedByRename() throws IOException {
        Path file = Files.writeString(dir.resolve("h.aida"), "same");
        RunOutputs before = RunOutputs.scan(dir);
        // Same size and content, written the way otusj writes: a temporary file renamed over the old one.
        Path temporary = Files.writeString(dir.resolve("h.aida.tmp"), "same");
        Files.setLastModifiedTime(temporary, Files.getLastModifiedTime(file));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(List.of(file), RunOutputs.scan(dir).writtenSince(before));
    }

    @Test
    void ignoresUnchangedFiles() throws IOException {
        Files.writeString(dir.resolve("a.aida"), "a");
        Files.writeString(dir.resolve("b.aida.gz"), "b");
        RunOutputs before = RunOutputs.scan(dir);

        assertEquals(List.of(), RunOutputs.scan(dir).writtenSince(before));
    }
}
