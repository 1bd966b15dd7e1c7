package org.otusj.detector.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.FourVector;
import org.otusj.detector.ScriptedRandom;
import org.otusj.core.event.Particle;

/**
 * The semileptonic top decay on a hand-made g g -> t t~ record (the momenta of the first event of the
 * MadGraph 3.5.2 p p > t t~ example): record layout, PDG ids, charges, colours, kinematics and the
 * W line shape.
 */
class TopDecayerTest {

    private static final double W_MASS = 80.377;
    private static final double W_WIDTH = 2.085;
    private static final double B_MASS = 4.7;

    private static final List<Particle> TOP_PAIR = List.of(
            new Particle(21, -1, 0, 0, 503, 502, new FourVector(0, 0, 49.284225102, 49.284225102), 0, 0, -1),
            new Particle(21, -1, 0, 0, 501, 503, new FourVector(0, 0, -737.82589271, 737.82589271), 0, 0, 1),
            new Particle(6, 1, 1, 2, 501, 0,
                    new FourVector(74.572934375, -27.977000383, -324.65439639, 376.39515431), 173.0, 0, -1),
            new Particle(-6, 1, 1, 2, 0, 502,
                    new FourVector(-74.572934375, 27.977000383, -363.88727121, 410.71496350), 173.0, 0, 1));

    private static TopDecayer decayer(LeptonicTop leptonic) {
        return new TopDecayer(leptonic, W_MASS, W_WIDTH, B_MASS);
    }

    @Test
    void antitopDecaysLeptonicallyByDefault() {
        List<Particle> decayed = decayer(LeptonicTop.ANTITOP).decay(TOP_PAIR, new SplittableRandom(1));

        assertEquals(12, decayed.size());
        // Positions are 1-based as in the record's mother fields: 3 = t, 4 = t~, 5 = W+, 9 = W-.
        int[][] expected = {
            // pdgId, status, mother1, mother2, colour, anticolour
            {21, -1, 0, 0, 503, 502},
            {21, -1, 0, 0, 501, 503},
            {6, 2, 1, 2, 501, 0},
            {-6, 2, 1, 2, 0, 502},
            {24, 2, 3, 3, 0, 0},
            {5, 1, 3, 3, 501, 0},
            {2, 1, 5, 5, 504, 0},
            {-1, 1, 5, 5, 0, 504},
            {-24, 2, 4, 4, 0, 0},
            {-5, 1, 4, 4, 0, 502},
            {11, 1, 9, 9, 0, 0},
            {-12, 1, 9, 9, 0, 0},
        };
        for (int i = 0; i < expected.length; i++) {
            Particle particle = decayed.get(i);
            String where = "position " + (i + 1);
            assertEquals(expected[i][0], particle.pdgId(), where + " PDG id");
            assertEquals(expected[i][1], particle.status(), where + " status");
            assertEquals(expected[i][2], particle.mother1(), where + " mother1");
            assertEquals(expected[i][3], particle.mother2(), where + " mother2");
            assertEquals(expected[i][4], particle.color1(), where + " colour");
            assertEquals(expected[i][5], particle.color2(), where + " anticolour");
        }
        assertEquals(-1.0, decayed.get(10).charge(), "the electron from the W- has charge -1");

        // The tops keep their momenta; only the status changes.
        assertEquals(TOP_PAIR.get(2).momentum(), decayed.get(2).momentum());
        assertEquals(TOP_PAIR.get(3).momentum(), decayed.get(3).momentum());
    }

    @Test
    void topDecaysLeptonicallyWhenChosen() {
        List<Particle> decayed = decayer(LeptonicTop.TOP).decay(TOP_PAIR, new SplittableRandom(2));

        assertEquals(24, decayed.get(4).pdgId());
        assertEquals(-11, decayed.get(6).pdgId(), "W+ -> e+");
        assertEquals(12, decayed.get(7).pdgId(), "W+ -> nu_e");
        assertEquals(0, decayed.get(6).color1() + decayed.get(6).color2(), "leptons carry no colour");
        assertEquals(-24, decayed.get(8).pdgId());
        assertEquals(-2, decayed.get(10).pdgId(), "W- -> u~");
        assertEquals(1, decayed.get(11).pdgId(), "W- -> d");
        assertEquals(504, decayed.get(10).color2(), "u~ carries the new anticolour");
        assertEquals(504, decayed.get(11).color1(), "d carries the new colour");
    }

    @Test
    void chargeConservedAtEveryVertex() {
        for (LeptonicTop leptonic : LeptonicTop.values()) {
            List<Particle> decayed = decayer(leptonic).decay(TOP_PAIR, new SplittableRandom(3));
            for (int parent = 1; parent <= decayed.size(); parent++) {
                if (decayed.get(parent - 1).status() != 2) {
                    continue;
                }
                double daughters = 0.0;
                int count = 0;
                for (Particle particle : decayed) {
                    if (particle.mother1() == parent) {
                        daughters += particle.charge();
                        count++;
                    }
                }
                assertEquals(2, count, leptonic + ": daughters of position " + parent);
                assertEquals(decayed.get(parent - 1).charge(), daughters, 1e-12,
                        leptonic + ": charge at the vertex of position " + parent);
            }
        }
    }

    @Test
    void fourMomentumConservedAtEveryVertex() {
        TopDecayer decayer = decayer(LeptonicTop.ANTITOP);
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 2000; trial++) {
            List<Particle> decayed = decayer.decay(TOP_PAIR, random);
            for (int[] vertex : new int[][] {{3, 5, 6}, {5, 7, 8}, {4, 9, 10}, {9, 11, 12}}) {
                RestFrame.assertConserved(decayed.get(vertex[0] - 1).momentum(), decayed.get(vertex[1] - 1).momentum(),
                        decayed.get(vertex[2] - 1).momentum(), 1e-9, "trial " + trial + ", vertex " + vertex[0]);
            }
        }
    }

    @Test
    void massesOfProducts() {
        TopDecayer decayer = decayer(LeptonicTop.ANTITOP);
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 2000; trial++) {
            List<Particle> decayed = decayer.decay(TOP_PAIR, random);
            for (int w : new int[] {5, 9}) {
                Particle boson = decayed.get(w - 1);
                assertEquals(boson.mass(), boson.momentum().mass(), 1e-9 * boson.momentum().e(), "W mass field");
                assertTrue(boson.mass() > 0 && boson.mass() <= 173.0 - B_MASS + 1e-9, "W mass " + boson.mass());
            }
            for (int b : new int[] {6, 10}) {
                assertEquals(B_MASS, decayed.get(b - 1).momentum().mass(), 1e-6, "b mass");
                assertEquals(B_MASS, decayed.get(b - 1).mass(), 0.0, "b mass field");
            }
            for (int light : new int[] {7, 8, 11, 12}) {
                FourVector p = decayed.get(light - 1).momentum();
                assertEquals(0.0, p.mass2(), 1e-9 * p.e() * p.e(), "massless daughter at " + light);
            }
            assertEquals(173.0, decayed.get(2).momentum().mass(), 1e-6, "top mass unchanged");
        }
    }

    @Test
    void wMassFollowsBreitWigner() {
        TopDecayer decayer = decayer(LeptonicTop.ANTITOP);
        SplittableRandom random = new SplittableRandom(6);
        int events = 20_000;
        double sum = 0.0;
        int inCore = 0;
        for (int i = 0; i < events; i++) {
            List<Particle> decayed = decayer.decay(TOP_PAIR, random);
            for (int w : new int[] {5, 9}) {
                double mass = decayed.get(w - 1).momentum().mass();
                sum += mass;
                if (Math.abs(mass - W_MASS) < 0.5 * W_WIDTH) {
                    inCore++;
                }
            }
        }
        int draws = 2 * events;

        // The top mass of this record is 173 GeV (its four-momentum's), so the window is (0, 168.3] GeV.
        double topMass = TOP_PAIR.get(2).momentum().mass();
        BreitWignerIntegrals density = new BreitWignerIntegrals(W_MASS, W_WIDTH, 0.0, topMass - B_MASS);
        double mean = density.expectation(m -> m);
        double variance = density.expectation(m -> (m - mean) * (m - mean));
        double core = density.probability(W_MASS - 0.5 * W_WIDTH, W_MASS + 0.5 * W_WIDTH);

        assertEquals(mean, sum / draws, 4.0 * Math.sqrt(variance / draws), "mean W mass");
        assertEquals(core, (double) inCore / draws, 4.0 * Math.sqrt(core * (1 - core) / draws),
                "fraction within half a width");
    }

    @Test
    void leptonIsotropicInWRestFrame() {
        // The helicity angle between the electron in the W rest frame and the W flight direction is flat
        // when the decay is isotropic.
        TopDecayer decayer = decayer(LeptonicTop.ANTITOP);
        SplittableRandom random = new SplittableRandom(7);
        int events = 50_000;
        int[] bins = new int[10];
        for (int i = 0; i < events; i++) {
            List<Particle> decayed = decayer.decay(TOP_PAIR, random);
            FourVector w = decayed.get(8).momentum();
            FourVector electron = RestFrame.of(decayed.get(10).momentum(), w);
            double cosTheta = (electron.px() * w.px() + electron.py() * w.py() + electron.pz() * w.pz())
                    / (electron.p() * w.p());
            bins[Math.min(9, (int) ((cosTheta + 1) * 5))]++;
        }
        double expected = events / 10.0;
        double chi2 = 0.0;
        for (int count : bins) {
            chi2 += (count - expected) * (count - expected) / expected;
        }
        // Chi-square of 9 degrees of freedom exceeded with probability 0.001.
        assertTrue(chi2 < 27.877, "helicity angle not flat: chi2 " + chi2);
    }

    @Test
    void recordWithoutFinalStateTopsUnchanged() {
        List<Particle> zee = List.of(
                new Particle(2, -1, 0, 0, 501, 0, new FourVector(0, 0, 58.4, 58.4), 0, 0, 9),
                new Particle(-2, -1, 0, 0, 0, 501, new FourVector(0, 0, -34.9, 34.9), 0, 0, 9),
                new Particle(11, 1, 1, 2, 0, 0, FourVector.fromPtEtaPhiM(40, 0.3, 1.0, 0), 0, 0, 9));
        assertEquals(zee, decayer(LeptonicTop.ANTITOP).decay(zee, new ScriptedRandom()));

        // A top that a generator already decayed (status 2) is left alone.
        List<Particle> decayedTop = List.of(new Particle(6, 2, 0, 0, 501, 0,
                FourVector.fromMomentumAndMass(10, 20, 30, 173.0), 173.0, 0, 9));
        assertEquals(decayedTop, decayer(LeptonicTop.ANTITOP).decay(decayedTop, new ScriptedRandom()));
    }

    @Test
    void drawsFiveUniformsPerTop() {
        // W mass, then cos(theta) and phi of t -> W b, then of W -> f f'.
        ScriptedRandom random = new ScriptedRandom();
        for (int top = 0; top < 2; top++) {
            random.uniform(0.5).uniform(0.5).uniform(0.0).uniform(0.5).uniform(0.0);
        }
        decayer(LeptonicTop.ANTITOP).decay(TOP_PAIR, random);
        assertTrue(random.exhausted(), "ten uniform numbers for two tops");
    }

    @Test
    void topLighterThanBottomRejected() {
        List<Particle> light = List.of(new Particle(6, 1, 0, 0, 501, 0, new FourVector(0, 0, 0, 4.0), 4.0, 0, 9));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> decayer(LeptonicTop.ANTITOP).decay(light, new SplittableRandom(1)));
        assertTrue(error.getMessage().contains("not above the b-quark mass"), error.getMessage());
    }

    @Test
    void invalidSettingsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TopDecayer(LeptonicTop.TOP, W_MASS, 0.0, B_MASS));
        assertThrows(IllegalArgumentException.class, () -> new TopDecayer(LeptonicTop.TOP, W_MASS, W_WIDTH, -1.0));
        assertThrows(IllegalArgumentException.class, () -> new TopDecayer(null, W_MASS, W_WIDTH, B_MASS));
    }
}
