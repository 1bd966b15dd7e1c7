package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;
import org.otusj.detector.jet.ClusteredJet;
import org.otusj.detector.jet.JetAlgorithm;

/**
 * The jet response of the CMS card. Expected values are typed from the card text: FastJetFinder
 * (anti-kt, R = 0.5, JetPTMin 20), the HCal resolution sqrt(E^2 0.050^2 + E 1.50^2) for |eta| <= 3 and
 * sqrt(E^2 0.130^2 + E 2.70^2) for 3 < |eta| <= 5, and the JetEnergyScale formula
 * sqrt((2.5 - 0.15 |eta|)^2 / pt + 1).
 */
class JetResponseTest {

    private static JetResponse cms;

    @TempDir
    Path directory;

    @BeforeAll
    static void readCard() throws IOException {
        cms = JetResponse.fromCard(
                DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl")));
    }

    private static Particle parton(int pdgId, int status, FourVector momentum) {
        return new Particle(pdgId, status, 0, 0, 0, 0, momentum, 0, 0, 9);
    }

    @Test
    void readsFinderModule() {
        assertEquals(JetAlgorithm.ANTI_KT, cms.clustering().algorithm());
        assertEquals(0.5, cms.clustering().radius());
        assertEquals(20.0, cms.cardPtMin());
    }

    @Test
    void smearingWithZeroNormalIsLogNormalMedian() {
        // E = 100 GeV at eta 0: sigma^2 = 100^2 0.05^2 + 100 1.5^2 = 250. A log-normal with mean E and width
        // sigma draws E exp(-b^2 / 2 + b z) with b^2 = ln(1 + sigma^2 / E^2); z = 0 gives E exp(-b^2 / 2).
        FourVector jet = FourVector.fromPtEtaPhiM(100, 0.0, 0.7, 0);
        FourVector smeared = cms.smear(jet, new ScriptedRandom().gaussian(0.0));

        double expected = 100 * Math.exp(-0.5 * Math.log(1.025));
        assertEquals(expected, smeared.e(), 1e-9);
        assertEquals(0.7, smeared.phi(), 1e-12, "direction kept");
        assertEquals(0.0, smeared.eta(), 1e-12, "direction kept");

        // Forward: E = 200 GeV at eta 4 uses the second term: sigma^2 = 200^2 0.13^2 + 200 2.7^2 = 2134.
        FourVector forward = FourVector.fromPtEtaPhiM(200 / Math.cosh(4.0), 4.0, 0.0, 0);
        double b = Math.sqrt(Math.log(1 + 2134.0 / (200.0 * 200.0)));
        assertEquals(200 * Math.exp(-0.5 * b * b + b * 1.5), cms.smear(forward, new ScriptedRandom().gaussian(1.5)).e(),
                1e-9);
    }

    @Test
    void smearingKeepsMeanAndResolution() {
        FourVector jet = FourVector.fromPtEtaPhiM(50, 1.2, -2.0, 0);
        double energy = jet.e();
        double sigma = Math.sqrt(energy * energy * 0.05 * 0.05 + energy * 1.5 * 1.5);
        SplittableRandom random = new SplittableRandom(41);
        int draws = 200_000;
        double sum = 0.0;
        double sum2 = 0.0;
        for (int i = 0; i < draws; i++) {
            double e = cms.smear(jet, random).e();
            sum += e;
            sum2 += e * e;
        }
        double mean = sum / draws;
        double std = Math.sqrt(sum2 / draws - mean * mean);

        // Log-normal kurtosis k = w^4 + 2 w^3 + 3 w^2 - 3 with w = 1 + sigma^2 / E^2; the standard error of
        // the sample standard deviation is about sigma sqrt((k - 1) / (4 N)).
        double w = 1 + sigma * sigma / (energy * energy);
        double kurtosis = w * w * w * w + 2 * w * w * w + 3 * w * w - 3;
        assertEquals(energy, mean, 4 * sigma / Math.sqrt(draws), "mean smeared energy");
        assertEquals(sigma, std, 4 * sigma * Math.sqrt((kurtosis - 1) / (4.0 * draws)), "energy resolution");
    }

    @Test
    void energyScaleFromCard() {
        FourVector jet = FourVector.fromPtEtaPhiM(50, 1.0, 0.3, 6.0);
        double scale = Math.sqrt(2.35 * 2.35 / 50 + 1.0);
        FourVector calibrated = cms.calibrate(jet);
        assertEquals(jet.px() * scale, calibrated.px(), 1e-9);
        assertEquals(jet.py() * scale, calibrated.py(), 1e-9);
        assertEquals(jet.pz() * scale, calibrated.pz(), 1e-9);
        assertEquals(jet.e() * scale, calibrated.e(), 1e-9);
    }

    @Test
    void clustersFinalStatePartonsInsideCalorimeter() {
        List<Particle> particles = List.of(
                parton(21, -1, new FourVector(0, 0, 100, 100)),
                parton(2, 1, FourVector.fromPtEtaPhiM(60, 0.5, 1.0, 0)),
                parton(-1, 1, FourVector.fromPtEtaPhiM(30, 0.6, 1.2, 0)),
                parton(5, 1, FourVector.fromPtEtaPhiM(45, -1.0, -2.0, 4.7)),
                parton(21, 1, FourVector.fromPtEtaPhiM(80, 5.2, 0.0, 0)),
                parton(6, 1, FourVector.fromPtEtaPhiM(90, 0.0, 2.5, 173)),
                parton(11, 1, FourVector.fromPtEtaPhiM(40, 0.0, -0.5, 0)),
                parton(-12, 1, FourVector.fromPtEtaPhiM(40, 0.0, 2.6, 0)),
                parton(1, 2, FourVector.fromPtEtaPhiM(40, 0.0, -1.0, 0)));

        List<ClusteredJet> jets = cms.cluster(particles);

        // The incoming gluon, the gluon at eta 5.2 (outside the HCal grid), the undecayed top, the leptons
        // and the status-2 quark are not clustered. The u and d~ (dR 0.22) merge; the b stays alone.
        assertEquals(2, jets.size());
        FourVector merged = particles.get(1).momentum().plus(particles.get(2).momentum());
        assertEquals(merged.e(), jets.get(0).momentum().e(), 1e-9);
        assertEquals(particles.get(3).momentum().e(), jets.get(1).momentum().e(), 1e-9);
    }

    @Test
    void calorimeterAcceptanceFromTowerGrid() {
        assertTrue(cms.inCalorimeter(FourVector.fromPtEtaPhiM(30, 4.9, 1.0, 0)));
        assertFalse(cms.inCalorimeter(FourVector.fromPtEtaPhiM(30, 5.1, 1.0, 0)));
        assertFalse(cms.inCalorimeter(FourVector.fromPtEtaPhiM(30, -5.1, 1.0, 0)));
        assertFalse(cms.inCalorimeter(new FourVector(0, 0, 40, 40)), "along the beam");
    }

    @Test
    void unsupportedAlgorithmRejectedWithCardLine() throws IOException {
        Path card = directory.resolve("cone.tcl");
        Files.writeString(card, """
                module FastJetFinder FastJetFinder {
                  set JetAlgorithm 3
                }
                module EnergyScale JetEnergyScale {
                  set ScaleFormula {1.0}
                }
                module SimpleCalorimeter HCal {
                  set EtaPhiBins {}
                  add EtaPhiBins {-1 0 1} {-3.2 0 3.2}
                }
                """);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JetResponse.fromCard(DelphesCard.read(card)));
        assertTrue(error.getMessage().contains("cone.tcl:2"), error.getMessage());
        assertTrue(error.getMessage().contains("JetAlgorithm 3 is not supported"), error.getMessage());
    }

    @Test
    void cardDefaultsWhenUnset() throws IOException {
        // Delphes defaults: anti-kt, R = 0.5, JetPTMin 10 GeV, resolution 0, scale formula 0 (no scaling).
        Path card = directory.resolve("minimal.tcl");
        Files.writeString(card, """
                module FastJetFinder FastJetFinder {
                }
                module EnergyScale JetEnergyScale {
                }
                module SimpleCalorimeter HCal {
                  set EtaPhiBins {}
                  add EtaPhiBins {-1 0 1} {-3.2 0 3.2}
                }
                """);
        JetResponse minimal = JetResponse.fromCard(DelphesCard.read(card));
        assertEquals(JetAlgorithm.ANTI_KT, minimal.clustering().algorithm());
        assertEquals(0.5, minimal.clustering().radius());
        assertEquals(10.0, minimal.cardPtMin());

        FourVector jet = FourVector.fromPtEtaPhiM(40, 0.5, 1.0, 0);
        assertEquals(jet, minimal.calibrate(jet), "scale 0 leaves the jet unchanged");
        assertEquals(jet.e(), minimal.smear(jet, new ScriptedRandom().gaussian(2.0)).e(), 1e-12,
                "resolution 0 leaves the energy unchanged");
    }
}
