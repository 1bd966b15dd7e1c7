package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringException;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;

/**
 * The semileptonic ttbar chain on the MadGraph 3.5.2 example (p p > t t~ at 13 TeV, 100 events with
 * undecayed tops): LheReader, TopDecay, then CardDetector with jets and missing transverse momentum.
 */
class TopPairChainTest {

    private static final int EVENTS = 100;

    @TempDir
    Path directory;

    private Path lhe;
    private Path card;

    @BeforeEach
    void locateInputs() {
        EventCollector.COLLECTED.clear();
        lhe = TestPaths.sharedFile("lhe/hep-ml-lab_pp2tt_run_01_unweighted_events.lhe.gz");
        card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
    }

    private static String parameter(String name, Object value) {
        return "    <parameter name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    private Map<Long, Event> run(String decayParameters) throws IOException {
        return run("<processor name=\"Reader\" type=\"LheReader\"/>", lhe, decayParameters);
    }

    private Map<Long, Event> run(String reader, Path input, String decayParameters) throws IOException {
        String xml = "<otusj>\n  <execute>\n"
                + "    <processor name=\"Reader\"/>\n    <processor name=\"Decay\"/>\n"
                + "    <processor name=\"Detector\"/>\n    <processor name=\"Collect\"/>\n  </execute>\n"
                + "  <global>\n"
                + parameter("InputFiles", input)
                + parameter("ProgressInterval", 0)
                + parameter("OutputDirectory", directory.resolve("out"))
                + parameter("RandomSeed", 2022)
                + "  </global>\n"
                + "  " + reader + "\n"
                + "  <processor name=\"Decay\" type=\"TopDecay\">\n" + decayParameters + "  </processor>\n"
                + "  <processor name=\"Detector\" type=\"CardDetector\">\n"
                + parameter("CardFile", card)
                + parameter("InputCollection", "DecayedParticles")
                + parameter("JetCollection", "Jets")
                + parameter("MissingEtCollection", "MissingET")
                + "  </processor>\n"
                + "  <processor name=\"Collect\" type=\"EventCollector\"/>\n</otusj>\n";
        Path steering = directory.resolve("steering-" + Integer.toHexString(xml.hashCode()) + ".xml");
        Files.writeString(steering, xml);
        new EventLoop(new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steering)), false)
                .run();
        return EventCollector.COLLECTED.get("Collect");
    }

    private static List<Integer> finalStateIds(List<Particle> particles) {
        List<Integer> ids = new ArrayList<>();
        for (Particle particle : particles) {
            if (particle.isFinalState()) {
                ids.add(particle.pdgId());
            }
        }
        ids.sort(null);
        return ids;
    }

    @Test
    void everyEventDecaysToSemileptonicFinalState() throws IOException {
        Map<Long, Event> events = run("");
        assertEquals(EVENTS, events.size());

        for (Event event : events.values()) {
            String where = "event " + event.eventNumber();
            List<Particle> original = event.collection("MCParticles", Particle.class);
            List<Particle> decayed = event.collection("DecayedParticles", Particle.class);
            assertEquals(List.of(-6, 6), finalStateIds(original), where + ": the input keeps its undecayed tops");

            // g g -> t t~ (4 entries) plus W+, b, u, d~, W-, b~, e-, nu_e~.
            assertEquals(12, decayed.size(), where);
            assertEquals(List.of(-12, -5, -1, 2, 5, 11), finalStateIds(decayed), where);
            int resonances = 0;
            for (Particle particle : decayed) {
                if (particle.status() == 2) {
                    resonances++;
                    assertTrue(Math.abs(particle.pdgId()) == 6 || Math.abs(particle.pdgId()) == 24, where);
                }
            }
            assertEquals(4, resonances, where + ": two tops and two Ws at status 2");

            // The final state carries the incoming four-momentum.
            FourVector incoming = FourVector.ZERO;
            FourVector outgoing = FourVector.ZERO;
            for (Particle particle : decayed) {
                if (particle.status() == -1) {
                    incoming = incoming.plus(particle.momentum());
                } else if (particle.isFinalState()) {
                    outgoing = outgoing.plus(particle.momentum());
                }
            }
            double tolerance = 1e-9 * incoming.e();
            assertEquals(incoming.px(), outgoing.px(), tolerance, where + ": px");
            assertEquals(incoming.py(), outgoing.py(), tolerance, where + ": py");
            assertEquals(incoming.pz(), outgoing.pz(), tolerance, where + ": pz");
            assertEquals(incoming.e(), outgoing.e(), tolerance, where + ": E");

            // Every decay product points at a parent of the right kind, and each W is lighter than its top
            // minus the b mass. The tops of this file are on shell at 173 GeV.
            for (Particle particle : decayed) {
                if (particle.mother1() > 2) {
                    Particle parent = decayed.get(particle.mother1() - 1);
                    assertEquals(2, parent.status(), where);
                    assertEquals(particle.mother1(), particle.mother2(), where);
                }
                if (Math.abs(particle.pdgId()) == 24) {
                    Particle top = decayed.get(particle.mother1() - 1);
                    assertEquals(6 * Integer.signum(particle.pdgId()), top.pdgId(), where);
                    assertEquals(173.0, top.momentum().mass(), 1e-6, where + ": top mass");
                    assertTrue(particle.momentum().mass() < 173.0 - 4.7 + 1e-9, where);
                }
            }
        }
    }

    @Test
    void detectorSeesDecayedEvents() throws IOException {
        Map<Long, Event> events = run("");
        double sumX = 0.0;
        double sumY = 0.0;
        double sumX2 = 0.0;
        double sumY2 = 0.0;
        int withJets = 0;
        for (Event event : events.values()) {
            List<RecoParticle> jets = event.collection("Jets", RecoParticle.class);
            List<RecoParticle> electrons = event.collection("Electrons", RecoParticle.class);
            List<RecoParticle> missing = event.collection("MissingET", RecoParticle.class);
            assertTrue(jets.size() <= 4, "at most the four quarks: " + jets);
            assertTrue(electrons.size() <= 1, "at most the one electron: " + electrons);
            assertEquals(1, missing.size());
            for (RecoParticle electron : electrons) {
                assertEquals(11, electron.pdgId(), "an electron, not a positron");
            }
            if (!jets.isEmpty()) {
                withJets++;
            }

            FourVector neutrino = null;
            for (Particle particle : event.collection("DecayedParticles", Particle.class)) {
                if (particle.pdgId() == -12) {
                    neutrino = particle.momentum();
                }
            }
            double dx = missing.get(0).momentum().px() - neutrino.px();
            double dy = missing.get(0).momentum().py() - neutrino.py();
            sumX += dx;
            sumY += dy;
            sumX2 += dx * dx;
            sumY2 += dy * dy;
        }
        assertTrue(withJets > EVENTS / 2, "most events have a jet above 20 GeV: " + withJets);

        // MET - pT(nu) is the sum of the smearing of the visible objects, whose mean is zero because the
        // log-normal keeps the mean. Partons beyond |eta| = 5 would bias it, but they are rare. The tolerance is
        // 4 standard errors estimated from the sample.
        double meanX = sumX / EVENTS;
        double meanY = sumY / EVENTS;
        double errorX = Math.sqrt((sumX2 / EVENTS - meanX * meanX) / EVENTS);
        double errorY = Math.sqrt((sumY2 / EVENTS - meanY * meanY) / EVENTS);
        assertEquals(0.0, meanX, 4 * errorX, "mean of MET_x - pT_x(nu)");
        assertEquals(0.0, meanY, 4 * errorY, "mean of MET_y - pT_y(nu)");
    }

    @Test
    void sameSeedReproducesDecays() throws IOException {
        List<List<Particle>> first = new ArrayList<>();
        for (Event event : run("").values()) {
            first.add(event.collection("DecayedParticles", Particle.class));
        }
        List<List<Particle>> second = new ArrayList<>();
        for (Event event : run("").values()) {
            second.add(event.collection("DecayedParticles", Particle.class));
        }
        assertEquals(first, second);
    }

    @Test
    void leptonicTopOption() throws IOException {
        Map<Long, Event> events = run(parameter("LeptonicTop", "TOP"));
        for (Event event : events.values()) {
            List<Particle> decayed = event.collection("DecayedParticles", Particle.class);
            assertEquals(List.of(-11, -5, -2, 1, 5, 12), finalStateIds(decayed), "event " + event.eventNumber());
        }
    }

    @Test
    void sameInputAndOutputRejected() throws IOException {
        // LheReader declares its output, so the chain check finds the second writer of MCParticles.
        SteeringException clash = assertThrows(SteeringException.class,
                () -> run(parameter("OutputCollection", "MCParticles")));
        assertTrue(clash.getMessage().contains("already writes"), clash.getMessage());

        // A source that declares nothing leaves it to TopDecay, which rejects the name before the first event.
        Path events = directory.resolve("tops.txt");
        Files.writeString(events, "6 1 0 0 300 346.2\n-6 1 0 0 -300 346.2\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run("<processor name=\"Reader\" type=\"FakeParticleSource\"/>", events,
                        parameter("OutputCollection", "MCParticles")));
        assertTrue(error.getMessage().contains("must differ from InputCollection"), error.getMessage());
    }
}
