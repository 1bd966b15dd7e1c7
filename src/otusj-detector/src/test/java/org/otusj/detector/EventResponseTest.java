package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/**
 * One detector draw with scripted random numbers, so that jets and missing transverse momentum can be
 * computed by hand from the CMS card text: HCal resolution sqrt(E^2 0.05^2 + E 1.5^2) for |eta| <= 3,
 * jet energy scale sqrt((2.5 - 0.15 |eta|)^2 / pt + 1), jet pt threshold 20 GeV, barrel electron
 * tracking efficiency 0.95.
 */
class EventResponseTest {

    private static ElectronResponse electrons;
    private static JetResponse jets;

    // A 100 GeV massless jet at eta 0 smeared with z = 0: 100 exp(-b^2 / 2), b^2 = ln(1 + 250 / 100^2).
    private static final double SMEARED_JET_ENERGY = 100 * Math.exp(-0.5 * Math.log(1.025));

    private static final FourVector ELECTRON = FourVector.fromPtEtaPhiM(50, 0.3, 1.0, 0);
    private static final FourVector QUARK = FourVector.fromPtEtaPhiM(100, 0.0, -2.0, 0);
    private static final FourVector MUON = FourVector.fromPtEtaPhiM(30, 1.0, 0.5, 0.10566);
    private static final FourVector NEUTRINO = FourVector.fromPtEtaPhiM(70, -0.4, 2.5, 0);

    @BeforeAll
    static void readCard() throws IOException {
        DelphesCard card = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        electrons = ElectronResponse.fromCard(card);
        jets = JetResponse.fromCard(card);
    }

    private static Particle particle(int pdgId, FourVector momentum) {
        return new Particle(pdgId, 1, 0, 0, 0, 0, momentum, Math.max(momentum.mass(), 0), 0, 9);
    }

    private static final List<Particle> EVENT = List.of(particle(11, ELECTRON), particle(2, QUARK),
            particle(13, MUON), particle(-12, NEUTRINO));

    private static EventResponse withMissingEt() {
        return new EventResponse(electrons, jets, 20.0, true);
    }

    @Test
    void lostElectronCountsAtTrueMomentum() {
        EventResponse response = withMissingEt();
        // 0.97 is above the tracking efficiency 0.95: the electron is lost and draws nothing more.
        ScriptedRandom electronRandom = new ScriptedRandom().uniform(0.97);
        ScriptedRandom jetRandom = new ScriptedRandom().gaussian(0.0);

        EventResponse.Draw draw = response.draw(response.prepare(EVENT), electronRandom, jetRandom);

        assertTrue(draw.electrons().isEmpty());
        assertTrue(electronRandom.exhausted(), "one draw per electron");
        assertTrue(jetRandom.exhausted(), "one draw per jet");

        // The jet: smeared energy along the quark's direction, then the energy scale at eta 0.
        assertEquals(1, draw.jets().size());
        double scale = Math.sqrt(2.5 * 2.5 / SMEARED_JET_ENERGY + 1.0);
        RecoParticle jet = draw.jets().get(0);
        assertEquals(0, jet.pdgId());
        assertEquals(0, jet.charge());
        assertEquals(SMEARED_JET_ENERGY * scale, jet.momentum().pt(), 1e-9);
        assertEquals(-2.0, jet.momentum().phi(), 1e-12);

        // MET = -(true electron + smeared jet before the energy scale + muon) in the transverse plane.
        double px = -(ELECTRON.px() + SMEARED_JET_ENERGY * Math.cos(-2.0) + MUON.px());
        double py = -(ELECTRON.py() + SMEARED_JET_ENERGY * Math.sin(-2.0) + MUON.py());
        assertMissing(px, py, draw.missingEt());
    }

    @Test
    void reconstructedElectronCountsAtMeasuredMomentum() {
        EventResponse response = withMissingEt();
        ScriptedRandom electronRandom = new ScriptedRandom().uniform(0.0).gaussian(0.0).gaussian(0.0).uniform(0.0);
        ScriptedRandom jetRandom = new ScriptedRandom().gaussian(0.0);

        EventResponse.Draw draw = response.draw(response.prepare(EVENT), electronRandom, jetRandom);

        // The same electron draws through the electron chain alone give the measured electron.
        RecoParticle measured = electrons.reconstruct(EVENT.get(0),
                new ScriptedRandom().uniform(0.0).gaussian(0.0).gaussian(0.0).uniform(0.0)).orElseThrow();
        assertEquals(List.of(measured), draw.electrons());

        double px = -(measured.momentum().px() + SMEARED_JET_ENERGY * Math.cos(-2.0) + MUON.px());
        double py = -(measured.momentum().py() + SMEARED_JET_ENERGY * Math.sin(-2.0) + MUON.py());
        assertMissing(px, py, draw.missingEt());
    }

    @Test
    void jetBelowThresholdStillInMissingMomentum() {
        EventResponse response = withMissingEt();
        FourVector soft = FourVector.fromPtEtaPhiM(15, 0.0, 0.4, 0);
        // sigma^2 = 15^2 0.05^2 + 15 1.5^2 = 34.3125 GeV^2; z = 0 gives 15 exp(-b^2 / 2).
        double smeared = 15 * Math.exp(-0.5 * Math.log(1 + 34.3125 / 225));

        EventResponse.Draw draw = response.draw(response.prepare(List.of(particle(21, soft))), new ScriptedRandom(),
                new ScriptedRandom().gaussian(0.0));

        assertTrue(draw.jets().isEmpty(), "smeared pt " + smeared + " GeV is below 20 GeV");
        assertMissing(-smeared * Math.cos(0.4), -smeared * Math.sin(0.4), draw.missingEt());
    }

    @Test
    void thresholdAppliesBeforeEnergyScale() {
        // Delphes' FastJetFinder cuts at JetPTMin before JetEnergyScale scales the jet up. A 19.5 GeV parton at
        // eta 0 smeared with z = 0 gives 19.5 exp(-b^2 / 2) = 18.44 GeV (sigma^2 = 19.5^2 0.05^2 + 19.5 1.5^2),
        // below 20 GeV, although the scale sqrt(2.5^2 / 18.44 + 1) = 1.157 would lift it to 21.3 GeV.
        EventResponse response = withMissingEt();
        double energy = 19.5;
        double smeared = energy * Math.exp(-0.5 * Math.log(1 + (energy * energy * 0.0025 + energy * 2.25)
                / (energy * energy)));
        assertTrue(smeared < 20.0, "smeared pT below the cut");
        assertTrue(smeared * Math.sqrt(6.25 / smeared + 1) > 20.0, "scaled pT above the cut");

        EventResponse.Draw draw = response.draw(
                response.prepare(List.of(particle(1, FourVector.fromPtEtaPhiM(energy, 0.0, 1.0, 0)))),
                new ScriptedRandom(), new ScriptedRandom().gaussian(0.0));
        assertTrue(draw.jets().isEmpty(), "cut on the smeared, uncalibrated pt");
    }

    @Test
    void invisibleOutsideCalorimeter() {
        EventResponse response = withMissingEt();
        // Beyond |eta| = 5 there is no tower: the electron (tracking efficiency 0 there) and the gluon are unseen.
        List<Particle> forward = List.of(particle(11, FourVector.fromPtEtaPhiM(20, 5.5, 1.0, 0)),
                particle(21, FourVector.fromPtEtaPhiM(20, -5.5, 1.0, 0)), particle(12, NEUTRINO));

        EventResponse.Draw draw = response.draw(response.prepare(forward), new ScriptedRandom().uniform(0.5),
                new ScriptedRandom());

        assertTrue(draw.electrons().isEmpty());
        assertTrue(draw.jets().isEmpty());
        assertMissing(0.0, 0.0, draw.missingEt());
    }

    @Test
    void electronOnlyDrawHasNoJets() {
        EventResponse response = new EventResponse(electrons, null, 20.0, false);
        EventResponse.Input input = response.prepare(EVENT);
        assertTrue(input.jets().isEmpty());

        EventResponse.Draw draw = response.draw(input, new ScriptedRandom().uniform(0.97), null);
        assertTrue(draw.jets().isEmpty());
        assertNull(draw.missingEt());
    }

    private static void assertMissing(double px, double py, RecoParticle missing) {
        assertEquals(0, missing.pdgId());
        assertEquals(0, missing.charge());
        assertEquals(px, missing.momentum().px(), 1e-9, "MET x");
        assertEquals(py, missing.momentum().py(), 1e-9, "MET y");
        assertEquals(0.0, missing.momentum().pz(), 0.0, "MET z");
        assertEquals(Math.hypot(px, py), missing.momentum().e(), 1e-9, "MET magnitude");
    }
}
