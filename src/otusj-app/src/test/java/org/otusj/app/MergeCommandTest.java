package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.aida.xml.AidaXmlWriter;
import org.otusj.app.aida.CommandRun;
import org.otusj.aida.testing.SampleFiles;
import org.otusj.core.testing.ExternalTools;

class MergeCommandTest {

    @TempDir
    Path dir;

    @Test
    void mergeAddsSplitRuns() throws Exception {
        Path a = SampleFiles.write(dir.resolve("run0.aida.gz"), 1, 500, 15);
        Path b = SampleFiles.write(dir.resolve("run1.aida.gz"), 2, 700, 15);
        Path sum = dir.resolve("sum.aida");

        CommandRun run = CommandRun.of("merge", a.toString(), b.toString(), "-o", sum.toString());
        assertEquals(0, run.exitCode(), run.both());
        assertTrue(run.out().contains("Merged 5 objects from 2 files"), run.both());

        ExternalTools.Result valid = ExternalTools.xmllintValidate(sum);
        assertEquals(0, valid.exitCode(), valid.output());
        AidaTree merged = AidaXmlReader.read(sum);
        Histogram1D px = merged.get("/Electrons/positron_px", Histogram1D.class);
        Histogram1D px0 = AidaXmlReader.read(a).get("/Electrons/positron_px", Histogram1D.class);
        Histogram1D px1 = AidaXmlReader.read(b).get("/Electrons/positron_px", Histogram1D.class);
        for (int index = -2; index < 40; index++) {
            assertEquals(px0.binEntries(index) + px1.binEntries(index), px.binEntries(index), "bin " + index);
            assertEquals(px0.binHeight(index) + px1.binHeight(index), px.binHeight(index), 1e-12, "bin " + index);
        }
        assertEquals(1200, merged.get("/Electrons/pz_vs_px", Histogram2D.class).allEntries());
        assertEquals(0x1f, Files.readAllBytes(sum)[0] & 0xff, "gzip by default, whatever the file name");
    }

    @Test
    void plainOptionWritesXml() throws Exception {
        Path a = SampleFiles.write(dir.resolve("run0.aida.gz"), 1, 100, 15);
        Path sum = dir.resolve("sum.aida");

        CommandRun run = CommandRun.of("merge", a.toString(), "--plain", "-o", sum.toString());
        assertEquals(0, run.exitCode(), run.both());
        assertTrue(Files.readString(sum).startsWith("<?xml"));
    }

    @Test
    void differentBinningFailsWithoutOutput() throws Exception {
        Path a = SampleFiles.write(dir.resolve("run0.aida.gz"), 1, 100, 15);
        AidaTree rebinned = SampleFiles.run(2, 100, 15);
        AidaTree other = new AidaTree();
        other.put("/Electrons/positron_px", new Histogram1D("positron p_x", 30, -60, 60));
        for (var entry : rebinned.objects().entrySet()) {
            if (!entry.getKey().toString().equals("/Electrons/positron_px")) {
                other.put(entry.getKey(), entry.getValue());
            }
        }
        Path b = dir.resolve("run1.aida.gz");
        AidaXmlWriter.gzipped().write(other, b);
        Path sum = dir.resolve("sum.aida.gz");

        CommandRun run = CommandRun.of("merge", a.toString(), b.toString(), "-o", sum.toString());
        assertEquals(1, run.exitCode(), run.both());
        assertTrue(run.err().contains("/Electrons/positron_px"), run.both());
        assertTrue(run.err().contains(a.toString()), run.both());
        assertTrue(run.err().contains(b.toString()), run.both());
        assertTrue(run.err().contains("nothing was written"), run.both());
        assertFalse(Files.exists(sum));
        assertEquals(List.of(a, b), filesIn(dir));
    }

    @Test
    void truncatedInputFailsWithoutOutput() throws Exception {
        Path a = SampleFiles.write(dir.resolve("run0.aida.gz"), 1, 100, 15);
        byte[] bytes = Files.readAllBytes(SampleFiles.write(dir.resolve("whole.aida.gz"), 2, 100, 15));
        Path truncated = Files.write(dir.resolve("truncated.aida.gz"), Arrays.copyOf(bytes, bytes.length / 3));
        Files.delete(dir.resolve("whole.aida.gz"));
        Path sum = dir.resolve("sum.aida.gz");

        CommandRun run = CommandRun.of("merge", a.toString(), truncated.toString(), "-o", sum.toString());
        assertEquals(2, run.exitCode(), run.both());
        assertTrue(run.err().contains(truncated.toString()), run.both());
        assertFalse(Files.exists(sum));
    }

    @Test
    void missingOutputOptionIsUsageError() {
        CommandRun run = CommandRun.of("merge", "a.aida");

        assertEquals(2, run.exitCode(), run.both());
        assertTrue(run.err().contains("--output"), run.both());
    }

    private static List<Path> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
