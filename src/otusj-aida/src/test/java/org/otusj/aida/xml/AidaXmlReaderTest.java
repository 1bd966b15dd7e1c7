package org.otusj.aida.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Profile1D;
import org.otusj.aida.VariableAxis;
import org.otusj.aida.testing.AidaFixtures;
import org.otusj.core.testing.ExternalTools;

/** Writes every object kind, validates the file against the AIDA DTD and reads it back. */
class AidaXmlReaderTest {

    @TempDir
    Path tempDir;

    @Test
    void everyKindRoundTripsGzipped() throws Exception {
        assertRoundTrip(AidaFixtures.everyKind(), tempDir.resolve("every.aida.gz"), AidaXmlWriter.gzipped());
    }

    @Test
    void everyKindRoundTripsPlain() throws Exception {
        assertRoundTrip(AidaFixtures.everyKind(), tempDir.resolve("every.aida"), AidaXmlWriter.plain());
    }

    @Test
    void weightedFillsRoundTripExactly() throws Exception {
        AidaTree tree = new AidaTree();
        for (int seed = 0; seed < 20; seed++) {
            tree.put("/random/h" + seed, AidaFixtures.randomWeighted(seed, 50 + 37 * seed));
        }
        assertRoundTrip(tree, tempDir.resolve("random.aida.gz"), AidaXmlWriter.gzipped());
    }

    @Test
    void rewrittenFileIsIdentical() throws Exception {
        Path first = tempDir.resolve("first.aida");
        Path second = tempDir.resolve("second.aida");
        AidaXmlWriter.plain().write(AidaFixtures.everyKind(), first);
        AidaXmlWriter.plain().write(AidaXmlReader.read(first), second);

        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void everyKindPresentAfterRead() throws Exception {
        Path file = tempDir.resolve("every.aida.gz");
        AidaXmlWriter.gzipped().write(AidaFixtures.everyKind(), file);
        AidaTree read = AidaXmlReader.read(file);

        assertEquals(Histogram1D.class, read.get("/Electrons/mixed").getClass());
        assertEquals(VariableAxis.class, read.get("/variable", Histogram1D.class).xAxis().getClass());
        assertEquals(Histogram2D.class, read.get("/Electrons/pz_vs_px").getClass());
        assertEquals(Profile1D.class, read.get("/Electrons/profile").getClass());
        assertFalse(read.get("/Clouds/stored", Cloud1D.class).isConverted());
        assertTrue(read.get("/Clouds/converted", Cloud1D.class).isConverted());
        assertEquals(3, read.get("/deep/a/b/table", DataPointSet.class).dimension());
        assertEquals("cloud & <values>", read.get("/Clouds/stored").title());
        assertEquals("p_x [GeV]", read.get("/Electrons/mixed").annotation(AidaObject.X_LABEL_KEY));
    }

    @Test
    void changedObjectNoLongerEqual() throws Exception {
        // Negative control for the round-trip checks: equals must see a one-fill difference.
        Path file = tempDir.resolve("every.aida");
        AidaXmlWriter.plain().write(AidaFixtures.everyKind(), file);
        AidaTree read = AidaXmlReader.read(file);
        read.get("/Electrons/pz_vs_px", Histogram2D.class).fill(0.1, 0.1, 1e-9);
        read.get("/Electrons/profile", Profile1D.class).fill(0.1, 0.1);

        AidaTree original = AidaFixtures.everyKind();
        assertNotEquals(original.get("/Electrons/pz_vs_px"), read.get("/Electrons/pz_vs_px"));
        assertNotEquals(original.get("/Electrons/profile"), read.get("/Electrons/profile"));
        assertEquals(original.get("/Electrons/mixed"), read.get("/Electrons/mixed"));
    }

    @Test
    void jaidaStyleFileUsesDefaults() throws Exception {
        // A file as JAIDA 3.3 writes it: empty bins left out, a bin with entries only, numeric binNum for
        // the overflow bin, a path ending in '/', attributes in another order.
        Path file = tempDir.resolve("jaida.aida");
        Files.writeString(file, String.join("\n",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                "<!DOCTYPE aida SYSTEM \"http://aida.freehep.org/schemas/3.3/aida.dtd\">",
                "<aida version=\"3.3\">",
                "  <implementation package=\"hep.aida.ref\" version=\"3.3\"/>",
                "  <histogram1d name=\"h\" title=\"JAIDA histogram\" path=\"/dir/\">",
                "    <annotation><item key=\"Title\" value=\"JAIDA histogram\" sticky=\"true\"/></annotation>",
                "    <axis max=\"4.0\" numberOfBins=\"4\" min=\"0.0\" direction=\"x\"/>",
                "    <statistics entries=\"3\"><statistic mean=\"1.5\" direction=\"x\" rms=\"0.5\"/></statistics>",
                "    <data1d>",
                "      <bin1d binNum=\"1\" entries=\"2\" height=\"2.0\" error=\"1.4142135623730951\""
                        + " weightedMean=\"1.25\" weightedRms=\"0.25\"/>",
                "      <bin1d binNum=\"2\" entries=\"1\"/>",
                "      <bin1d binNum=\"-1\" entries=\"1\" height=\"0.5\" error=\"0.5\"/>",
                "    </data1d>",
                "  </histogram1d>",
                "</aida>",
                ""));
        ExternalTools.Result valid = ExternalTools.xmllintValidate(file);
        assertEquals(0, valid.exitCode(), valid.output());

        Histogram1D h = AidaXmlReader.read(file).get("/dir/h", Histogram1D.class);

        assertEquals("JAIDA histogram", h.title());
        assertEquals(0, h.binEntries(0));
        assertTrue(Double.isNaN(h.binMean(0)));
        assertEquals(1.25, h.binMean(1));
        // Bin 2 has entries only: unit weights, mean at the bin centre, RMS of a uniform bin.
        assertEquals(1.0, h.binHeight(2));
        assertEquals(1.0, h.binError(2));
        assertEquals(2.5, h.binMean(2));
        assertEquals(1.0 / Math.sqrt(12.0), h.binRms(2));
        assertEquals(0.5, h.binHeight(IHistogram.OVERFLOW));
        assertEquals(4.0, h.binMean(IHistogram.OVERFLOW));
        assertEquals(3, h.entries());
        assertEquals(1, h.extraEntries());
        assertEquals(1.5, h.mean());
        assertEquals(0.5, h.rms());
        // Heights 2 + 1, squared errors 2 + 1: (3^2) / 3.
        assertEquals(3.0, h.equivalentBinEntries(), 1e-12);
    }

    @Test
    void truncatedGzipNamesFile() throws Exception {
        Path whole = tempDir.resolve("whole.aida.gz");
        AidaXmlWriter.gzipped().write(AidaFixtures.everyKind(), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(tempDir.resolve("truncated.aida.gz"), java.util.Arrays.copyOf(bytes,
                bytes.length / 2));

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(truncated));
        assertTrue(error.getMessage().startsWith(truncated.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
    }

    @Test
    void truncatedXmlNamesObjectPath() throws Exception {
        Path whole = tempDir.resolve("whole.aida");
        AidaXmlWriter.plain().write(AidaFixtures.everyKind(), whole);
        String text = Files.readString(whole);
        int cut = text.indexOf("<bin2d binNumX=\"1\"");
        Path truncated = Files.writeString(tempDir.resolve("truncated.aida"), text.substring(0, cut + 10));

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(truncated));
        assertEquals("/Electrons/pz_vs_px", error.objectPath(), error.getMessage());
        assertTrue(error.getMessage().contains(truncated.toString()), error.getMessage());
        assertTrue(error.line() > 0, error.getMessage());
    }

    @Test
    void invalidContentNamesFileLineAndPath() throws Exception {
        Map<String, String> cases = Map.of(
                "<bin1d binNum=\"0\" entries=\"0\" height=\"3.0\" error=\"1.0\"/>", "no entries but height",
                "<bin1d binNum=\"7\" entries=\"1\"/>", "outside the axis",
                "<bin1d binNum=\"0\" entries=\"1\"/><bin1d binNum=\"0\" entries=\"1\"/>", "duplicate",
                "<bin1d binNum=\"0\" entries=\"one\"/>", "not an integer",
                "<bin1d binNum=\"0\" entries=\"2\" height=\"2\" error=\"-1\"/>", "invalid error",
                "<bin1d binNum=\"0\" entries=\"5\"/>", "statistics entries 1 differ");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            Path file = Files.writeString(tempDir.resolve("bad.aida"), histogramWithBins(entry.getKey()));

            AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file),
                    entry.getKey());
            assertTrue(error.getMessage().startsWith(file + ":"), error.getMessage());
            assertEquals("/dir/h", error.objectPath(), error.getMessage());
            assertTrue(error.getMessage().contains(entry.getValue()), error.getMessage());
        }
    }

    @Test
    void malformedDocumentsRejected() throws Exception {
        Map<String, String> cases = Map.of(
                "<aida version=\"3.3\"><histogram1d name=\"h\"></aida>", "malformed",
                "<notaida/>", "root element is <notaida>",
                "", "malformed",
                "<aida><tuple name=\"t\"><columns/></tuple></aida>", "unsupported AIDA element <tuple>",
                "<aida>text</aida>", "unexpected text");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            Path file = Files.writeString(tempDir.resolve("malformed.aida"), entry.getKey());

            AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file),
                    entry.getKey());
            assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
            assertTrue(error.getMessage().contains(entry.getValue()), error.getMessage());
        }
    }

    @Test
    void duplicatePathRejected() throws Exception {
        String bins = "<bin1d binNum=\"0\" entries=\"1\"/>";
        String twice = histogramWithBins(bins).replace("</aida>", histogramElement(bins) + "</aida>");
        Path file = Files.writeString(tempDir.resolve("twice.aida"), twice);

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file));
        assertEquals("/dir/h", error.objectPath());
        assertTrue(error.getMessage().contains("already contains an object"), error.getMessage());
    }

    @Test
    void externalEntityNotRead() throws Exception {
        Path secret = Files.writeString(tempDir.resolve("secret.txt"), "SECRET-CONTENT");
        Path file = Files.writeString(tempDir.resolve("entity.aida"), String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE aida [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>",
                "<aida version=\"3.3\">",
                "  <dataPointSet name=\"s\" title=\"&leak;\" dimension=\"1\"/>",
                "</aida>"));

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file));
        assertFalse(error.getMessage().contains("SECRET-CONTENT"), error.getMessage());
        assertTrue(error.getMessage().contains("entity reference &leak; is not allowed"), error.getMessage());
    }

    @Test
    void entityExpansionRejected() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE aida [<!ENTITY e0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        Path file = Files.writeString(tempDir.resolve("laughs.aida"), "<?xml version=\"1.0\"?>\n" + doctype
                + "\n<aida version=\"3.3\"><dataPointSet name=\"s\" title=\"&e9;\" dimension=\"1\"/></aida>\n");

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file));
        assertTrue(error.getMessage().contains("entity reference &e0; is not allowed"), error.getMessage());
    }

    @Test
    void localDtdNotLoaded() throws Exception {
        // The DTD exists and would define the entity, but the reader must not open it.
        Path dtd = Files.writeString(tempDir.resolve("local.dtd"), "<!ENTITY fromDtd \"loaded\">");
        Path file = Files.writeString(tempDir.resolve("dtd.aida"), String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE aida SYSTEM \"" + dtd.toUri() + "\">",
                "<aida version=\"3.3\"><dataPointSet name=\"s\" title=\"&fromDtd;\" dimension=\"1\"/></aida>"));

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file));
        assertTrue(error.getMessage().contains("entity reference &fromDtd; is not allowed"), error.getMessage());
    }

    @Test
    void entityOfAidaDtdInAttributeRejected() throws Exception {
        // Without this check the parser would silently read the title as "ab".
        Path file = Files.writeString(tempDir.resolve("underflow.aida"), String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE aida SYSTEM \"" + AidaXmlWriter.DTD_SYSTEM_ID + "\">",
                "<aida version=\"3.3\"><dataPointSet name=\"s\" title=\"a&UNDERFLOW;b\" dimension=\"1\"/></aida>"));

        AidaFormatException error = assertThrows(AidaFormatException.class, () -> AidaXmlReader.read(file));
        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("&UNDERFLOW;"), error.getMessage());
    }

    @Test
    void predefinedAndCharacterReferencesRead() throws Exception {
        Path file = Files.writeString(tempDir.resolve("references.aida"), String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<aida version=\"3.3\"><dataPointSet name=\"s\" title=\"&lt;&amp;&gt;&quot;&apos;&#38;&#x3b3;\""
                        + " dimension=\"1\"/></aida>"));

        assertEquals("<&>\"'&\u03b3", AidaXmlReader.read(file).get("/s").title());
    }

    @Test
    void readsFromStream() throws Exception {
        StringWriter text = new StringWriter();
        AidaXmlWriter.writeXml(AidaFixtures.everyKind(), text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));

        AidaTree read = AidaXmlReader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "memory");
        assertEquals(AidaFixtures.everyKind().size(), read.size());
    }

    private static String histogramWithBins(String bins) {
        return "<?xml version=\"1.0\"?>\n<aida version=\"3.3\">\n" + histogramElement(bins) + "</aida>\n";
    }

    private static String histogramElement(String bins) {
        return String.join("\n",
                "<histogram1d name=\"h\" path=\"/dir\">",
                "  <axis min=\"0\" max=\"2\" numberOfBins=\"2\"/>",
                "  <statistics entries=\"1\"><statistic mean=\"0.5\" rms=\"0\"/></statistics>",
                "  <data1d>" + bins + "</data1d>",
                "</histogram1d>",
                "");
    }

    private static void assertRoundTrip(AidaTree tree, Path file, AidaXmlWriter writer) throws Exception {
        writer.write(tree, file);
        ExternalTools.Result valid = ExternalTools.xmllintValidate(file);
        assertEquals(0, valid.exitCode(), valid.output());

        AidaTree read = AidaXmlReader.read(file);
        assertEquals(List.copyOf(tree.objects().keySet()), List.copyOf(read.objects().keySet()));
        for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
            AidaObject back = read.get(entry.getKey().toString());
            assertEquals(entry.getValue(), back, "object " + entry.getKey());
            assertEquals(entry.getValue().hashCode(), back.hashCode(), "hash of " + entry.getKey());
            assertEquals(entry.getValue().annotations(), back.annotations(), "annotations of " + entry.getKey());
        }
        for (String directory : tree.directories()) {
            if (!directory.startsWith("/empty")) {
                assertTrue(read.directories().contains(directory), directory);
            }
        }
    }
}
