package org.otusj.aida.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.aida.Profile1D;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.aida.xml.AidaXmlWriter;
import org.otusj.core.testing.ExternalTools;

/** Merges the files of split runs and compares the sum with the same fills made in one run. */
class AidaMergerTest {

    private static final double TOLERANCE = 1e-10;

    /**
     * Tolerance of an RMS near zero, computed from a difference of sums: about 1e-8 of the distance from the
     * bin centre, up to half a bin width (5 and 12.5 here).
     */
    private static final double RMS_TOLERANCE = 1e-6;

    @TempDir
    Path tempDir;

    /** The objects of one run; {@link #fill} sends each event to this run and to the whole. */
    private static final class Run {
        final Histogram1D px = new Histogram1D("p_x", 20, -50, 50);
        final Histogram2D map = new Histogram2D("p_z against p_x", 10, -50, 50, 8, -100, 100);
        final Profile1D profile = new Profile1D("<p_z> against p_x", 10, -50, 50);
        final Cloud1D cloud = new Cloud1D("E", 1000);

        AidaTree tree() {
            AidaTree tree = new AidaTree();
            tree.put("/Electrons/px", px);
            tree.put("/Electrons/map", map);
            tree.put("/Electrons/profile", profile);
            tree.put("/Electrons/energy", cloud);
            DataPointSet settings = new DataPointSet("settings", 1);
            settings.addPoint(Measurement.of(13000.0));
            tree.put("/run/settings", settings);
            return tree;
        }

        void fill(double x, double z, double weight) {
            px.fill(x, weight);
            map.fill(x, z, weight);
            profile.fill(x, z);
            cloud.fill(Math.hypot(x, z), weight);
        }
    }

    @Test
    void splitRunsMergeLikeOneRun() throws Exception {
        Run whole = new Run();
        Run[] runs = {new Run(), new Run(), new Run()};
        SplittableRandom random = new SplittableRandom(17);
        for (int event = 0; event < 900; event++) {
            double x = random.nextGaussian() * 20;
            double z = 1.5 * x + random.nextGaussian() * 30;
            double weight = random.nextDouble(0.5, 1.5);
            whole.fill(x, z, weight);
            runs[event % 3].fill(x, z, weight);
        }

        List<AidaMerger.Input> inputs = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            Path file = tempDir.resolve("run" + i + ".aida.gz");
            AidaXmlWriter.gzipped().write(runs[i].tree(), file);
            inputs.add(new AidaMerger.Input(file.toString(), AidaXmlReader.read(file)));
        }
        AidaMerger.Result result = AidaMerger.merge(inputs);
        Path merged = tempDir.resolve("sum.aida.gz");
        AidaXmlWriter.gzipped().write(result.sum(), merged);
        ExternalTools.Result valid = ExternalTools.xmllintValidate(merged);
        assertEquals(0, valid.exitCode(), valid.output());
        AidaTree sum = AidaXmlReader.read(merged);

        assertTrue(result.incomplete().isEmpty());
        assertHistogramsAgree(whole.px, sum.get("/Electrons/px", Histogram1D.class));
        assertMapsAgree(whole.map, sum.get("/Electrons/map", Histogram2D.class));
        assertProfilesAgree(whole.profile, sum.get("/Electrons/profile", Profile1D.class));
        Cloud1D cloud = sum.get("/Electrons/energy", Cloud1D.class);
        assertEquals(900, cloud.entries());
        assertEquals(whole.cloud.mean(), cloud.mean(), TOLERANCE);
        assertEquals(1, sum.get("/run/settings", DataPointSet.class).size());
    }

    @Test
    void differentBinningNamesFilesAndPath() {
        AidaTree a = new AidaTree();
        AidaTree b = new AidaTree();
        a.put("/Electrons/px", new Histogram1D("p_x", 20, -50, 50));
        b.put("/Electrons/px", new Histogram1D("p_x", 25, -50, 50));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AidaMerger.merge(List.of(
                new AidaMerger.Input("run0.aida", a), new AidaMerger.Input("run1.aida", b))));
        assertTrue(error.getMessage().contains("/Electrons/px"), error.getMessage());
        assertTrue(error.getMessage().contains("run0.aida"), error.getMessage());
        assertTrue(error.getMessage().contains("run1.aida"), error.getMessage());
        assertTrue(error.getMessage().contains("different binning"), error.getMessage());
    }

    @Test
    void differentKindsRejected() {
        AidaTree a = new AidaTree();
        AidaTree b = new AidaTree();
        a.put("/h", new Histogram1D("h", 2, 0, 1));
        b.put("/h", new Profile1D("h", 2, 0, 1));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AidaMerger.merge(List.of(
                new AidaMerger.Input("a.aida", a), new AidaMerger.Input("b.aida", b))));
        assertTrue(error.getMessage().contains("a Profile1D cannot be added to a Histogram1D"), error.getMessage());
    }

    @Test
    void differentDataPointSetsRejected() {
        AidaTree a = new AidaTree();
        AidaTree b = new AidaTree();
        DataPointSet first = new DataPointSet("s", 1);
        first.addPoint(Measurement.of(1.0));
        DataPointSet second = new DataPointSet("s", 1);
        second.addPoint(Measurement.of(2.0));
        a.put("/s", first);
        b.put("/s", second);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AidaMerger.merge(List.of(
                new AidaMerger.Input("a.aida", a), new AidaMerger.Input("b.aida", b))));
        assertTrue(error.getMessage().contains("data point sets cannot be added"), error.getMessage());
    }

    @Test
    void objectsMissingFromSomeInputsListed() {
        AidaTree a = new AidaTree();
        AidaTree b = new AidaTree();
        Histogram1D only = new Histogram1D("only in a", 2, 0, 1);
        only.fill(0.5);
        a.put("/only", only);
        a.put("/both", new Histogram1D("both", 2, 0, 1));
        b.put("/both", new Histogram1D("both", 2, 0, 1));

        AidaMerger.Result result = AidaMerger.merge(List.of(new AidaMerger.Input("a.aida", a),
                new AidaMerger.Input("b.aida", b)));
        assertEquals(List.of("b.aida"), result.incomplete().get(AidaPath.parse("/only")));
        assertEquals(1, result.sum().get("/only", Histogram1D.class).entries());
        assertEquals(1, result.incomplete().size());
    }

    @Test
    void inputsNotModified() {
        AidaTree a = new AidaTree();
        AidaTree b = new AidaTree();
        Histogram1D first = new Histogram1D("h", 2, 0, 1);
        first.fill(0.25);
        Histogram1D second = new Histogram1D("h", 2, 0, 1);
        second.fill(0.75);
        a.put("/h", first);
        b.put("/h", second);

        AidaMerger.Result result = AidaMerger.merge(List.of(new AidaMerger.Input("a", a), new AidaMerger.Input("b", b)));
        assertEquals(2, result.sum().get("/h", Histogram1D.class).entries());
        assertEquals(1, first.entries());
    }

    private static void assertHistogramsAgree(Histogram1D expected, Histogram1D actual) {
        for (int index = -2; index < expected.xAxis().bins(); index++) {
            assertEquals(expected.binEntries(index), actual.binEntries(index), "entries of bin " + index);
            assertEquals(expected.binHeight(index), actual.binHeight(index), TOLERANCE, "height of bin " + index);
            assertEquals(expected.binError(index), actual.binError(index), TOLERANCE, "error of bin " + index);
            assertEquals(expected.binMean(index), actual.binMean(index), TOLERANCE, "mean of bin " + index);
            assertEquals(expected.binRms(index), actual.binRms(index), RMS_TOLERANCE, "RMS of bin " + index);
        }
        assertEquals(expected.entries(), actual.entries());
        assertEquals(expected.mean(), actual.mean(), TOLERANCE);
        assertEquals(expected.rms(), actual.rms(), TOLERANCE);
        assertEquals(expected.equivalentBinEntries(), actual.equivalentBinEntries(), TOLERANCE);
    }

    private static void assertMapsAgree(Histogram2D expected, Histogram2D actual) {
        for (int i = -2; i < expected.xAxis().bins(); i++) {
            for (int j = -2; j < expected.yAxis().bins(); j++) {
                String bin = "bin (" + i + ", " + j + ")";
                assertEquals(expected.binEntries(i, j), actual.binEntries(i, j), "entries of " + bin);
                assertEquals(expected.binHeight(i, j), actual.binHeight(i, j), TOLERANCE, "height of " + bin);
                assertEquals(expected.binError(i, j), actual.binError(i, j), TOLERANCE, "error of " + bin);
                assertEquals(expected.binMeanY(i, j), actual.binMeanY(i, j), TOLERANCE, "mean y of " + bin);
                assertEquals(expected.binRmsX(i, j), actual.binRmsX(i, j), RMS_TOLERANCE, "RMS x of " + bin);
            }
        }
        assertEquals(expected.meanY(), actual.meanY(), TOLERANCE);
        assertEquals(expected.rmsX(), actual.rmsX(), TOLERANCE);
    }

    private static void assertProfilesAgree(Profile1D expected, Profile1D actual) {
        for (int index = -2; index < expected.axis().bins(); index++) {
            assertEquals(expected.binEntries(index), actual.binEntries(index), "entries of bin " + index);
            assertEquals(expected.binHeight(index), actual.binHeight(index), 1e-9, "height of bin " + index);
            assertEquals(expected.binRms(index), actual.binRms(index), 1e-9, "RMS of bin " + index);
            assertEquals(expected.binError(index), actual.binError(index), 1e-9, "error of bin " + index);
        }
    }
}
