package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.compare.BinnedStatistics;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.app.aida.CommandRun;
import org.otusj.aida.testing.SampleFiles;
import org.otusj.core.testing.ExternalTools;

class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void sameDistributionPassesLooseThresholds() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 20000, 15);
        Path candidate = SampleFiles.write(dir.resolve("candidate.aida.gz"), 2, 20000, 15);
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("compare", reference.toString(), candidate.toString(), "-o", out.toString(),
                "--max-chi2", "3", "--max-ks", "0.05", "--max-wasserstein", "1.0");
        assertEquals(0, run.exitCode(), run.both());
        assertTrue(run.out().contains("/Electrons/positron_px"), run.both());
        assertTrue(run.out().contains("Comparison passed: 2 histograms"), run.both());

        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("/Electrons/positron_px,"), csv.get(1));

        // The CSV contains the statistics that BinnedStatistics computes for the files' histograms.
        AidaTree ref = AidaXmlReader.read(reference);
        AidaTree cand = AidaXmlReader.read(candidate);
        double ks = BinnedStatistics.ksDistance(ref.get("/Electrons/positron_px", Histogram1D.class),
                cand.get("/Electrons/positron_px", Histogram1D.class));
        assertEquals(ks, Double.parseDouble(csv.get(1).split(",")[4]));

        Path aida = out.resolve("comparison.aida.gz");
        ExternalTools.Result valid = ExternalTools.xmllintValidate(aida);
        assertEquals(0, valid.exitCode(), valid.output());
        DataPointSet table = AidaXmlReader.read(aida).get("/comparison/statistics", DataPointSet.class);
        assertEquals(2, table.size());
        assertEquals(ks, table.point(0).coordinate(3).value());
    }

    @Test
    void widerDistributionFailsTightThreshold() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 20000, 15);
        Path candidate = SampleFiles.write(dir.resolve("candidate.aida.gz"), 2, 20000, 20);

        CommandRun run = CommandRun.of("compare", reference.toString(), candidate.toString(), "-o", dir.toString(),
                "--max-ks", "0.02");
        assertEquals(1, run.exitCode(), run.both());
        assertTrue(run.out().contains("FAIL: KS distance"), run.both());
        assertTrue(run.out().contains("Comparison FAILED: 1 of 2 histograms exceed a threshold"), run.both());
    }

    @Test
    void plotsWrittenInEachFormat() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 2000, 15);
        Path candidate = SampleFiles.write(dir.resolve("candidate.aida.gz"), 2, 2000, 16);

        CommandRun run = CommandRun.of("compare", reference.toString(), candidate.toString(), "-o", dir.toString(),
                "--plots", "--format", "png,svg,pdf", "--reference-label", "Delphes", "--candidate-label", "OTUS",
                "--shape");
        assertEquals(0, run.exitCode(), run.both());
        for (String extension : List.of("png", "svg", "pdf")) {
            Path plot = dir.resolve("plots").resolve("Electrons_positron_px." + extension);
            assertTrue(Files.size(plot) > 1000, plot.toString());
        }
        assertTrue(Files.readString(dir.resolve("plots/Electrons_pair_mass.svg")).contains("OTUS / Delphes"));
    }

    @Test
    void unreadableFileExitsWithTwo() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 100, 15);
        Path broken = Files.writeString(dir.resolve("broken.aida"), "<aida><histogram1d name=\"x\">");

        CommandRun run = CommandRun.of("compare", reference.toString(), broken.toString(), "-o", dir.toString());
        assertEquals(2, run.exitCode(), run.both());
        assertTrue(run.err().contains(broken.toString()), run.both());
        assertTrue(!Files.exists(dir.resolve("comparison.csv")));
    }

    @Test
    void negativeThresholdRejected() throws Exception {
        Path reference = SampleFiles.write(dir.resolve("reference.aida.gz"), 1, 100, 15);

        CommandRun run = CommandRun.of("compare", reference.toString(), reference.toString(), "--max-ks", "-1");
        assertEquals(2, run.exitCode(), run.both());
        assertTrue(run.err().contains("--max-ks must be a number >= 0"), run.both());
    }
}
