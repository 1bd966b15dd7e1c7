package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.app.aida.CommandRun;
import org.otusj.aida.testing.SampleFiles;

class PlotCommandTest {

    @TempDir
    Path dir;

    @Test
    void oneFileGivesOnePlotPerHistogram() throws Exception {
        Path file = SampleFiles.write(dir.resolve("run.aida.gz"), 1, 2000, 15);
        Path out = dir.resolve("plots");

        CommandRun run = CommandRun.of("plot", file.toString(), "-o", out.toString(), "--log");
        assertEquals(0, run.exitCode(), run.both());
        assertTrue(run.out().contains("Wrote 3 plots"), run.both());
        BufferedImage px = ImageIO.read(out.resolve("Electrons_positron_px.png").toFile());
        assertEquals(800, px.getWidth());
        BufferedImage map = ImageIO.read(out.resolve("Electrons_pz_vs_px.png").toFile());
        assertEquals(760, map.getWidth());
        assertTrue(Files.exists(out.resolve("Electrons_pair_mass.png")));
    }

    @Test
    void twoFilesGiveComparisonPlots() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 2000, 15);
        Path candidate = SampleFiles.write(dir.resolve("candidate.aida.gz"), 2, 2000, 17);

        CommandRun run = CommandRun.of("plot", reference.toString(), candidate.toString(), "-o", dir.toString(),
                "--format", "svg");
        assertEquals(0, run.exitCode(), run.both());
        assertTrue(run.out().contains("Wrote 2 plots"), run.both());
        assertTrue(Files.readString(dir.resolve("Electrons_positron_px.svg")).contains("candidate / reference"));
    }

    @Test
    void unknownFormatIsUsageError() throws Exception {
        Path file = SampleFiles.write(dir.resolve("run.aida.gz"), 1, 10, 15);

        CommandRun run = CommandRun.of("plot", file.toString(), "-o", dir.toString(), "--format", "gif");
        assertEquals(2, run.exitCode(), run.both());
        assertTrue(run.err().contains("unknown plot format 'gif'"), run.both());
    }
}
