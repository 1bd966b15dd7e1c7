package org.otusj.aida.yoda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.core.testing.ExternalTools;
import org.otusj.core.testing.TestPaths;

/** Compares the YODA export with the golden go-hep files of the shared test data, byte for byte. */
class YodaWriterTest {

    /** Prints '%e' % value for each line, Python's printf-style formatting of the C library. */
    private static final String FORMAT_SCRIPT = String.join("\n",
            "import sys",
            "for line in open(sys.argv[1]).read().splitlines():",
            "    print('%e' % float(line))",
            "");

    @TempDir
    Path tempDir;

    /**
     * Returns the histogram of the golden file: 10 bins from -4 to 4 filled once each at -4, -3, 1 and 2,
     * twice at 0, and once at -10 (underflow) and 10 (overflow).
     */
    private static Histogram1D goldenHistogram() {
        Histogram1D h = new Histogram1D("", 10, -4, 4);
        for (double x : new double[] {-4, -3, 0, 0, 1, 2, -10, 10}) {
            h.fill(x);
        }
        return h;
    }

    /**
     * Returns the scatter of the golden file: the bins of a histogram of 20 bins from -4 to 4 as densities
     * (height / width), with x at the bin centre and half the width as x error. It is filled at -3.0 and
     * -1.8 (weight 1), 1.0 (weights 1 and 2), 2.2 (weight 3) and 3.0 (weight 1).
     */
    private static DataPointSet goldenScatter() {
        Histogram1D h = new Histogram1D("", 20, -4, 4);
        h.fill(-3.0);
        h.fill(-1.8);
        h.fill(1.0);
        h.fill(1.0, 2.0);
        h.fill(2.2, 3.0);
        h.fill(3.0);

        DataPointSet set = new DataPointSet("", 2);
        for (int i = 0; i < 20; i++) {
            double width = h.xAxis().binWidth(i);
            set.addPoint(Measurement.of(h.xAxis().binCentre(i), width / 2),
                    Measurement.of(h.binHeight(i) / width, h.binError(i) / width));
        }
        return set;
    }

    @Test
    void histogramMatchesGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        YodaWriter.writeHisto1D("/", goldenHistogram(), out);

        String golden = Files.readString(TestPaths.sharedFile("yoda/yoda_histo1d_v2_example.yoda"));
        assertLinesEqual(golden, out.toString());
        assertEquals(golden, out.toString());
    }

    @Test
    void scatterMatchesGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        YodaWriter.writeScatter2D("/", goldenScatter(), out);

        String golden = Files.readString(TestPaths.sharedFile("yoda/yoda_scatter2d_v2_example.yoda"));
        assertLinesEqual(golden, out.toString());
        assertEquals(golden, out.toString());
    }

    @Test
    void treeFileHoldsSupportedObjects() throws Exception {
        AidaTree tree = new AidaTree();
        Histogram1D h = goldenHistogram();
        h.setAnnotation(Histogram1D.X_LABEL_KEY, "p_T [GeV]");
        tree.put("/Electrons/pt", h);
        tree.put("/Electrons/map", new Histogram2D("map", 2, 0, 1, 2, 0, 1));
        tree.put("/density", goldenScatter());
        Path file = tempDir.resolve("out.yoda");

        assertEquals(2, YodaWriter.write(tree, file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("BEGIN YODA_HISTO1D_V2 /Electrons/pt", lines.get(0));
        assertEquals("Path: /Electrons/pt", lines.get(1));
        assertEquals("Title: \"\"", lines.get(2));
        assertEquals("Type: Histo1D", lines.get(3));
        assertEquals("XLabel: \"p_T [GeV]\"", lines.get(4));
        assertEquals("---", lines.get(5));
        assertTrue(lines.contains("BEGIN YODA_SCATTER2D_V2 /density"), lines.toString());
    }

    @Test
    void formatMatchesCPrintf() throws Exception {
        // Values with exact decimal ties at the seventh digit, where half-up and half-even rounding differ.
        double[] values = {8.0, -4.0, 0.1, 1e-300, 123456789.0, 12345665.0, 12345675.0, 2.5e-7, 9.9999995,
            -0.0, 5.590169943749474, 1.7976931348623157e308, 4.9e-324, 0.5, 1234567.5, 1234568.5};
        StringBuilder input = new StringBuilder();
        for (double value : values) {
            input.append(Double.toString(value)).append('\n');
        }
        Path file = Files.writeString(tempDir.resolve("values.txt"), input);
        List<String> expected = ExternalTools.python(FORMAT_SCRIPT, tempDir, file.toString()).lines().toList();

        for (int i = 0; i < values.length; i++) {
            assertEquals(expected.get(i), YodaWriter.format(values[i]), "value " + values[i]);
        }
        assertEquals("nan", YodaWriter.format(Double.NaN));
        assertEquals("-inf", YodaWriter.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void annotationValuesQuotedWhenNeeded() {
        assertEquals("Histo1D", YodaWriter.yamlValue("Histo1D"));
        assertEquals("/Electrons/pt", YodaWriter.yamlValue("/Electrons/pt"));
        assertEquals("\"\"", YodaWriter.yamlValue(""));
        assertEquals("\"1.5\"", YodaWriter.yamlValue("1.5"));
        assertEquals("\"true\"", YodaWriter.yamlValue("true"));
        assertEquals("\"a: b\"", YodaWriter.yamlValue("a: b"));
        assertEquals("\"line\\nbreak \\\"quoted\\\"\"", YodaWriter.yamlValue("line\nbreak \"quoted\""));
    }

    @Test
    void pathWithLineBreakRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> YodaWriter.writeHisto1D("/a\nb", goldenHistogram(), new StringWriter()));
        assertThrows(IllegalArgumentException.class,
                () -> YodaWriter.writeScatter2D("/s", new DataPointSet("s", 3), new StringWriter()));
    }

    private static void assertLinesEqual(String expected, String actual) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.min(expectedLines.size(), actualLines.size()); i++) {
            assertEquals(expectedLines.get(i), actualLines.get(i), "line " + (i + 1));
        }
        assertEquals(expectedLines.size(), actualLines.size(), "number of lines");
    }
}
