package org.otusj.aida.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.testing.AidaDocument;
import org.otusj.core.testing.ExternalTools;
import org.otusj.aida.testing.HistogramFixtures;
import org.w3c.dom.Element;

class AidaXmlWriterTest {

    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path tempDir;

    private static AidaTree sampleTree() {
        AidaTree tree = new AidaTree();
        Histogram1D mixed = HistogramFixtures.mixedFills();
        mixed.setAnnotation(Histogram1D.X_LABEL_KEY, "p_x [GeV]");
        tree.put("/Electrons/mixed", mixed);

        Histogram1D variable = new Histogram1D("variable bins", new double[] {0, 1, 3, 6});
        variable.fill(2.0);
        tree.put("/variable", variable);
        return tree;
    }

    @Test
    void gzippedFileValidatesAgainstDtd() throws Exception {
        Path file = tempDir.resolve("histograms.aida.gz");
        AidaXmlWriter.gzipped().write(sampleTree(), file);

        assertTrue(AidaDocument.isGzip(file), "default output must be gzip-compressed");
        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void plainFileValidatesAgainstDtd() throws Exception {
        Path file = tempDir.resolve("histograms.aida");
        AidaXmlWriter.plain().write(sampleTree(), file);

        assertFalse(AidaDocument.isGzip(file));
        assertTrue(Files.readString(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void emptyTreeValidatesAgainstDtd() throws Exception {
        Path file = tempDir.resolve("empty.aida.gz");
        AidaXmlWriter.gzipped().write(new AidaTree(), file);

        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void xmllintRejectsHistogramWithoutStatistics() throws Exception {
        // Negative control: the validation used above must be able to fail.
        Path file = tempDir.resolve("invalid.aida");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE aida SYSTEM \"" + AidaXmlWriter.DTD_SYSTEM_ID
                + "\">\n<aida version=\"3.3\"><implementation package=\"p\" version=\"1\"/>"
                + "<histogram1d name=\"h\"><axis min=\"0\" max=\"1\" numberOfBins=\"1\"/><data1d/></histogram1d>"
                + "</aida>\n");

        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertNotEquals(0, result.exitCode(), result.output());
    }

    @Test
    void headerAsJaidaWrites() throws Exception {
        Path file = tempDir.resolve("histograms.aida.gz");
        AidaXmlWriter.gzipped().write(sampleTree(), file);

        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals("<!DOCTYPE aida SYSTEM \"http://aida.freehep.org/schemas/3.3/aida.dtd\">", lines.get(1));

        AidaDocument document = AidaDocument.parse(file);
        assertEquals("aida", document.root().getTagName());
        assertEquals("3.3", document.root().getAttribute("version"));
        Element implementation = AidaDocument.only(document.root(), "implementation");
        assertEquals("otusj", implementation.getAttribute("package"));
        assertFalse(implementation.getAttribute("version").isBlank());
        assertFalse(implementation.getAttribute("version").startsWith("${"));
    }

    @Test
    void histogramReadBackAsComputedByHand() throws Exception {
        Path file = tempDir.resolve("histograms.aida.gz");
        AidaXmlWriter.gzipped().write(sampleTree(), file);
        Element h = AidaDocument.parse(file).histogram("/Electrons", "mixed");

        assertEquals("mixed fills", h.getAttribute("title"));
        assertEquals("mixed fills", AidaDocument.annotation(h, "Title"));
        assertEquals("p_x [GeV]", AidaDocument.annotation(h, "XLabel"));

        Element axis = AidaDocument.only(h, "axis");
        assertEquals("x", axis.getAttribute("direction"));
        assertEquals(0.0, AidaDocument.number(axis, "min"));
        assertEquals(4.0, AidaDocument.number(axis, "max"));
        assertEquals("4", axis.getAttribute("numberOfBins"));
        assertTrue(AidaDocument.children(axis, "binBorder").isEmpty());

        // The in-range statistics worked out in Histogram1DTest: 4 entries, mean 59/44, RMS sqrt(685/968).
        Element statistics = AidaDocument.only(h, "statistics");
        assertEquals("4", statistics.getAttribute("entries"));
        assertEquals(121.0 / 37.0, AidaDocument.number(statistics, "equivalentBinEntries"), TOLERANCE);
        Element statistic = AidaDocument.only(statistics, "statistic");
        assertEquals("x", statistic.getAttribute("direction"));
        assertEquals(59.0 / 44.0, AidaDocument.number(statistic, "mean"), TOLERANCE);
        assertEquals(Math.sqrt(685.0 / 968.0), AidaDocument.number(statistic, "rms"), TOLERANCE);
    }

    @Test
    void everyBinReadBackAsComputedByHand() throws Exception {
        Path file = tempDir.resolve("histograms.aida");
        AidaXmlWriter.plain().write(sampleTree(), file);
        Element h = AidaDocument.parse(file).histogram("/Electrons", "mixed");

        List<String> binNums = AidaDocument.children(AidaDocument.only(h, "data1d"), "bin1d").stream()
                .map(bin -> bin.getAttribute("binNum")).toList();
        assertEquals(List.of("UNDERFLOW", "0", "1", "2", "3", "OVERFLOW"), binNums);

        assertBin(h, "UNDERFLOW", 1, 3.0, 3.0, -1.0, 0.0);
        assertBin(h, "0", 1, 1.0, 1.0, 0.5, 0.0);
        assertBin(h, "1", 2, 4.0, Math.sqrt(8.0), 1.25, 0.25);
        assertBin(h, "3", 1, 0.5, 0.5, 3.75, 0.0);
        assertBin(h, "OVERFLOW", 1, 1.0, 1.0, 4.0, 0.0);

        // An empty bin has no weighted mean, written as NaN.
        Element empty = AidaDocument.bin(h, "2");
        assertEquals("0", empty.getAttribute("entries"));
        assertEquals(0.0, AidaDocument.number(empty, "height"));
        assertEquals(0.0, AidaDocument.number(empty, "error"));
        assertTrue(Double.isNaN(AidaDocument.number(empty, "weightedMean")));
        assertTrue(Double.isNaN(AidaDocument.number(empty, "weightedRms")));
    }

    private static void assertBin(Element histogram, String binNum, int entries, double height, double error,
            double weightedMean, double weightedRms) {
        Element bin = AidaDocument.bin(histogram, binNum);
        assertEquals(Integer.toString(entries), bin.getAttribute("entries"), "entries of bin " + binNum);
        assertEquals(height, AidaDocument.number(bin, "height"), TOLERANCE, "height of bin " + binNum);
        assertEquals(error, AidaDocument.number(bin, "error"), TOLERANCE, "error of bin " + binNum);
        assertEquals(weightedMean, AidaDocument.number(bin, "weightedMean"), TOLERANCE, "mean of bin " + binNum);
        assertEquals(weightedRms, AidaDocument.number(bin, "weightedRms"), TOLERANCE, "RMS of bin " + binNum);
    }

    @Test
    void variableAxisWritesBinBorders() throws Exception {
        Path file = tempDir.resolve("histograms.aida");
        AidaXmlWriter.plain().write(sampleTree(), file);
        Element h = AidaDocument.parse(file).histogram("/", "variable");

        Element axis = AidaDocument.only(h, "axis");
        assertEquals(0.0, AidaDocument.number(axis, "min"));
        assertEquals(6.0, AidaDocument.number(axis, "max"));
        assertEquals("3", axis.getAttribute("numberOfBins"));
        List<Double> borders = AidaDocument.children(axis, "binBorder").stream()
                .map(border -> AidaDocument.number(border, "value")).toList();
        assertEquals(List.of(1.0, 3.0), borders);
        assertEquals("1", AidaDocument.bin(h, "1").getAttribute("entries"));
    }

    @Test
    void numbersRoundTripExactly() throws Exception {
        double[] values = {0.1, 1.0 / 3.0, -2.718281828459045e-300, 6.02214076e23};
        AidaTree tree = new AidaTree();
        Histogram1D h = new Histogram1D("exact", 1, -1e301, 1e301);
        for (double value : values) {
            h.fill(value, value == 0.1 ? 0.7 : 1.0 / 7.0);
        }
        tree.put("/exact", h);
        Path file = tempDir.resolve("exact.aida");
        AidaXmlWriter.plain().write(tree, file);

        Element bin = AidaDocument.bin(AidaDocument.parse(file).histogram("/", "exact"), "0");
        assertEquals(h.binHeight(0), AidaDocument.number(bin, "height"));
        assertEquals(h.binError(0), AidaDocument.number(bin, "error"));
        assertEquals(h.binMean(0), AidaDocument.number(bin, "weightedMean"));
        assertEquals(h.binRms(0), AidaDocument.number(bin, "weightedRms"));
    }

    @Test
    void specialCharactersRoundTrip() throws Exception {
        String title = "Z\u2192ee & <\u03b3> \"quoted\"\n\tend";
        AidaTree tree = new AidaTree();
        Histogram1D h = new Histogram1D(title, 1, 0, 1);
        h.setAnnotation("Note", "a'b & c");
        tree.put("/special", h);
        Path file = tempDir.resolve("special.aida.gz");
        AidaXmlWriter.gzipped().write(tree, file);

        Element parsed = AidaDocument.parse(file).histogram("/", "special");
        assertEquals(title, parsed.getAttribute("title"));
        assertEquals(title, AidaDocument.annotation(parsed, "Title"));
        assertEquals("a'b & c", AidaDocument.annotation(parsed, "Note"));
        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void invalidCharacterLeavesOldFileInPlace() throws Exception {
        Path file = tempDir.resolve("histograms.aida.gz");
        Files.writeString(file, "previous run");
        AidaTree tree = sampleTree();
        tree.put("/bad", new Histogram1D("control \u0001 character", 1, 0, 1));

        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> AidaXmlWriter.gzipped().write(tree, file));
        assertTrue(invalid.getMessage().contains("/bad"), invalid.getMessage());
        assertEquals("previous run", Files.readString(file));
        assertEquals(List.of(file), filesIn(tempDir));
    }

    @Test
    void failedWriteLeavesNoFile() throws Exception {
        // Enough bins before the failure that the buffers reach the disk before the write fails.
        AidaTree tree = new AidaTree();
        for (int i = 0; i < 20; i++) {
            Histogram1D filled = new Histogram1D("filler " + i, 500, 0, 1);
            filled.fill(0.5);
            tree.put("/filler/h" + i, filled);
        }
        tree.put("/failing", new UnknownObject());

        for (AidaXmlWriter writer : List.of(AidaXmlWriter.plain(), AidaXmlWriter.gzipped())) {
            Path file = tempDir.resolve(writer.isGzipped() ? "out.aida.gz" : "out.aida");
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> writer.write(tree, file));
            assertTrue(failure.getMessage().contains("/failing"), failure.getMessage());
            assertFalse(Files.exists(file), "no partial file " + file);
            assertEquals(List.of(), filesIn(tempDir), "no temporary file left");
        }
    }

    @Test
    void missingDirectoryFails() {
        Path file = tempDir.resolve("missing").resolve("histograms.aida.gz");

        assertThrows(NoSuchFileException.class, () -> AidaXmlWriter.gzipped().write(sampleTree(), file));
        assertFalse(Files.exists(tempDir.resolve("missing")));
    }

    @Test
    void existingFileReplaced() throws Exception {
        Path file = tempDir.resolve("histograms.aida");
        Files.writeString(file, "previous run");
        AidaXmlWriter.plain().write(sampleTree(), file);

        assertTrue(Files.readString(file).contains("<aida version=\"3.3\">"));
        assertEquals(List.of(file), filesIn(tempDir));
    }

    @Test
    void compressionChosenByFileName() {
        assertTrue(AidaXmlWriter.forFile(Path.of("out/histograms.aida.gz")).isGzipped());
        assertTrue(AidaXmlWriter.forFile(Path.of("histograms.xml")).isGzipped());
        assertFalse(AidaXmlWriter.forFile(Path.of("out/histograms.aida")).isGzipped());
        assertFalse(AidaXmlWriter.forFile(Path.of("HISTOGRAMS.AIDA")).isGzipped());
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
