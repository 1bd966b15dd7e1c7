package org.otusj.aida.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.aida.xml.AidaXmlWriter;
import org.otusj.core.testing.ExternalTools;

class HistogramComparatorTest {

    @TempDir
    Path tempDir;

    /** Returns the hand-worked pair of BinnedStatisticsTest: chi2/ndf = 7/12, KS = 1/8, W1 = 1/4. */
    private static AidaTree tree(int[] counts, String extraPath) {
        AidaTree tree = new AidaTree();
        Histogram1D h = new Histogram1D("counts", counts.length, 0, counts.length);
        for (int bin = 0; bin < counts.length; bin++) {
            for (int i = 0; i < counts[bin]; i++) {
                h.fill(bin + 0.5);
            }
        }
        tree.put("/Electrons/counts", h);
        if (extraPath != null) {
            tree.put(extraPath, new Histogram1D("extra", 2, 0, 1));
        }
        return tree;
    }

    @Test
    void thresholdsDecidePassAndFail() {
        AidaTree reference = tree(new int[] {1, 3, 0, 4}, null);
        AidaTree candidate = tree(new int[] {2, 1, 1, 4}, null);

        assertTrue(new HistogramComparator(new Thresholds(0.6, 0.13, 0.26), false).compare(reference, candidate)
                .passed());
        assertFailsWith(new Thresholds(0.5, 1, 1), reference, candidate, "chi2/ndf");
        assertFailsWith(new Thresholds(1, 0.12, 1), reference, candidate, "KS distance");
        assertFailsWith(new Thresholds(1, 1, 0.24), reference, candidate, "Wasserstein distance");
    }

    @Test
    void missingAndIncompatibleHistogramsFail() {
        AidaTree reference = tree(new int[] {1, 3, 0, 4}, "/only/reference");
        AidaTree candidate = tree(new int[] {2, 1, 1, 4}, "/only/candidate");
        Histogram1D rebinned = new Histogram1D("rebinned", 3, 0, 1);
        Histogram1D original = new Histogram1D("original", 2, 0, 1);
        reference.put("/rebinned", original);
        candidate.put("/rebinned", rebinned);

        ComparisonReport report = new HistogramComparator(Thresholds.NONE, false).compare(reference, candidate);
        assertFalse(report.passed());
        assertEquals(List.of(AidaPath.parse("/only/reference")), report.onlyInReference());
        assertEquals(List.of(AidaPath.parse("/only/candidate")), report.onlyInCandidate());
        assertTrue(report.incompatible().get(AidaPath.parse("/rebinned")).contains("different binning"));
        assertEquals(1, report.rows().size());
        assertTrue(report.table().contains("FAIL /only/reference: missing from the candidate"), report.table());
    }

    @Test
    void incompatibleHistogramsKeepFileOrder() {
        AidaTree reference = new AidaTree();
        AidaTree candidate = new AidaTree();
        List<String> paths = List.of("/b/pt", "/a/eta", "/c/phi", "/a/mass", "/z/e", "/m/n", "/b/px", "/d/py");
        for (String path : paths) {
            reference.put(path, new Histogram1D(path, 2, 0, 1));
            candidate.put(path, new Histogram1D(path, 3, 0, 1));
        }

        ComparisonReport report = new HistogramComparator(Thresholds.NONE, false).compare(reference, candidate);

        // A random order of eight paths matches the file order once in 40,320 runs.
        assertEquals(paths, report.incompatible().keySet().stream().map(AidaPath::toString).toList());
    }

    @Test
    void undefinedStatisticFailsFiniteLimit() {
        AidaTree reference = tree(new int[] {0, 0}, null);
        AidaTree candidate = tree(new int[] {1, 2}, null);

        ComparisonReport unlimited = new HistogramComparator(Thresholds.NONE, false).compare(reference, candidate);
        assertTrue(unlimited.passed(), unlimited.table());
        assertTrue(Double.isNaN(unlimited.rows().get(0).ks()));
        assertEquals(2, unlimited.rows().get(0).notes().size(), unlimited.table());

        ComparisonReport limited = new HistogramComparator(new Thresholds(Double.POSITIVE_INFINITY, 0.5,
                Double.POSITIVE_INFINITY), false).compare(reference, candidate);
        assertFalse(limited.passed());
        assertTrue(limited.rows().get(0).failures().get(0).startsWith("KS distance is undefined"),
                limited.table());
    }

    @Test
    void csvHasOneRowPerHistogram() {
        ComparisonReport report = new HistogramComparator(new Thresholds(0.5, 1, 1), false)
                .compare(tree(new int[] {1, 3, 0, 4}, null), tree(new int[] {2, 1, 1, 4}, null));
        List<String> lines = report.toCsv().lines().toList();

        assertEquals("path,chi2,ndf,chi2_ndf,ks,wasserstein,passed,failures,notes", lines.get(0));
        String[] row = lines.get(1).split(",", -1);
        assertEquals("/Electrons/counts", row[0]);
        assertEquals(7.0 / 3.0, Double.parseDouble(row[1]), 1e-12);
        assertEquals("4", row[2]);
        assertEquals(0.125, Double.parseDouble(row[4]), 1e-15);
        assertEquals(0.25, Double.parseDouble(row[5]), 1e-15);
        assertEquals("false", row[6]);
        assertTrue(row[7].startsWith("chi2/ndf"), row[7]);
    }

    @Test
    void aidaOutputValidatesAndReadsBack() throws Exception {
        AidaTree reference = tree(new int[] {1, 3, 0, 4}, null);
        AidaTree candidate = tree(new int[] {2, 1, 1, 4}, null);
        ComparisonReport report = new HistogramComparator(Thresholds.NONE, false).compare(reference, candidate);
        DataPointSet ratio = BinnedStatistics.ratio(reference.get("/Electrons/counts", Histogram1D.class),
                candidate.get("/Electrons/counts", Histogram1D.class), false);
        Path file = tempDir.resolve("comparison.aida.gz");
        AidaXmlWriter.gzipped().write(report.toAidaTree(Map.of(AidaPath.parse("/Electrons/counts"), ratio)), file);

        ExternalTools.Result valid = ExternalTools.xmllintValidate(file);
        assertEquals(0, valid.exitCode(), valid.output());
        AidaTree read = AidaXmlReader.read(file);
        DataPointSet table = read.get("/comparison/statistics", DataPointSet.class);
        assertEquals(6, table.dimension());
        assertEquals("/Electrons/counts", table.annotation("Rows"));
        assertEquals(7.0 / 12.0, table.point(0).coordinate(2).value(), 1e-12);
        assertEquals(1.0, table.point(0).coordinate(5).value());
        assertEquals(3, read.get("/comparison/ratio/Electrons/counts", DataPointSet.class).size());
    }

    @Test
    void invalidThresholdRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(-1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(1, Double.NaN, 1));
    }

    private static void assertFailsWith(Thresholds thresholds, AidaTree reference, AidaTree candidate, String name) {
        ComparisonReport report = new HistogramComparator(thresholds, false).compare(reference, candidate);
        assertFalse(report.passed(), name);
        List<String> failures = report.rows().get(0).failures();
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith(name), failures.get(0));
    }
}
