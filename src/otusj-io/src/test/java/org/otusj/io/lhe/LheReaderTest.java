package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otusj.io.lhe.ParticleAssertions.assertParticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.Event;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;

/**
 * The {@link LheReader} in the event loop, configured by steering files written to a temporary folder.
 * The chain is the POWHEG example (100 events) followed by the Pythia ttbar file (100 events).
 */
class LheReaderTest {

    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
    private static final Path PYTHIA = TestPaths.sharedFile("lhe/skhep-testdata_pylhe-testfile-pythia-6.413-ttbar.lhe");

    @TempDir
    Path tempDir;

    /** The recorder after a run, and the run's summary. */
    private record Result(RecordingProcessor recorder, RunSummary summary) {
    }

    /**
     * Runs Reader then Recorder on {@code inputs}.
     *
     * @param globals extra {@code <parameter>} elements for {@code <global>}
     * @param readerParameters {@code <parameter>} elements for the LheReader
     */
    private Result run(List<Path> inputs, String globals, String readerParameters) throws IOException {
        String inputFiles = inputs.stream().map(Path::toString).collect(Collectors.joining(" "));
        String steering = "<otusj>\n"
                + "  <execute>\n"
                + "    <processor name=\"Reader\"/>\n"
                + "    <processor name=\"Recorder\"/>\n"
                + "  </execute>\n"
                + "  <global>\n"
                + "    <parameter name=\"InputFiles\" value=\"" + xmlEscape(inputFiles) + "\"/>\n"
                + "    <parameter name=\"ProgressInterval\" value=\"0\"/>\n"
                + globals
                + "  </global>\n"
                + "  <processor name=\"Reader\" type=\"LheReader\">\n"
                + readerParameters
                + "  </processor>\n"
                + "  <processor name=\"Recorder\" type=\"RecordingProcessor\"/>\n"
                + "</otusj>\n";
        Path steeringFile = tempDir.resolve("steering.xml");
        Files.writeString(steeringFile, steering, StandardCharsets.UTF_8);

        Chain chain = new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steeringFile));
        RunSummary summary = new EventLoop(chain, false).run();
        return new Result((RecordingProcessor) chain.processors().get(1).processor(), summary);
    }

    private static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String parameter(String name, String value) {
        return "    <parameter name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    @Test
    void registeredWithDescription() {
        ProcessorRegistry registry = ProcessorRegistry.load();

        assertEquals(LheReader.class, registry.find("LheReader").orElseThrow());
        assertFalse(ProcessorRegistry.description(LheReader.class).isBlank());
    }

    @Test
    void chainOfTwoFiles() throws IOException {
        Result result = run(List.of(POWHEG, PYTHIA), "", "");
        RecordingProcessor recorder = result.recorder();

        // grep -c '<event' prints 100 for each file
        assertEquals(200, result.summary().eventsRead());
        assertEquals(200, recorder.events.size());

        assertEquals(2, recorder.headers.size());
        RunHeader powhegRun = recorder.headers.get(0);
        RunHeader pythiaRun = recorder.headers.get(1);
        assertEquals(0, powhegRun.runNumber());
        assertEquals(POWHEG, powhegRun.source());
        assertEquals(1, pythiaRun.runNumber());
        assertEquals(PYTHIA, pythiaRun.source());
        // POWHEG line 91: 2212 2212 4.00000E+03 ...; Pythia line 6: 2212 -2212 9.800000E+02 ...
        assertEquals(4000.0, powhegRun.attribute(LheReader.INIT_ATTRIBUTE, LheInit.class).orElseThrow().beamEnergy1());
        assertEquals(-2212, pythiaRun.attribute(LheReader.INIT_ATTRIBUTE, LheInit.class).orElseThrow().beamId2());

        for (int i = 0; i < 200; i++) {
            Event event = recorder.events.get(i);
            assertEquals(i < 100 ? 0 : 1, event.runNumber(), "run of event " + i);
            assertEquals(i % 100, event.eventNumber(), "number of event " + i);
        }
    }

    @Test
    void eventContents() throws IOException {
        RecordingProcessor recorder = run(List.of(POWHEG, PYTHIA), "", "").recorder();

        Event powhegFirst = recorder.events.get(0);
        // POWHEG line 95: 6 10011 1.22355E+03 1.54156E+01 -1.00000E+00 1.81256E-01
        assertEquals(1.22355E+03, powhegFirst.weight());
        LheEventInfo info = powhegFirst.attribute(LheReader.EVENT_INFO_ATTRIBUTE, LheEventInfo.class).orElseThrow();
        assertEquals(10011, info.processId());
        assertEquals(1.54156E+01, info.scale());
        assertEquals(-1.00000E+00, info.alphaQed());
        assertEquals(1.81256E-01, info.alphaQcd());
        List<Particle> particles = powhegFirst.collection("MCParticles", Particle.class);
        assertEquals(6, particles.size());
        // POWHEG line 99
        assertParticle(particles.get(3), 11, 1, 3, 3, 0, 0, 4.332302359E+01, 2.737693503E+00, 1.344189865E+02,
                1.412545337E+02, 5.109989100E-04, 0.00000E+00, 9.000E+00);

        Event pythiaFirst = recorder.events.get(100);
        // Pythia line 11: 12 81 1.000000E+00 1.733125E+02 7.819848E-03 1.156692E-01
        assertEquals(1.000000E+00, pythiaFirst.weight());
        assertEquals(12, pythiaFirst.collection("MCParticles", Particle.class).size());
        assertEquals(81, pythiaFirst.attribute(LheReader.EVENT_INFO_ATTRIBUTE, LheEventInfo.class).orElseThrow()
                .processId());
    }

    @Test
    void collectionNameParameter() throws IOException {
        RecordingProcessor recorder = run(List.of(POWHEG), "", parameter("CollectionName", "Partons")).recorder();

        Event first = recorder.events.get(0);
        assertTrue(first.hasCollection("Partons"));
        assertFalse(first.hasCollection("MCParticles"));
        assertEquals(6, first.collection("Partons", Particle.class).size());
    }

    @Test
    void skipAndMaxEventsAcrossFiles() throws IOException {
        String globals = parameter("SkipEvents", "95") + parameter("MaxEvents", "10");
        Result result = run(List.of(POWHEG, PYTHIA), globals, "");
        RecordingProcessor recorder = result.recorder();

        // The first 95 events of the chain are skipped: events 95-99 of run 0, then 0-4 of run 1.
        assertEquals(10, result.summary().eventsRead());
        assertEquals(10, recorder.events.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(0, recorder.events.get(i).runNumber());
            assertEquals(95 + i, recorder.events.get(i).eventNumber());
            assertEquals(1, recorder.events.get(5 + i).runNumber());
            assertEquals(i, recorder.events.get(5 + i).eventNumber());
        }
        assertEquals(2, recorder.headers.size());
    }

    @Test
    void skipWholeFirstFile() throws IOException {
        Result result = run(List.of(POWHEG, PYTHIA), parameter("SkipEvents", "100"), "");
        RecordingProcessor recorder = result.recorder();

        assertEquals(100, recorder.events.size());
        assertEquals(1, recorder.events.get(0).runNumber());
        assertEquals(0, recorder.events.get(0).eventNumber());
        // Both run headers still reach the processors, the first one before any event.
        assertEquals(2, recorder.headers.size());
    }

    @Test
    void maxEventsStopsInFirstFile() throws IOException {
        Result result = run(List.of(POWHEG, PYTHIA), parameter("MaxEvents", "3"), "");
        RecordingProcessor recorder = result.recorder();

        assertEquals(3, result.summary().eventsRead());
        assertEquals(List.of(0L, 1L, 2L), recorder.events.stream().map(Event::eventNumber).toList());
        // The loop stops before the second file is opened.
        assertEquals(1, recorder.headers.size());
    }

    @Test
    void missingEndTagWarnsByDefault() throws IOException {
        Path cut = cutAfterLastEvent();

        // The cut file keeps all of its 100 events, and the run goes on to the Pythia file.
        assertEquals(200, run(List.of(cut, PYTHIA), "", "").recorder().events.size());
    }

    @Test
    void missingEndTagFailsWhenRequired() throws IOException {
        Path cut = cutAfterLastEvent();

        LheFormatException error = assertThrows(LheFormatException.class,
                () -> run(List.of(cut, PYTHIA), "", parameter("RequireEndTag", "true")));
        // Line 1093, the last </event>, is the last line left.
        assertTrue(error.getMessage().startsWith(cut + ":1093: missing </LesHouchesEvents>"), error.getMessage());
        assertEquals("</event>", error.offendingText());
    }

    @Test
    void errorInSecondFileNamesIt() throws IOException {
        List<String> lines = Files.readAllLines(PYTHIA, StandardCharsets.UTF_8);
        // Pythia line 11, the first event line, loses AQCDUP.
        lines.set(10, "    12    81  1.000000E+00  1.733125E+02  7.819848E-03");
        Path broken = tempDir.resolve("pythia-broken.lhe");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        LheFormatException error = assertThrows(LheFormatException.class,
                () -> run(List.of(POWHEG, broken), "", ""));
        assertTrue(error.getMessage().startsWith(broken + ":11: invalid event line"), error.getMessage());
    }

    /** Writes a copy of the POWHEG example without lines 1094 (</LesHouchesEvents>) and 1095. */
    private Path cutAfterLastEvent() throws IOException {
        List<String> lines = Files.readAllLines(POWHEG, StandardCharsets.UTF_8).subList(0, 1093);
        Path cut = tempDir.resolve("powheg-no-end-tag.lhe");
        Files.write(cut, lines, StandardCharsets.UTF_8);
        return cut;
    }
}
