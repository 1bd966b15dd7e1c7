package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringException;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;

/** The CardDetector processor inside a full event loop built from a steering file. */
class CardDetectorTest {

    private static final int EVENTS = 20;

    @TempDir
    Path directory;

    private Path events;
    private Path card;

    @BeforeEach
    void writeEvents() throws IOException {
        ElectronCollector.COLLECTED.clear();
        card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");

        // Each event: an electron and a positron in the barrel, a muon and a status-2 electron, which
        // the detector must ignore. The last event has no final-state electron at all.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < EVENTS - 1; i++) {
            text.append(line(11, 1, FourVector.fromPtEtaPhiM(30 + i, 0.05 * i - 0.5, 0.3 * i - 2.5, 0.000511)));
            text.append(line(-11, 1, FourVector.fromPtEtaPhiM(60 - i, 0.9 - 0.07 * i, 2.9 - 0.25 * i, 0.000511)));
            text.append(line(13, 1, FourVector.fromPtEtaPhiM(40, 0.1, 0.2, 0.10566)));
            text.append(line(11, 2, FourVector.fromPtEtaPhiM(45, 0.4, 0.5, 0.000511)));
            text.append('\n');
        }
        text.append(line(22, 1, FourVector.fromPtEtaPhiM(40, 0.1, 0.2, 0)));
        text.append(line(11, 2, FourVector.fromPtEtaPhiM(45, 0.4, 0.5, 0.000511)));
        events = directory.resolve("events.txt");
        Files.writeString(events, text.toString());
    }

    private static String line(int pdgId, int status, FourVector p) {
        return pdgId + " " + status + " " + p.px() + " " + p.py() + " " + p.pz() + " " + p.e() + "\n";
    }

    /** Writes a steering file with the given detector processor definitions, each followed by a collector. */
    private Path steering(String globals, String... detectors) throws IOException {
        StringBuilder execute = new StringBuilder("    <processor name=\"Source\"/>\n");
        StringBuilder definitions = new StringBuilder(
                "  <processor name=\"Source\" type=\"FakeParticleSource\"/>\n");
        for (String detector : detectors) {
            String name = detector.substring(0, detector.indexOf(' '));
            String parameters = detector.substring(detector.indexOf(' ') + 1);
            execute.append("    <processor name=\"").append(name).append("\"/>\n");
            execute.append("    <processor name=\"Collect").append(name).append("\"/>\n");
            definitions.append("  <processor name=\"").append(name).append("\" type=\"CardDetector\">\n")
                    .append("    <parameter name=\"CardFile\" value=\"").append(card).append("\"/>\n")
                    .append("    <parameter name=\"OutputCollection\" value=\"Electrons").append(name).append("\"/>\n")
                    .append(parameters)
                    .append("  </processor>\n");
            definitions.append("  <processor name=\"Collect").append(name).append("\" type=\"ElectronCollector\">\n")
                    .append("    <parameter name=\"InputCollection\" value=\"Electrons").append(name).append("\"/>\n")
                    .append("  </processor>\n");
        }
        String xml = "<otusj>\n  <execute>\n" + execute + "  </execute>\n  <global>\n"
                + "    <parameter name=\"InputFiles\" value=\"" + events + "\"/>\n"
                + "    <parameter name=\"ProgressInterval\" value=\"0\"/>\n"
                + "    <parameter name=\"OutputDirectory\" value=\"" + directory.resolve("out") + "\"/>\n"
                + "    <parameter name=\"BatchSize\" value=\"4\"/>\n"
                + globals + "  </global>\n" + definitions + "</otusj>\n";
        Path file = directory.resolve("steering-" + Integer.toHexString(xml.hashCode()) + ".xml");
        Files.writeString(file, xml);
        return file;
    }

    private static RunSummary run(Path steering) throws IOException {
        ChainBuilder builder = new ChainBuilder(ProcessorRegistry.load());
        return new EventLoop(builder.build(new SteeringParser().parse(steering)), false).run();
    }

    private static Map<Long, List<RecoParticle>> collected(String detector) {
        return ElectronCollector.COLLECTED.get("Collect" + detector);
    }

    @Test
    void writesSortedElectronsOfFinalStateOnly() throws IOException {
        RunSummary summary = run(steering("", "Detector "));
        assertEquals(EVENTS, summary.eventsRead());

        Map<Long, List<RecoParticle>> output = collected("Detector");
        assertEquals(EVENTS, output.size());
        int total = 0;
        for (List<RecoParticle> electrons : output.values()) {
            assertTrue(electrons.size() <= 2, "at most the two final-state electrons: " + electrons);
            for (int i = 1; i < electrons.size(); i++) {
                assertTrue(electrons.get(i - 1).momentum().pt() >= electrons.get(i).momentum().pt(), "sorted by pt");
            }
            for (RecoParticle electron : electrons) {
                assertEquals(-11 * electron.charge(), electron.pdgId());
            }
            total += electrons.size();
        }
        assertTrue(output.get((long) EVENTS - 1).isEmpty(), "the last event has no final-state electron");

        // 38 generator electrons, each kept with probability 0.95 * 0.95 = 0.9025: expect 34.3, binomial
        // standard deviation sqrt(38 * 0.9025 * 0.0975) = 1.8; 4 standard deviations is 7.3.
        assertEquals(38 * 0.9025, total, 7.3);
    }

    @Test
    void differentNamesSmearDifferently() throws IOException {
        run(steering("", "DetectorA ", "DetectorB "));
        Map<Long, List<RecoParticle>> first = collected("DetectorA");
        Map<Long, List<RecoParticle>> second = collected("DetectorB");

        int compared = 0;
        for (long event = 0; event < EVENTS - 1; event++) {
            if (first.get(event).isEmpty() || second.get(event).isEmpty()) {
                continue;
            }
            compared++;
            // Two independent smearings give the same leading pt with probability zero.
            assertNotEquals(first.get(event).get(0).momentum().pt(), second.get(event).get(0).momentum().pt());
        }
        assertTrue(compared > EVENTS / 2, "events with electrons from both detectors: " + compared);
    }

    @Test
    void sameNameAndSeedReproduce() throws IOException {
        Path steering = steering("    <parameter name=\"RandomSeed\" value=\"4242\"/>\n", "Detector ");
        run(steering);
        Map<Long, List<RecoParticle>> first = collected("Detector");
        run(steering);
        Map<Long, List<RecoParticle>> second = collected("Detector");
        assertEquals(first, second);
    }

    @Test
    void otherSeedChangesResult() throws IOException {
        run(steering("    <parameter name=\"RandomSeed\" value=\"1\"/>\n", "Detector "));
        Map<Long, List<RecoParticle>> first = collected("Detector");
        run(steering("    <parameter name=\"RandomSeed\" value=\"2\"/>\n", "Detector "));
        assertNotEquals(first, collected("Detector"));
    }

    @Test
    void requiredElectronsRedrawsUntilAccepted() throws IOException {
        run(steering("", "Detector "));
        Map<Long, List<RecoParticle>> once = collected("Detector");
        run(steering("", "Detector     <parameter name=\"RequiredElectrons\" value=\"2\"/>\n"));
        Map<Long, List<RecoParticle>> conditioned = collected("Detector");

        int redrawn = 0;
        for (long event = 0; event < EVENTS - 1; event++) {
            // Both electrons are kept with probability 0.9025^2 = 0.81 per draw, so 1000 draws never all fail.
            assertEquals(2, conditioned.get(event).size(), "event " + event);
            if (once.get(event).size() == 2) {
                // The first draw uses the same event generator, so an accepted first draw is kept unchanged.
                assertEquals(once.get(event), conditioned.get(event), "event " + event);
            } else {
                redrawn++;
            }
        }
        assertTrue(conditioned.get((long) EVENTS - 1).isEmpty(), "no generator electrons: nothing to redraw");
        assertTrue(redrawn > 0, "with 19 events some first draws lose an electron (probability 1 - 0.81 each)");
    }

    @Test
    void skippedEventsDoNotChangeLaterEvents() throws IOException {
        run(steering("", "Detector "));
        Map<Long, List<RecoParticle>> full = collected("Detector");
        run(steering("    <parameter name=\"SkipEvents\" value=\"7\"/>\n", "Detector "));
        Map<Long, List<RecoParticle>> skipped = collected("Detector");

        assertEquals(EVENTS - 7, skipped.size());
        for (long event = 7; event < EVENTS; event++) {
            assertEquals(full.get(event), skipped.get(event), "event " + event);
        }
    }

    @Test
    void missingCardFileRejectedBeforeRun() throws IOException {
        card = directory.resolve("absent.tcl");
        Path steering = steering("", "Detector ");
        SteeringException error = assertThrows(SteeringException.class, () -> run(steering));
        assertTrue(error.getMessage().contains("file not found for parameter 'CardFile'"), error.getMessage());
    }

    @Test
    void unknownModuleStopsBeforeFirstEvent() throws IOException {
        Path steering = steering("", "Detector     <parameter name=\"CalorimeterModule\" value=\"ECAL\"/>\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> run(steering));
        assertTrue(error.getMessage().contains("no module named 'ECAL'"), error.getMessage());
        assertTrue(ElectronCollector.COLLECTED.isEmpty() || collected("Detector").isEmpty());
    }
}
