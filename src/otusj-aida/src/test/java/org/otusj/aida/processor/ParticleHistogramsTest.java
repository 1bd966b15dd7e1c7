package org.otusj.aida.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.testing.AidaDocument;
import org.otusj.core.testing.ExternalTools;
import org.otusj.core.event.MissingCollectionException;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.w3c.dom.Element;

/**
 * Runs {@link ParticleHistograms} in an event loop built from a steering file, on events from {@link
 * TableEventSource}, and checks the written AIDA file against bin contents worked out by hand.
 */
class ParticleHistogramsTest {

    private static final double TOLERANCE = 1e-9;
    private static final String SQRT_14 = Double.toString(Math.sqrt(14.0));
    private static final String SQRT_1400 = Double.toString(Math.sqrt(1400.0));

    /**
     * Four events. MCParticles: event 0 has an incoming and an intermediate positron that must be ignored,
     * then e- (30, 0, 0, 30) and e+ (-30, 0, 0, 30) with mass 60, then a second final-state positron that
     * must be ignored; event 1 has back-to-back massless leptons with |p| = sqrt(1400), mass 2 sqrt(1400)
     * = 74.83; event 2 has no positron; event 3 has leptons of px = +-150, mass 300. Electrons contains
     * reconstructed leptons: mass 2 sqrt(14) = 7.48 in event 0, none in event 1, an electron only in
     * event 2, and e+ (0, 0, 100, 100) with e- (0, 0, -100, 100), mass 200, in event 3.
     */
    private static final String EVENTS = String.join("\n",
            "# event kind collection fields",
            "0 gen MCParticles -11 -1 0 0 50 50",
            "0 gen MCParticles 23 2 0 0 0 91.2",
            "0 gen MCParticles -11 2 1 1 1 10",
            "0 gen MCParticles 11 1 30 0 0 30",
            "0 gen MCParticles -11 1 -30 0 0 30",
            "0 gen MCParticles -11 1 5 5 5 50",
            "0 reco Electrons -11 1 2 3 " + SQRT_14,
            "0 reco Electrons 11 -1 -2 -3 " + SQRT_14,
            "1 gen MCParticles -11 1 10 -20 30 " + SQRT_1400,
            "1 gen MCParticles 11 1 -10 20 -30 " + SQRT_1400,
            "1 empty Electrons",
            "2 gen MCParticles 11 1 0 0 10 10",
            "2 reco Electrons 11 0 0 10 10",
            "3 gen MCParticles -11 1 150 0 0 150",
            "3 gen MCParticles 11 1 -150 0 0 150",
            "3 reco Electrons -11 0 0 100 100",
            "3 reco Electrons 11 0 0 -100 100",
            "");

    @TempDir
    Path tempDir;

    private Path steering(String eventsText, String histogramParameters) throws Exception {
        Path events = tempDir.resolve("events.txt");
        Files.writeString(events, eventsText);
        String xml = String.join("\n",
                "<otusj>",
                "  <execute>",
                "    <processor name=\"Source\"/>",
                "    <processor name=\"Histograms\"/>",
                "  </execute>",
                "  <global>",
                "    <parameter name=\"InputFiles\" value=\"" + events + "\"/>",
                "    <parameter name=\"OutputDirectory\" value=\"" + tempDir.resolve("out") + "\"/>",
                "    <parameter name=\"ProgressInterval\" value=\"0\"/>",
                "    <parameter name=\"BatchSize\" value=\"3\"/>",
                "  </global>",
                "  <processor name=\"Source\" type=\"TableEventSource\"/>",
                "  <processor name=\"Histograms\" type=\"ParticleHistograms\">",
                histogramParameters,
                "  </processor>",
                "</otusj>",
                "");
        Path file = tempDir.resolve("steering.xml");
        Files.writeString(file, xml);
        return file;
    }

    private static void run(Path steeringFile) throws Exception {
        ChainBuilder builder = new ChainBuilder(ProcessorRegistry.load());
        new EventLoop(builder.build(new SteeringParser().parse(steeringFile)), false).run();
    }

    private static String parameter(String name, String value) {
        return "    <parameter name=\"" + name + "\" value=\"" + value + "\"/>";
    }

    private Element runDefaultAndRead(String directory, String name) throws Exception {
        run(steering(EVENTS, parameter("Collections", "MCParticles Electrons")));
        return AidaDocument.parse(tempDir.resolve("out/histograms.aida.gz")).histogram(directory, name);
    }

    private static void assertBin(Element histogram, String binNum, int entries, double weightedMean) {
        Element bin = AidaDocument.bin(histogram, binNum);
        assertEquals(Integer.toString(entries), bin.getAttribute("entries"), "entries of bin " + binNum);
        assertEquals(entries, AidaDocument.number(bin, "height"), TOLERANCE, "height of bin " + binNum);
        assertEquals(weightedMean, AidaDocument.number(bin, "weightedMean"), TOLERANCE, "mean of bin " + binNum);
    }

    private static void assertStatistics(Element histogram, int entries, double mean, double rms) {
        Element statistics = AidaDocument.only(histogram, "statistics");
        assertEquals(Integer.toString(entries), statistics.getAttribute("entries"), "in-range entries");
        Element statistic = AidaDocument.only(statistics, "statistic");
        assertEquals(mean, AidaDocument.number(statistic, "mean"), TOLERANCE, "mean");
        assertEquals(rms, AidaDocument.number(statistic, "rms"), TOLERANCE, "rms");
    }

    private static int totalEntries(Element histogram) {
        int total = 0;
        for (Element bin : AidaDocument.children(AidaDocument.only(histogram, "data1d"), "bin1d")) {
            total += Integer.parseInt(bin.getAttribute("entries"));
        }
        return total;
    }

    @Test
    void defaultOutputValidatesAgainstDtd() throws Exception {
        run(steering(EVENTS, parameter("Collections", "MCParticles Electrons")));
        Path file = tempDir.resolve("out/histograms.aida.gz");

        assertTrue(AidaDocument.isGzip(file));
        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());

        List<String> names = AidaDocument.children(AidaDocument.parse(file).root(), "histogram1d").stream()
                .map(h -> h.getAttribute("path") + "/" + h.getAttribute("name")).toList();
        assertEquals(List.of(
                "/MCParticles/positron_px", "/MCParticles/positron_py", "/MCParticles/positron_pz",
                "/MCParticles/positron_e", "/MCParticles/pair_mass",
                "/Electrons/positron_px", "/Electrons/positron_py", "/Electrons/positron_pz",
                "/Electrons/positron_e", "/Electrons/pair_mass"), names);
    }

    @Test
    void generatorPositronPx() throws Exception {
        Element px = runDefaultAndRead("/MCParticles", "positron_px");

        // 100 bins of 2 GeV from -100: px = -30 is bin 35, px = 10 bin 55, px = 150 overflows.
        assertBin(px, "35", 1, -30.0);
        assertBin(px, "55", 1, 10.0);
        assertBin(px, "OVERFLOW", 1, 150.0);
        assertEquals(3, totalEntries(px), "one positron from each of events 0, 1 and 3");
        assertStatistics(px, 2, -10.0, 20.0);
        assertEquals("positron p_x", px.getAttribute("title"));
        assertEquals("p_x [GeV]", AidaDocument.annotation(px, "XLabel"));
        assertEquals("Events", AidaDocument.annotation(px, "YLabel"));
    }

    @Test
    void generatorPositronPyPzAndEnergy() throws Exception {
        run(steering(EVENTS, parameter("Collections", "MCParticles Electrons")));
        AidaDocument document = AidaDocument.parse(tempDir.resolve("out/histograms.aida.gz"));

        // py = 0, -20, 0 in bins of 2 GeV from -100.
        Element py = document.histogram("/MCParticles", "positron_py");
        assertBin(py, "50", 2, 0.0);
        assertBin(py, "40", 1, -20.0);
        assertStatistics(py, 3, -20.0 / 3.0, Math.sqrt(400.0 / 3.0 - 400.0 / 9.0));

        // pz = 0, 30, 0 in bins of 8 GeV from -400.
        Element pz = document.histogram("/MCParticles", "positron_pz");
        assertBin(pz, "50", 2, 0.0);
        assertBin(pz, "53", 1, 30.0);

        // E = 30, sqrt(1400) = 37.42 and 150 in bins of 5 GeV from 0.
        Element energy = document.histogram("/MCParticles", "positron_e");
        assertBin(energy, "6", 1, 30.0);
        assertBin(energy, "7", 1, Math.sqrt(1400.0));
        assertBin(energy, "30", 1, 150.0);
        assertEquals("E [GeV]", AidaDocument.annotation(energy, "XLabel"));
    }

    @Test
    void generatorPairMass() throws Exception {
        Element mass = runDefaultAndRead("/MCParticles", "pair_mass");

        // 60 bins of 1 GeV from 60: mass 60 is bin 0 (its lower edge), 74.83 bin 14, 300 overflows, and
        // event 2 has no pair.
        assertBin(mass, "0", 1, 60.0);
        assertBin(mass, "14", 1, 2.0 * Math.sqrt(1400.0));
        assertBin(mass, "OVERFLOW", 1, 300.0);
        assertEquals(3, totalEntries(mass));
        assertEquals("electron + positron invariant mass", mass.getAttribute("title"));
        assertEquals("m [GeV]", AidaDocument.annotation(mass, "XLabel"));
    }

    @Test
    void reconstructedPositron() throws Exception {
        run(steering(EVENTS, parameter("Collections", "MCParticles Electrons")));
        AidaDocument document = AidaDocument.parse(tempDir.resolve("out/histograms.aida.gz"));

        // px = 1 and 0 both fall in bin 50 of [0, 2) GeV.
        Element px = document.histogram("/Electrons", "positron_px");
        assertBin(px, "50", 2, 0.5);
        assertEquals(2, totalEntries(px));

        // pz = 3 is bin 50 of 8 GeV bins from -400, pz = 100 bin 62.
        Element pz = document.histogram("/Electrons", "positron_pz");
        assertBin(pz, "50", 1, 3.0);
        assertBin(pz, "62", 1, 100.0);
        assertStatistics(pz, 2, 51.5, 48.5);

        // Masses 7.48 and 200 are both outside [60, 120], so no in-range entries and a zero mean.
        Element mass = document.histogram("/Electrons", "pair_mass");
        assertBin(mass, "UNDERFLOW", 1, 2.0 * Math.sqrt(14.0));
        assertBin(mass, "OVERFLOW", 1, 200.0);
        assertStatistics(mass, 0, 0.0, 0.0);
    }

    /**
     * Fills the positrons px = 10 and 11 GeV of two events with weights 2.5 and -0.5, both in bin 55 of
     * [10, 12) GeV, and writes them to {@code outputFile} under {@code title}.
     */
    private void runWeighted(String title, String outputFile) throws Exception {
        String events = String.join("\n",
                "0 weight 2.5",
                "0 reco Leptons -11 10 0 0 10",
                "1 weight -0.5",
                "1 reco Leptons -11 11 0 0 11",
                "");
        run(steering(events, String.join("\n",
                parameter("Collections", "Leptons"),
                parameter("PairPdgIds", ""),
                parameter("UseEventWeight", "true"),
                parameter("Title", title),
                parameter("OutputFile", outputFile))));
    }

    @Test
    void weightedPlainOutputWithTitle() throws Exception {
        runWeighted("Z to ee", "zee.aida");
        Path file = tempDir.resolve("out/zee.aida");

        assertFalse(AidaDocument.isGzip(file), "a name ending in .aida gives plain XML");
        ExternalTools.Result result = ExternalTools.xmllintValidate(file);
        assertEquals(0, result.exitCode(), result.output());

        // px = 10 and 11 share bin 55 of [10, 12) GeV, with weights 2.5 and -0.5.
        AidaDocument document = AidaDocument.parse(file);
        Element px = document.histogram("/Leptons", "positron_px");
        Element bin = AidaDocument.bin(px, "55");
        assertEquals("2", bin.getAttribute("entries"));
        assertEquals(2.0, AidaDocument.number(bin, "height"), TOLERANCE);
        assertEquals(Math.sqrt(6.5), AidaDocument.number(bin, "error"), TOLERANCE);
        assertEquals((25.0 - 5.5) / 2.0, AidaDocument.number(bin, "weightedMean"), TOLERANCE);
        assertEquals("Z to ee positron p_x", px.getAttribute("title"));
        assertEquals("Sum of event weights", AidaDocument.annotation(px, "YLabel"));
        assertEquals(4, AidaDocument.children(document.root(), "histogram1d").size(), "no pair-mass histogram");
    }

    @Test
    void yodaNameWritesYoda() throws Exception {
        runWeighted("", "zee.yoda");
        List<String> lines = Files.readAllLines(tempDir.resolve("out/zee.yoda"));

        assertTrue(lines.contains("BEGIN YODA_HISTO1D_V2 /Leptons/positron_px"), String.join("\n", lines));
        // The bin [10, 12) GeV contains px = 10 and 11 with weights 2.5 and -0.5: sumw 2, sumw2 6.25 + 0.25 = 6.5,
        // sumwx 25 - 5.5 = 19.5 and 2 entries.
        double[] bin = yodaBin(lines, 10.0, 12.0);
        assertEquals(2.0, bin[2], TOLERANCE);
        assertEquals(6.5, bin[3], TOLERANCE);
        assertEquals(19.5, bin[4], TOLERANCE);
        assertEquals(2.0, bin[6], TOLERANCE);
    }

    /** Returns the numbers of the YODA bin line with edges {@code low} and {@code high}. */
    private static double[] yodaBin(List<String> lines, double low, double high) {
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 7 || line.startsWith("#")) {
                continue;
            }
            try {
                double[] values = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = Double.parseDouble(fields[i].strip());
                }
                if (values[0] == low && values[1] == high) {
                    return values;
                }
            } catch (NumberFormatException notANumber) {
                // The Total, Underflow and Overflow lines start with a name.
            }
        }
        throw new AssertionError("no bin [" + low + ", " + high + ") in:\n" + String.join("\n", lines));
    }

    @Test
    void declaresHistogrammedCollections() {
        ParticleHistograms histograms = new ParticleHistograms();
        ParameterSet.of(ParticleHistograms.class).find("Collections").orElseThrow()
                .set(histograms, List.of("Electrons", "MCParticles"));
        assertEquals(Set.of("Electrons", "MCParticles"), histograms.inputCollections());
    }

    @Test
    void missingCollectionNamesCollectionAndEvent() throws Exception {
        Path steeringFile = steering(EVENTS, parameter("Collections", "MCParticles Muons"));

        MissingCollectionException missing = assertThrows(MissingCollectionException.class, () -> run(steeringFile));
        assertTrue(missing.getMessage().contains("'Muons'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("event 0 of run 0"), missing.getMessage());
        assertFalse(Files.exists(tempDir.resolve("out/histograms.aida.gz")));
    }

    @Test
    void invalidParametersRejectedAtInit() throws Exception {
        Map<String, String> cases = Map.of(
                parameter("PairPdgIds", "11 -11 13"), "PairPdgIds",
                parameter("MassMin", "130"), "MassMin",
                parameter("PxBins", "0"), "PxBins",
                parameter("Collections", "MCParticles MCParticles"), "twice",
                parameter("Collections", "a/b"), "a/b",
                parameter("Collections", ""), "Collections");
        for (Map.Entry<String, String> invalid : cases.entrySet()) {
            Path steeringFile = steering(EVENTS, invalid.getKey());

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> run(steeringFile),
                    invalid.getKey());
            assertTrue(error.getMessage().contains(invalid.getValue()), error.getMessage());
        }
    }

    @Test
    void registeredWithDocumentedDefaults() {
        assertTrue(ProcessorRegistry.load().find("ParticleHistograms").isPresent());
        assertFalse(ProcessorRegistry.description(ParticleHistograms.class).isBlank());

        Map<String, ParameterDescriptor> parameters = ParameterSet.of(ParticleHistograms.class).byName();
        assertEquals("MCParticles", parameters.get("Collections").defaultText());
        assertEquals("-11", parameters.get("PdgId").defaultText());
        assertEquals("11 -11", parameters.get("PairPdgIds").defaultText());
        assertEquals("-100.0", parameters.get("PxMin").defaultText());
        assertEquals("400.0", parameters.get("PzMax").defaultText());
        assertEquals("500.0", parameters.get("EnergyMax").defaultText());
        assertEquals("60", parameters.get("MassBins").defaultText());
        assertEquals("60.0", parameters.get("MassMin").defaultText());
        assertEquals("120.0", parameters.get("MassMax").defaultText());
        assertEquals("histograms.aida.gz", parameters.get("OutputFile").defaultText());
        for (ParameterDescriptor descriptor : parameters.values()) {
            assertFalse(descriptor.description().isBlank(), descriptor.name());
        }
    }
}
