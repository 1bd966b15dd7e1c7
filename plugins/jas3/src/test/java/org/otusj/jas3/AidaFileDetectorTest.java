package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.jas3.testing.AidaSamples;

/** Checks that AIDA files are detected by content, whatever their names. */
class AidaFileDetectorTest {

    @TempDir
    Path dir;

    @Test
    void acceptsGzippedAidaFile() throws IOException {
        Path file = AidaSamples.writePx(dir.resolve("run.aida.gz"), 1, 100, 20);
        assertTrue(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void acceptsPlainAidaFile() throws IOException {
        Path file = AidaSamples.writePx(dir.resolve("run.aida"), 1, 100, 20);
        assertTrue(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void acceptsAidaFileWithOtherName() throws IOException {
        Path aida = AidaSamples.writePx(dir.resolve("run.aida.gz"), 1, 100, 20);
        Path renamed = Files.copy(aida, dir.resolve("histograms.dat"));
        assertTrue(AidaFileDetector.isAidaFile(renamed));
    }

    @Test
    void rejectsTextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.aida"), "Run 12: aida histograms to follow\n");
        assertFalse(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void rejectsGzippedLheFile() throws IOException {
        Path file = dir.resolve("events.lhe.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<LesHouchesEvents version=\"3.0\">\n<init>\n</init>\n</LesHouchesEvents>\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void rejectsOtherXmlWithAidaDoctypeOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("other.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE aida SYSTEM \"aida.dtd\">\n<aidaLike/>\n");
        assertFalse(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void rejectsDamagedGzipStream() throws IOException {
        Path file = Files.write(dir.resolve("broken.aida.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        assertFalse(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.aida"));
        assertFalse(AidaFileDetector.isAidaFile(file));
    }

    @Test
    void missingFileThrows() {
        assertThrows(NoSuchFileException.class, () -> AidaFileDetector.isAidaFile(dir.resolve("missing.aida")));
    }

    @Test
    void chooserFilterMatchesAidaNames() {
        AidaFileFilter filter = new AidaFileFilter();
        assertTrue(filter.accept(dir.resolve("run.aida").toFile()));
        assertTrue(filter.accept(dir.resolve("RUN.AIDA.GZ").toFile()));
        assertTrue(filter.accept(dir.toFile()), "folders, so that the chooser can open them");
        assertFalse(filter.accept(dir.resolve("run.lhe.gz").toFile()));
        assertFalse(filter.accept(dir.resolve("run.aida.txt").toFile()));
    }
}
