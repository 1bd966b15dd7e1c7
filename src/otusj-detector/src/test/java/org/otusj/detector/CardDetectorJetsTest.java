package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.random.Seeds;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/**
 * CardDetector with jets, missing transverse momentum, extra draws and acceptance redraws, in a full
 * event loop. Expected resolutions are typed from the CMS card (HCal: sqrt(E^2 0.05^2 + E 1.5^2) for
 * |eta| <= 3); statistical checks use 4 standard errors of the number of draws.
 */
class CardDetectorJetsTest {

    private static final int EVENTS = 12;
    private static final String JETS_AND_MET = parameter("JetCollection", "Jets")
            + parameter("MissingEtCollection", "MissingET");

    @TempDir
    Path directory;

    private Path card;
    private Path semileptonic;

    @BeforeEach
    void writeEvents() throws IOException {
        EventCollector.COLLECTED.clear();
        card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");

        // Each event: an electron and a neutrino, three hard partons and one of 25 GeV, all at least 1.0
        // apart in (eta, phi), so every parton is its own jet. A status-2 W is ignored.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < EVENTS; i++) {
            text.append(line(11, 1, FourVector.fromPtEtaPhiM(40 + i, 0.2, 0.5, 0)));
            text.append(line(-12, 1, FourVector.fromPtEtaPhiM(35 + i, -0.3, 0.5 - Math.PI, 0)));
            text.append(line(2, 1, FourVector.fromPtEtaPhiM(90, -0.5, 2.0, 0)));
            text.append(line(-1, 1, FourVector.fromPtEtaPhiM(70, 1.0, -1.5, 0)));
            text.append(line(5, 1, FourVector.fromPtEtaPhiM(60, -1.5, -0.2, 4.7)));
            text.append(line(-5, 1, FourVector.fromPtEtaPhiM(25, 1.5, 1.6, 4.7)));
            text.append(line(-24, 2, FourVector.fromPtEtaPhiM(50, 0.0, 0.5, 80.4)));
            text.append('\n');
        }
        semileptonic = write("semileptonic.txt", text.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String line(int pdgId, int status, FourVector p) {
        return pdgId + " " + status + " " + p.px() + " " + p.py() + " " + p.pz() + " " + p.e() + "\n";
    }

    private static String parameter(String name, Object value) {
        return "    <parameter name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    /** Runs Source, a CardDetector named Detector with the given parameters, and an EventCollector. */
    private Map<Long, Event> run(Path events, String detectorParameters) throws IOException {
        String xml = "<otusj>\n  <execute>\n"
                + "    <processor name=\"Source\"/>\n    <processor name=\"Detector\"/>\n"
                + "    <processor name=\"Collect\"/>\n  </execute>\n  <global>\n"
                + parameter("InputFiles", events)
                + parameter("ProgressInterval", 0)
                + parameter("OutputDirectory", directory.resolve("out"))
                + parameter("BatchSize", 4)
                + parameter("RandomSeed", 777)
                + "  </global>\n"
                + "  <processor name=\"Source\" type=\"FakeParticleSource\"/>\n"
                + "  <processor name=\"Detector\" type=\"CardDetector\">\n"
                + parameter("CardFile", card) + detectorParameters
                + "  </processor>\n"
                + "  <processor name=\"Collect\" type=\"EventCollector\"/>\n</otusj>\n";
        Path steering = write("steering-" + Integer.toHexString(xml.hashCode()) + ".xml", xml);
        ChainBuilder builder = new ChainBuilder(ProcessorRegistry.load());
        new EventLoop(builder.build(new SteeringParser().parse(steering)), false).run();
        return EventCollector.COLLECTED.get("Collect");
    }

    private static List<RecoParticle> reco(Event event, String collection) {
        return event.collection(collection, RecoParticle.class);
    }

    @Test
    void defaultWritesElectronsOnly() throws IOException {
        Map<Long, Event> events = run(semileptonic, "");
        assertEquals(EVENTS, events.size());
        for (Event event : events.values()) {
            assertEquals(Set.of("MCParticles", "Electrons"), event.collectionNames(), "event " + event.eventNumber());
        }
    }

    @Test
    void jetsFollowPartonsSortedByPt() throws IOException {
        Map<Long, Event> events = run(semileptonic, JETS_AND_MET);
        for (Event event : events.values()) {
            List<RecoParticle> jets = reco(event, "Jets");
            List<Particle> particles = event.collection("MCParticles", Particle.class);
            assertTrue(jets.size() >= 3 && jets.size() <= 4, "three hard partons and one of 25 GeV: " + jets);
            for (int j = 0; j < jets.size(); j++) {
                RecoParticle jet = jets.get(j);
                assertEquals(0, jet.pdgId());
                assertEquals(0, jet.charge());
                assertTrue(jet.momentum().pt() > 20.0, "above JetPTMin");
                if (j > 0) {
                    assertTrue(jets.get(j - 1).momentum().pt() >= jet.momentum().pt(), "sorted by decreasing pt");
                }
                // Smearing and the energy scale keep each jet along its single parton.
                double nearest = Double.POSITIVE_INFINITY;
                for (Particle particle : particles) {
                    if (JetResponse.isJetParton(particle) && particle.isFinalState()) {
                        nearest = Math.min(nearest, particle.momentum().deltaR(jet.momentum()));
                    }
                }
                assertEquals(0.0, nearest, 1e-9, "jet along a parton");
            }
            assertEquals(1, reco(event, "MissingET").size());
        }
    }

    @Test
    void jetsDoNotChangeElectrons() throws IOException {
        Map<Long, Event> electronsOnly = run(semileptonic, "");
        List<List<RecoParticle>> expected = new ArrayList<>();
        for (Event event : electronsOnly.values()) {
            expected.add(reco(event, "Electrons"));
        }
        Map<Long, Event> withJets = run(semileptonic, JETS_AND_MET);
        List<List<RecoParticle>> actual = new ArrayList<>();
        for (Event event : withJets.values()) {
            actual.add(reco(event, "Electrons"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void missingMomentumBalancesElectron() throws IOException {
        // Electron and neutrino back to back: MET is minus the measured electron, or, when the electron is
        // lost, minus its true momentum, which is the neutrino's.
        FourVector electron = FourVector.fromPtEtaPhiM(40, 0.4, 1.1, 0);
        FourVector neutrino = FourVector.fromPtEtaPhiM(40, -0.7, 1.1 - Math.PI, 0);
        Path events = write("enu.txt", line(11, 1, electron) + line(-12, 1, neutrino));

        Map<Long, Event> result = run(events, JETS_AND_MET + parameter("ExtraDraws", 99));
        Event event = result.get(0L);
        int lost = 0;
        for (int draw = 0; draw < 100; draw++) {
            List<RecoParticle> electrons = reco(event, CardDetector.drawName("Electrons", draw));
            FourVector missing = reco(event, CardDetector.drawName("MissingET", draw)).get(0).momentum();
            assertTrue(reco(event, CardDetector.drawName("Jets", draw)).isEmpty());
            FourVector seen = electrons.isEmpty() ? electron : electrons.get(0).momentum();
            if (electrons.isEmpty()) {
                lost++;
            }
            assertEquals(-seen.px(), missing.px(), 1e-9, "draw " + draw);
            assertEquals(-seen.py(), missing.py(), 1e-9, "draw " + draw);
            // The barrel electron resolution at 40 GeV is about 2 % (an estimate from the card's track and
            // ECAL formulas), so 25 % is far outside it.
            assertEquals(neutrino.pt(), missing.e(), 0.25 * neutrino.pt(), "draw " + draw);
        }
        // Each draw keeps the electron with probability 0.95 * 0.95 = 0.9025: 9.75 lost expected, sd 2.97.
        assertEquals(9.75, lost, 4 * 2.97);
    }

    @Test
    void missingMomentumZeroOnAverageWithoutNeutrinos() throws IOException {
        // Two 100 GeV partons back to back at eta 0: MET_x = -(E1' - E2') with each E' of mean 100 GeV and
        // sd sigma = sqrt(100^2 0.05^2 + 100 1.5^2) = 15.81 GeV, so MET_x has mean 0 and sd sqrt(2) sigma.
        Path events = write("dijet.txt", line(2, 1, FourVector.fromPtEtaPhiM(100, 0, 0.0, 0))
                + line(-2, 1, FourVector.fromPtEtaPhiM(100, 0, Math.PI, 0)));
        int draws = 400;
        Map<Long, Event> result = run(events, JETS_AND_MET + parameter("ExtraDraws", draws - 1));
        Event event = result.get(0L);

        double[] metX = new double[draws];
        for (int draw = 0; draw < draws; draw++) {
            FourVector missing = reco(event, CardDetector.drawName("MissingET", draw)).get(0).momentum();
            metX[draw] = missing.px();
            assertEquals(0.0, missing.py(), 1e-9, "the jets lie along x");
        }
        double sigma = Math.sqrt(2) * Math.sqrt(100 * 100 * 0.05 * 0.05 + 100 * 1.5 * 1.5);
        double mean = 0.0;
        for (double x : metX) {
            mean += x / draws;
        }
        double variance = 0.0;
        for (double x : metX) {
            variance += (x - mean) * (x - mean) / (draws - 1);
        }
        assertEquals(0.0, mean, 4 * sigma / Math.sqrt(draws), "mean MET_x");
        // For a near-normal variable the standard deviation has standard error sigma / sqrt(2 N); the
        // log-normal tails add a little, so 5 of those.
        assertEquals(sigma, Math.sqrt(variance), 5 * sigma / Math.sqrt(2.0 * draws), "sd of MET_x");

        // Independent draws: the correlation of consecutive draws is 0 within 4 / sqrt(N).
        double covariance = 0.0;
        for (int draw = 1; draw < draws; draw++) {
            covariance += (metX[draw] - mean) * (metX[draw - 1] - mean) / (draws - 1);
        }
        assertEquals(0.0, covariance / variance, 4 / Math.sqrt(draws), "correlation of consecutive draws");
    }

    @Test
    void extraDrawsDifferAndReproduce() throws IOException {
        Map<Long, Event> first = run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", 3));
        List<List<RecoParticle>> snapshot = snapshot(first, 3);
        Map<Long, Event> second = run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", 3));
        assertEquals(snapshot, snapshot(second, 3), "same seed, same draws");

        for (Event event : first.values()) {
            for (int a = 0; a <= 3; a++) {
                for (int b = a + 1; b <= 3; b++) {
                    // Independent smearings give the same jet or MET with probability zero.
                    assertNotEquals(reco(event, CardDetector.drawName("Jets", a)).get(0),
                            reco(event, CardDetector.drawName("Jets", b)).get(0), "draws " + a + " and " + b);
                    assertNotEquals(reco(event, CardDetector.drawName("MissingET", a)),
                            reco(event, CardDetector.drawName("MissingET", b)), "draws " + a + " and " + b);
                }
            }
            assertFalse(event.hasCollection("Jets_4"));
        }
    }

    @Test
    void drawZeroUnchangedByExtraDraws() throws IOException {
        List<List<RecoParticle>> single = snapshot(run(semileptonic, JETS_AND_MET), 0);
        List<List<RecoParticle>> withExtra = snapshot(run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", 5)), 0);
        assertEquals(single, withExtra);
    }

    @Test
    void drawZeroElectronsFollowEventGenerator() throws IOException {
        // The electrons of draw 0 are what the electron chain gives, electron by electron in record order,
        // with the processor's event generator: seeded from the global seed 777, the name "Detector", run 0
        // and the event number. Jets, MET and extra draws do not change them.
        ElectronResponse electrons = ElectronResponse.fromCard(DelphesCard.read(card));
        Map<Long, Event> events = run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", 2));
        for (Event event : events.values()) {
            SplittableRandom random = new SplittableRandom(
                    Seeds.forEvent(Seeds.forProcessor(777, "Detector"), 0, event.eventNumber()));
            List<RecoParticle> expected = new ArrayList<>();
            for (Particle particle : event.collection("MCParticles", Particle.class)) {
                if (particle.isFinalState() && Math.abs(particle.pdgId()) == 11) {
                    electrons.reconstruct(particle, random).ifPresent(expected::add);
                }
            }
            assertEquals(expected, reco(event, "Electrons"), "event " + event.eventNumber());
        }
    }

    @Test
    void everyDrawMeetsRequirements() throws IOException {
        int extra = 4;
        Map<Long, Event> free = run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", extra));
        List<List<RecoParticle>> freeElectrons = new ArrayList<>();
        List<List<RecoParticle>> freeJets = new ArrayList<>();
        for (Event event : free.values()) {
            for (int draw = 0; draw <= extra; draw++) {
                freeElectrons.add(reco(event, CardDetector.drawName("Electrons", draw)));
                freeJets.add(reco(event, CardDetector.drawName("Jets", draw)));
            }
        }

        Map<Long, Event> conditioned = run(semileptonic, JETS_AND_MET + parameter("ExtraDraws", extra)
                + parameter("RequiredElectrons", 1) + parameter("RequiredJets", 4));
        int index = 0;
        int redrawn = 0;
        for (Event event : conditioned.values()) {
            for (int draw = 0; draw <= extra; draw++) {
                List<RecoParticle> electrons = reco(event, CardDetector.drawName("Electrons", draw));
                List<RecoParticle> jets = reco(event, CardDetector.drawName("Jets", draw));
                String where = "event " + event.eventNumber() + " draw " + draw;
                assertTrue(electrons.size() >= 1, where + ": electrons " + electrons);
                assertTrue(jets.size() >= 4, where + ": jets " + jets);
                if (freeElectrons.get(index).size() >= 1 && freeJets.get(index).size() >= 4) {
                    // An accepted first try is kept: the conditioned draw starts from the same generators.
                    assertEquals(freeElectrons.get(index), electrons, where);
                    assertEquals(freeJets.get(index), jets, where);
                } else {
                    redrawn++;
                }
                index++;
            }
        }
        // The 25 GeV b~ falls below 20 GeV in about a quarter of the draws and the electron is lost in about a
        // tenth, so among 60 draws some must have needed a redraw.
        assertTrue(redrawn > 0, "some first tries fail the requirements");
    }

    @Test
    void jetThresholdConfigurable() throws IOException {
        Map<Long, Event> events = run(semileptonic, JETS_AND_MET + parameter("JetPTMin", 0.0)
                + parameter("ExtraDraws", 4));
        for (Event event : events.values()) {
            for (int draw = 0; draw <= 4; draw++) {
                assertEquals(4, reco(event, CardDetector.drawName("Jets", draw)).size(), "no threshold: every parton");
            }
        }
    }

    @Test
    void requiredJetsNeedJetCollection() throws IOException {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run(semileptonic, parameter("RequiredJets", 2)));
        assertTrue(error.getMessage().contains("set JetCollection"), error.getMessage());
    }

    @Test
    void negativeExtraDrawsRejected() throws IOException {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run(semileptonic, parameter("ExtraDraws", -1)));
        assertTrue(error.getMessage().contains("ExtraDraws must not be negative"), error.getMessage());
    }

    @Test
    void clashingCollectionNamesRejected() throws IOException {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run(semileptonic, parameter("JetCollection", "Electrons")));
        assertTrue(error.getMessage().contains("must be different names"), error.getMessage());
    }

    /** Electrons, jets and MET of draw 0 to {@code lastDraw} of every event, for comparing runs. */
    private static List<List<RecoParticle>> snapshot(Map<Long, Event> events, int lastDraw) {
        List<List<RecoParticle>> collections = new ArrayList<>();
        for (Event event : events.values()) {
            for (int draw = 0; draw <= lastDraw; draw++) {
                for (String collection : List.of("Electrons", "Jets", "MissingET")) {
                    collections.add(reco(event, CardDetector.drawName(collection, draw)));
                }
            }
        }
        return collections;
    }
}
