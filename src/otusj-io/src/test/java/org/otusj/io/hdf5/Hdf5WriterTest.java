package org.otusj.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;

/**
 * {@link Hdf5Writer} in an event loop on the POWHEG Z -> ee example (100 events, each with one final-state
 * e- and e+), and alone on events made here. The written files are checked with h5dump against the
 * electron momenta read from the LHE text by this test.
 */
class Hdf5WriterTest {

    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");

    @TempDir
    Path dir;

    /**
     * Returns the (e-, e+) four-momenta of each event of the POWHEG file, [100, 8], parsed from the text.
     * On each particle line, column 1 is the PDG id, column 2 the status, and columns 7 to 10 are px, py,
     * pz and E in GeV.
     */
    private static List<double[]> electronMomentaFromText() throws IOException {
        List<double[]> events = new ArrayList<>();
        double[] current = null;
        boolean header = false;
        for (String line : Files.readAllLines(POWHEG, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("<event")) {
                current = new double[8];
                header = true;
                continue;
            }
            if (text.startsWith("</event")) {
                events.add(current);
                current = null;
                continue;
            }
            if (current == null || text.startsWith("#") || text.startsWith("<")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] columns = text.split("\\s+");
            int pdgId = Integer.parseInt(columns[0]);
            boolean finalState = columns[1].equals("1");
            int offset = -1;
            if (pdgId == 11) {
                offset = 0;
            } else if (pdgId == -11) {
                offset = 4;
            }
            if (finalState && offset >= 0) {
                for (int k = 0; k < 4; k++) {
                    current[offset + k] = Double.parseDouble(columns[6 + k]);
                }
            }
        }
        return events;
    }

    /**
     * Runs LheReader, ElectronVectorFiller and Hdf5Writer on the POWHEG file. The test processor is
     * registered through an extra service file on a class loader made for this run.
     */
    private void runChain(String writerParameters) throws IOException {
        Path services = dir.resolve("services/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Processor.class.getName()), ElectronVectorFiller.class.getName() + "\n");
        Path steering = Files.writeString(dir.resolve("steering.xml"), """
                <otusj>
                  <execute>
                    <processor name="Reader"/>
                    <processor name="Filler"/>
                    <processor name="Writer"/>
                  </execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="OutputDirectory" value="%s"/>
                    <parameter name="ProgressInterval" value="0"/>
                  </global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Filler" type="ElectronVectorFiller"/>
                  <processor name="Writer" type="Hdf5Writer">
                %s
                  </processor>
                </otusj>
                """.formatted(POWHEG, dir.resolve("out"), writerParameters));

        URL[] urls = {dir.resolve("services").toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(urls, getClass().getClassLoader())) {
            Chain chain = new ChainBuilder(ProcessorRegistry.load(loader)).build(new SteeringParser().parse(steering));
            new EventLoop(chain, false).run();
        }
    }

    private static void assertRow(double[] expected, List<Double> printed, int row, String what) {
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], printed.get(row * expected.length + j), 1e-12 * Math.abs(expected[j]),
                    what + " row " + row + ", column " + j);
        }
    }

    @Test
    void chainWritesPairedElectronVectors() throws Exception {
        runChain("""
                    <parameter name="OutputFile" value="zee.h5"/>
                    <parameter name="XColumns" value="a b c d e f g h"/>
                """);
        List<double[]> expected = electronMomentaFromText();
        assertEquals(100, expected.size(), "events in the POWHEG file");

        H5DumpOutput dump = Hdf5Tools.dump(dir.resolve("out/zee.h5"));

        // PairedOnly keeps the 50 events with an even number, which alone carry x.
        H5DumpOutput.Block fdl = dump.dataset("FDL");
        H5DumpOutput.Block rol = dump.dataset("ROL");
        assertEquals("H5T_IEEE_F64LE", fdl.datatype());
        assertEquals(List.of(50L, 8L), fdl.dimensions());
        assertEquals(List.of(50L, 8L), rol.dimensions());
        List<Double> zPrinted = fdl.numbers();
        List<Double> xPrinted = rol.numbers();
        for (int row = 0; row < 50; row++) {
            double[] z = expected.get(2 * row);
            assertRow(z, zPrinted, row, "FDL");
            double[] x = new double[8];
            for (int j = 0; j < 8; j++) {
                x[j] = ElectronVectorFiller.X_SCALE * z[j];
            }
            assertRow(x, xPrinted, row, "ROL");
        }
        // Event 0 by hand from the file: e- px = 4.332302359E+01, e+ E = 5.258136044E+01.
        assertEquals(43.32302359, zPrinted.get(0), 1e-12);
        assertEquals(52.58136044, zPrinted.get(7), 1e-12);

        assertEquals(ElectronVectorFiller.Z_COLUMNS, fdl.attribute("columns").strings());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), rol.attribute("columns").strings());
        assertEquals(List.of("GeV"), rol.attribute("units").strings());
        assertEquals(List.of("Zee-test"), dump.rootGroup().attribute("layout").strings());
    }

    @Test
    void chainSplitsUnpairedVectors() throws Exception {
        runChain("""
                    <parameter name="OutputFile" value="zee.h5"/>
                    <parameter name="TestEvents" value="20"/>
                    <parameter name="PairedOnly" value="false"/>
                """);
        List<double[]> expected = electronMomentaFromText();

        assertEquals(List.of("zee-test.h5", "zee-train.h5"), Hdf5Tools.fileNames(dir.resolve("out")));
        H5DumpOutput train = Hdf5Tools.dump(dir.resolve("out/zee-train.h5"));
        H5DumpOutput test = Hdf5Tools.dump(dir.resolve("out/zee-test.h5"));

        // z: all 100 events, the last 20 (events 80 to 99) in the test file.
        assertEquals(List.of(80L, 8L), train.dataset("FDL").dimensions());
        assertEquals(List.of(20L, 8L), test.dataset("FDL").dimensions());
        assertRow(expected.get(79), train.dataset("FDL").numbers(), 79, "train FDL");
        assertRow(expected.get(80), test.dataset("FDL").numbers(), 0, "test FDL");
        assertRow(expected.get(99), test.dataset("FDL").numbers(), 19, "test FDL");
        // x: the 50 even events, the last 20 (events 60, 62, ..., 98) in the test file.
        assertEquals(List.of(30L, 8L), train.dataset("ROL").dimensions());
        assertEquals(List.of(20L, 8L), test.dataset("ROL").dimensions());
        assertEquals(ElectronVectorFiller.X_SCALE * expected.get(60)[0], test.dataset("ROL").numbers().get(0), 1e-12);
        // No column names were given for x, so the attribute is left out.
        assertTrue(train.dataset("ROL").find("ATTRIBUTE", "columns").isEmpty());
    }

    @Test
    void chainWithTooFewEventsForSplitFails() throws Exception {
        IOException error = assertThrows(IOException.class, () -> runChain("""
                    <parameter name="OutputFile" value="zee.h5"/>
                    <parameter name="TestEvents" value="50"/>
                """));

        assertTrue(error.getMessage().contains("zee.h5"), error.getMessage());
        assertTrue(error.getMessage().contains("TestEvents = 50"), error.getMessage());
        assertTrue(error.getMessage().contains("dataset FDL of 50 rows"), error.getMessage());
        assertEquals(List.of(), Hdf5Tools.fileNames(dir.resolve("out")));
    }

    /** Creates and initialises a writer with {@code parameters} (name, value pairs) already converted. */
    private Hdf5Writer writer(Object... parameters) throws IOException {
        Hdf5Writer writer = new Hdf5Writer();
        ParameterSet declared = ParameterSet.of(Hdf5Writer.class);
        for (int i = 0; i < parameters.length; i += 2) {
            declared.find((String) parameters[i]).orElseThrow().set(writer, parameters[i + 1]);
        }
        GlobalSettings global = new GlobalSettings();
        ParameterSet.of(GlobalSettings.class).find("OutputDirectory").orElseThrow().set(global, dir);
        writer.init(new ProcessorContext("Writer", global));
        return writer;
    }

    private static Event event(long number, String attribute, Object value) {
        Event event = new Event(0, number);
        if (value != null) {
            event.putAttribute(attribute, value);
        }
        return event;
    }

    @Test
    void vectorOfWrongLengthRejected() throws IOException {
        Hdf5Writer writer = writer("XAttribute", "");
        writer.processEvent(event(0, "OtusZ", new double[8]));

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> writer.processEvent(event(1, "OtusZ", new double[7])));

        assertTrue(error.getMessage().contains("event 1 of run 0"), error.getMessage());
        assertTrue(error.getMessage().contains("OtusZ has 7 values, expected 8"), error.getMessage());
        assertTrue(error.getMessage().contains("FDL"), error.getMessage());
    }

    @Test
    void vectorLengthCheckedAgainstColumns() throws IOException {
        Hdf5Writer writer = writer("ZColumns", List.of("px", "py"), "XAttribute", "");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> writer.processEvent(event(0, "OtusZ", new double[3])));

        assertTrue(error.getMessage().contains("3 values, expected 2 (columns [px, py])"), error.getMessage());
    }

    @Test
    void vectorOfWrongTypeRejected() throws IOException {
        Hdf5Writer writer = writer();

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> writer.processEvent(event(3, "OtusX", new float[8])));

        assertTrue(error.getMessage().contains("OtusX must be a double[], found float[]"), error.getMessage());
    }

    @Test
    void runWithoutVectorsFailsAtEnd() throws IOException {
        Hdf5Writer writer = writer("OutputFile", "empty.h5");
        writer.processEvent(event(0, "Other", new double[8]));

        IOException error = assertThrows(IOException.class, writer::end);

        assertTrue(error.getMessage().contains(dir.resolve("empty.h5").toString()), error.getMessage());
        assertTrue(error.getMessage().contains("event attribute OtusZ and event attribute OtusX"),
                error.getMessage());
        assertEquals(List.of(), Hdf5Tools.fileNames(dir));
    }

    @Test
    void bothAttributesEmptyRejectedAtInit() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> writer("ZAttribute", "", "XAttribute", ""));

        assertTrue(error.getMessage().contains("ZAttribute and XAttribute"), error.getMessage());
    }

    @Test
    void negativeTestEventsRejectedAtInit() {
        assertThrows(IllegalArgumentException.class, () -> writer("TestEvents", -1));
    }

    @Test
    void columnsAndLayoutFromRunHeader() throws Exception {
        Hdf5Writer writer = writer("ZAttribute", "", "XAttribute", "Reco", "OutputFile", "reco.h5");
        RunHeader header = new RunHeader(0, dir.resolve("input.lhe"));
        header.putAttribute("RecoColumns", new String[] {"jet_pt", "jet_eta"});
        header.putAttribute(Hdf5Writer.LAYOUT_ATTRIBUTE, "Jets");
        writer.processRunHeader(header);
        writer.processEvent(event(0, "Reco", new double[] {50.5, -1.25}));
        writer.processEvent(event(1, "Reco", null));
        writer.processEvent(event(2, "Reco", new double[] {20.0, 2.5}));

        writer.end();

        OtusHdf5File read = OtusHdf5File.read(dir.resolve("reco.h5"));
        assertEquals("Jets", read.layout());
        assertEquals(List.of("jet_pt", "jet_eta"), read.x().orElseThrow().columns());
        assertEquals(2, read.x().orElseThrow().rows());
        assertEquals(2.5, read.x().orElseThrow().get(1, 1), 0.0);
        assertTrue(read.z().isEmpty());
    }

    @Test
    void runsWithDifferentColumnsRejected() throws IOException {
        Hdf5Writer writer = writer("XAttribute", "");
        RunHeader first = new RunHeader(0, dir.resolve("a.lhe"));
        first.putAttribute("OtusZColumns", List.of("px", "py"));
        RunHeader second = new RunHeader(1, dir.resolve("b.lhe"));
        second.putAttribute("OtusZColumns", List.of("pt", "eta"));
        writer.processRunHeader(first);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> writer.processRunHeader(second));

        assertTrue(error.getMessage().contains("[pt, eta]"), error.getMessage());
        assertTrue(error.getMessage().contains("[px, py]"), error.getMessage());
    }
}
