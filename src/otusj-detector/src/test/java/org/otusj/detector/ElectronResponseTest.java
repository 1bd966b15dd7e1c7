package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/**
 * The electron chain of the CMS card for fixed electrons. Statistical checks use many draws and a
 * tolerance of 4 standard errors computed from the sample sizes. Expectations come from the card text by
 * hand or from a separate simulation written in this test.
 */
class ElectronResponseTest {

    private static final int DRAWS = 200_000;

    // The barrel electron used throughout: pt 50 GeV, eta 0.3, phi 1.0, massless, so E = 50 cosh(0.3).
    private static final double PT = 50.0;
    private static final double ETA = 0.3;
    private static final double PHI = 1.0;
    private static final FourVector BARREL = FourVector.fromPtEtaPhiM(PT, ETA, PHI, 0.0);

    // ElectronMomentumSmearing for |eta| <= 0.5 and pt = 50: sqrt(0.03^2 + 50^2 * (1.3e-3)^2).
    private static final double TRACK_RESOLUTION = Math.sqrt(0.005125);

    // The electron leaves the tracker at eta 0.30003 (the helix of radius 44 m adds a little path), in
    // the ECal tower between the barrel edges 17 * 0.0174 and 18 * 0.0174, whose centre eta is 0.3045.
    private static final double TOWER_ETA = 0.5 * (17 * 0.0174 + 18 * 0.0174);

    private static ElectronResponse cms;

    @BeforeAll
    static void readCard() throws IOException {
        cms = ElectronResponse.fromCard(
                DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl")));
    }

    /** Returns the ECal barrel resolution of the CMS card in GeV, typed from the card text. */
    private static double caloSigma(double energy) {
        return (1 + 0.64 * TOWER_ETA * TOWER_ETA)
                * Math.sqrt(energy * energy * 0.008 * 0.008 + energy * 0.11 * 0.11 + 0.40 * 0.40);
    }

    /** Returns the log-normal value with mean m and standard deviation s for the standard normal value z. */
    private static double logNormal(double m, double s, double z) {
        double b = Math.sqrt(Math.log(1 + s * s / (m * m)));
        return m * Math.exp(-0.5 * b * b + b * z);
    }

    /**
     * Returns the energy after the ECal step for given normal values of the track and tower draws. It
     * follows the SimpleCalorimeter rules of Delphes 3. A tower energy below 0.5 GeV or 2 sigma is
     * zeroed. The track is kept when the excess is above 0.5 GeV and 2 sigma of the combined
     * uncertainty. Otherwise the result is the inverse-variance weighted mean.
     */
    private static double referenceEnergy(double trackNormal, double caloNormal) {
        double trueEnergy = BARREL.e();
        double trackEnergy = logNormal(PT, TRACK_RESOLUTION * PT, trackNormal) * Math.cosh(ETA);
        double calo = logNormal(trueEnergy, caloSigma(trueEnergy), caloNormal);
        double sigmaCalo = caloSigma(calo);
        if (calo < 0.5 || calo < 2.0 * sigmaCalo) {
            calo = 0.0;
        }
        double sigmaTrack = TRACK_RESOLUTION * trackEnergy;
        double excess = Math.max(calo - trackEnergy, 0.0);
        if (excess > 0.5 && excess / Math.hypot(sigmaTrack, sigmaCalo) > 2.0) {
            return trackEnergy;
        }
        double weightTrack = 1 / (sigmaTrack * sigmaTrack);
        double weightCalo = 1 / (sigmaCalo * sigmaCalo);
        return (weightTrack * trackEnergy + weightCalo * calo) / (weightTrack + weightCalo);
    }

    /** Sample mean, variance and fourth central moment. */
    private record Moments(int n, double mean, double variance, double fourth) {

        static Moments of(List<Double> values) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            double mean = sum / values.size();
            double second = 0;
            double fourth = 0;
            for (double v : values) {
                double d = v - mean;
                second += d * d;
                fourth += d * d * d * d;
            }
            return new Moments(values.size(), mean, second / (values.size() - 1), fourth / values.size());
        }

        /** Standard error of the mean. */
        double meanError() {
            return Math.sqrt(variance / n);
        }

        /** Standard error of the sample variance, sqrt((mu4 - sigma^4) / n) for large n. */
        double varianceError() {
            return Math.sqrt((fourth - variance * variance) / n);
        }
    }

    private static List<RecoParticle> draw(ElectronResponse response, FourVector momentum, int charge, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RecoParticle> kept = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            response.reconstruct(momentum, charge, random).ifPresent(kept::add);
        }
        return kept;
    }

    private static void assertFraction(double expected, int kept, int total) {
        double error = Math.sqrt(expected * (1 - expected) / total);
        assertEquals(expected, (double) kept / total, 4 * error, "kept fraction, 4 binomial standard errors");
    }

    @Test
    void barrelKeptFraction() {
        // Tracking efficiency 0.95 (|eta| <= 1.5, 1 < pt <= 100) times electron efficiency 0.95 (pt > 10).
        assertFraction(0.95 * 0.95, draw(cms, BARREL, -1, 1).size(), DRAWS);
    }

    @Test
    void endcapKeptFraction() {
        // Tracking efficiency 0.83 (1.5 < |eta| <= 2.5) times electron efficiency 0.85.
        FourVector endcap = FourVector.fromPtEtaPhiM(PT, -2.0, -2.0, 0.0);
        assertFraction(0.83 * 0.85, draw(cms, endcap, +1, 2).size(), DRAWS);
    }

    @Test
    void softOrForwardElectronsAreLost() {
        // pt 5 GeV fails "pt > 10" of ElectronEfficiency; eta 3 fails the tracking acceptance |eta| <= 2.5.
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(cms.reconstruct(FourVector.fromPtEtaPhiM(5, 0.3, 1.0, 0), -1, random).isEmpty());
            assertTrue(cms.reconstruct(FourVector.fromPtEtaPhiM(50, 3.0, 1.0, 0), -1, random).isEmpty());
        }
    }

    @Test
    void directionChargeAndMassOfOutput() {
        for (RecoParticle electron : draw(cms, BARREL, -1, 4).subList(0, 1000)) {
            assertEquals(ETA, electron.momentum().eta(), 1e-12);
            assertEquals(PHI, electron.momentum().phi(), 1e-12);
            // Massless: E = |p| (comparing E and p avoids the cancellation in sqrt(E^2 - p^2)).
            assertEquals(electron.momentum().p(), electron.momentum().e(), 1e-12 * electron.momentum().e());
            assertEquals(-1, electron.charge());
            assertEquals(11, electron.pdgId());
        }
        RecoParticle positron = draw(cms, BARREL, +1, 5).get(0);
        assertEquals(+1, positron.charge());
        assertEquals(-11, positron.pdgId());
    }

    @Test
    void energyMatchesSeparateSimulation() {
        // The separate simulation applies the ECal rules to its own log-normal draws with the
        // resolutions typed from the card. It shares no code with the response: no card reader, formula
        // compiler, tower grid or propagator. The efficiencies do not depend on the energy here, so all
        // of its draws count.
        List<Double> reconstructed = new ArrayList<>();
        for (RecoParticle electron : draw(cms, BARREL, -1, 6)) {
            reconstructed.add(electron.momentum().e());
        }
        SplittableRandom random = new SplittableRandom(7);
        List<Double> reference = new ArrayList<>();
        for (int i = 0; i < 2 * DRAWS; i++) {
            reference.add(referenceEnergy(random.nextGaussian(), random.nextGaussian()));
        }

        Moments measured = Moments.of(reconstructed);
        Moments expected = Moments.of(reference);
        double meanTolerance = 4 * Math.hypot(measured.meanError(), expected.meanError());
        double varianceTolerance = 4 * Math.hypot(measured.varianceError(), expected.varianceError());
        assertEquals(expected.mean(), measured.mean(), meanTolerance, "mean energy in GeV");
        assertEquals(expected.variance(), measured.variance(), varianceTolerance, "energy variance in GeV^2");

        // The combination must be narrower than the track alone (3.7 GeV at 52 GeV).
        assertTrue(Math.sqrt(measured.variance()) < TRACK_RESOLUTION * BARREL.e(),
                "width " + Math.sqrt(measured.variance()));
    }

    @Test
    void fixedDrawsGiveHandComputedElectron() {
        // Uniform 0.5 passes both efficiencies (0.5 < 0.95); Gaussian 0 for the track and for the tower.
        ScriptedRandom random = new ScriptedRandom().uniform(0.5).gaussian(0.0).gaussian(0.0).uniform(0.5);
        Optional<RecoParticle> electron = cms.reconstruct(BARREL, -1, random);
        assertTrue(random.exhausted());

        double trackPt = logNormal(PT, TRACK_RESOLUTION * PT, 0.0);
        double trackEnergy = trackPt * Math.cosh(ETA);
        double expectedEnergy = referenceEnergy(0.0, 0.0);
        assertEquals(expectedEnergy, electron.orElseThrow().momentum().e(), 1e-9);
        assertEquals(trackPt * expectedEnergy / trackEnergy, electron.orElseThrow().momentum().pt(), 1e-9);
    }

    @Test
    void drawOrderStopsAtFirstLoss() {
        // 0.96 fails the tracking efficiency 0.95: no Gaussian is drawn.
        ScriptedRandom trackingLoss = new ScriptedRandom().uniform(0.96);
        assertTrue(cms.reconstruct(BARREL, -1, trackingLoss).isEmpty());
        assertTrue(trackingLoss.exhausted());

        // 0.951 fails the electron efficiency 0.95 after the track and tower draws.
        ScriptedRandom identificationLoss =
                new ScriptedRandom().uniform(0.5).gaussian(0.0).gaussian(0.0).uniform(0.951);
        assertTrue(cms.reconstruct(BARREL, -1, identificationLoss).isEmpty());
        assertTrue(identificationLoss.exhausted());
    }

    @Test
    void trackOnlyCardGivesLogNormalPt(@TempDir Path directory) throws IOException {
        // EnergyMin 1e9 zeroes every tower and ResolutionFormula 1e6 GeV gives the zero a weight of
        // 1e-12, so the result is the track: log-normal with mean 50 GeV and width 0.05 * 50 = 2.5 GeV.
        Path file = directory.resolve("track-only.tcl");
        Files.writeString(file, """
                module ParticlePropagator Propagator { set Radius 1.29; set HalfLength 3.0; set Bz 3.8 }
                module Efficiency Tracking { set EfficiencyFormula {1.0} }
                module MomentumSmearing Smearing { set ResolutionFormula {0.05} }
                module SimpleCalorimeter Calo {
                  add EtaPhiBins {-3 0 3} {-3.2 0 3.2}
                  set EnergyMin 1.0e9
                  set EnergySignificanceMin 2.0
                  set ResolutionFormula {1.0e6}
                }
                module Efficiency Identification { set EfficiencyFormula {1.0} }
                """);
        ElectronResponse trackOnly = ElectronResponse.fromCard(DelphesCard.read(file),
                new ElectronModuleNames("Propagator", "Tracking", "Smearing", "Calo", "Identification"));

        List<Double> pts = new ArrayList<>();
        for (RecoParticle electron : draw(trackOnly, BARREL, -1, 8)) {
            pts.add(electron.momentum().pt());
        }
        assertEquals(DRAWS, pts.size(), "efficiency 1 keeps every electron");
        Moments moments = Moments.of(pts);
        assertEquals(50.0, moments.mean(), 4 * moments.meanError(), "mean pt in GeV");
        assertEquals(2.5 * 2.5, moments.variance(), 4 * moments.varianceError(), "pt variance in GeV^2");
    }

    @Test
    void missingModuleNamed() throws IOException {
        DelphesCard card = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        ElectronModuleNames names = new ElectronModuleNames("ParticlePropagator", "ElectronTrackingEfficiency",
                "ElectronMomentumSmearing", "ECAL", "ElectronEfficiency");
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ElectronResponse.fromCard(card, names));
        assertTrue(error.getMessage().contains("no module named 'ECAL'"), error.getMessage());
        assertTrue(error.getMessage().contains("ECal"), error.getMessage());
    }

    @Test
    void invalidFormulaNamesCardLine(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bad.tcl");
        Files.writeString(file, """
                module ParticlePropagator ParticlePropagator { set Bz 3.8 }
                module Efficiency ElectronTrackingEfficiency {
                  set EfficiencyFormula {0.9 * (pt > 1) * bogus}
                }
                module MomentumSmearing ElectronMomentumSmearing { }
                module SimpleCalorimeter ECal { add EtaPhiBins {-3 3} {-3.2 3.2} }
                module Efficiency ElectronEfficiency { }
                """);
        DelphesCard card = DelphesCard.read(file);
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ElectronResponse.fromCard(card));
        assertTrue(error.getMessage().startsWith(file + ":3: invalid EfficiencyFormula of module "
                + "'ElectronTrackingEfficiency': unknown identifier 'bogus'"), error.getMessage());
    }

    @Test
    void rejectsNonElectrons() {
        Particle muon = new Particle(13, 1, 0, 0, 0, 0, BARREL, 0.1057, 0, 9);
        assertThrows(IllegalArgumentException.class, () -> cms.reconstruct(muon, new SplittableRandom(9)));
        assertThrows(IllegalArgumentException.class, () -> cms.reconstruct(BARREL, 0, new SplittableRandom(9)));
    }
}
