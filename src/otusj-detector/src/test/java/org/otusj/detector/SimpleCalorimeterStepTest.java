package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/**
 * The CMS ECal step with fixed Gaussian draws, against values computed from the card text. The tower at
 * eta 0.3 spans the barrel edges 17 * 0.0174 and 18 * 0.0174, so its centre is 0.3045. The barrel
 * resolution is (1 + 0.64 eta^2) sqrt(E^2 0.008^2 + E 0.11^2 + 0.40^2) GeV, with EnergyMin 0.5 GeV and
 * EnergySignificanceMin 2.
 */
class SimpleCalorimeterStepTest {

    private static final double ETA = 0.3;
    private static final double PHI = 1.0;
    private static final double TOWER_ETA = 0.5 * (17 * 0.0174 + 18 * 0.0174);

    private static SimpleCalorimeterStep ecal;

    @BeforeAll
    static void readCard() throws IOException {
        DelphesCard card = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        ecal = SimpleCalorimeterStep.fromModule(card.module("ECal").orElseThrow());
    }

    /** Returns the barrel ECal resolution of the card in GeV, typed from its text. */
    private static double sigma(double energy) {
        return (1 + 0.64 * TOWER_ETA * TOWER_ETA)
                * Math.sqrt(energy * energy * 0.008 * 0.008 + energy * 0.11 * 0.11 + 0.40 * 0.40);
    }

    /** Returns the log-normal value with mean m and standard deviation s for the standard normal value z. */
    private static double logNormal(double m, double s, double z) {
        double b = Math.sqrt(Math.log(1 + s * s / (m * m)));
        return m * Math.exp(-0.5 * b * b + b * z);
    }

    @Test
    void towerCentreUsedForResolution() {
        assertEquals(TOWER_ETA, ecal.towerAt(ETA, PHI).etaCenter(), 1e-15);
    }

    @Test
    void trackAndCaloCombined() {
        // Particle 50 GeV, track 52 GeV with 7 % resolution, calorimeter draw z = 0.
        double calo = logNormal(50, sigma(50), 0.0);
        double trackSigma = 0.07 * 52;
        double caloSigma = sigma(calo);
        // The excess max(calo - 52, 0) is 0, so the energies are combined with inverse-variance weights.
        double best = (52 / (trackSigma * trackSigma) + calo / (caloSigma * caloSigma))
                / (1 / (trackSigma * trackSigma) + 1 / (caloSigma * caloSigma));

        ScriptedRandom random = new ScriptedRandom().gaussian(0.0);
        OptionalDouble scale = ecal.trackScale(11, 50, 52, 0.07, ETA, PHI, random);
        assertEquals(best / 52, scale.orElseThrow(), 1e-12);
        assertTrue(random.exhausted());
    }

    @Test
    void smallExcessStillCombined() {
        // Particle 52 GeV, track 50 GeV: the excess of about 2 GeV is above EnergyMin but its
        // significance 2 / sqrt(3.5^2 + 1.1^2) = 0.5 is below 2.
        double calo = logNormal(52, sigma(52), 0.0);
        double trackSigma = 0.07 * 50;
        double caloSigma = sigma(calo);
        assertTrue(calo - 50 > 0.5);
        assertTrue((calo - 50) / Math.hypot(trackSigma, caloSigma) < 2);
        double best = (50 / (trackSigma * trackSigma) + calo / (caloSigma * caloSigma))
                / (1 / (trackSigma * trackSigma) + 1 / (caloSigma * caloSigma));

        OptionalDouble scale = ecal.trackScale(-11, 52, 50, 0.07, ETA, PHI, new ScriptedRandom().gaussian(0.0));
        assertEquals(best / 50, scale.orElseThrow(), 1e-12);
    }

    @Test
    void significantExcessKeepsTrack() {
        // Particle 60 GeV, track 50 GeV, draw z = +1: the calorimeter gives about 61.2 GeV, an excess of
        // 11.2 GeV with significance 11.2 / sqrt(3.5^2 + 1.2^2) = 3.0 > 2, so the track is not rescaled.
        double calo = logNormal(60, sigma(60), 1.0);
        assertTrue((calo - 50) / Math.hypot(0.07 * 50, sigma(calo)) > 2);

        OptionalDouble scale = ecal.trackScale(11, 60, 50, 0.07, ETA, PHI, new ScriptedRandom().gaussian(1.0));
        assertEquals(1.0, scale.orElseThrow(), 0.0);
    }

    @Test
    void caloBelowEnergyMinZeroed() {
        // Particle 0.3 GeV, track 0.31 GeV with 3 % resolution: the smeared calorimeter energy (about
        // 0.17 GeV for z = 0) is below EnergyMin = 0.5 and set to 0, but its sigma, taken at the smeared
        // energy before zeroing, still weights the zero into the mean.
        double calo = logNormal(0.3, sigma(0.3), 0.0);
        assertTrue(calo < 0.5);
        double trackSigma = 0.03 * 0.31;
        double caloSigma = sigma(calo);
        double weightTrack = 1 / (trackSigma * trackSigma);
        double weightCalo = 1 / (caloSigma * caloSigma);
        double best = weightTrack * 0.31 / (weightTrack + weightCalo);

        OptionalDouble scale = ecal.trackScale(11, 0.3, 0.31, 0.03, ETA, PHI, new ScriptedRandom().gaussian(0.0));
        assertEquals(best / 0.31, scale.orElseThrow(), 1e-12);
    }

    @Test
    void outsideGridLosesTrackWithoutDrawing() {
        ScriptedRandom random = new ScriptedRandom();
        assertTrue(ecal.trackScale(11, 50, 50, 0.07, 5.5, PHI, random).isEmpty());
    }

    @Test
    void energyFractionsFromCard() {
        // add EnergyFraction {0} {0.0}, {11} {1.0}, {13} {0.0}, {310} {0.3}; unlisted ids take the {0} entry.
        assertEquals(1.0, ecal.fractionOf(-11), 0.0);
        assertEquals(0.0, ecal.fractionOf(13), 0.0);
        assertEquals(0.3, ecal.fractionOf(310), 0.0);
        assertEquals(0.0, ecal.fractionOf(211), 0.0);
    }

    @Test
    void zeroFractionPassesTrackWithoutDrawing(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("card.tcl");
        Files.writeString(file, """
                module SimpleCalorimeter Cal {
                  set EtaPhiBins {}
                  add EtaPhiBins {-1 0 1} {-3.2 0 3.2}
                  add EnergyFraction {11} {0.0}
                  set ResolutionFormula {0.1 * energy}
                }
                """);
        SimpleCalorimeterStep step = SimpleCalorimeterStep.fromModule(DelphesCard.read(file).module("Cal").orElseThrow());
        assertEquals(1.0, step.trackScale(11, 50, 40, 0.05, 0.5, 1.0, new ScriptedRandom()).orElseThrow(), 0.0);
    }

    @Test
    void missingBinsNamed(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("card.tcl");
        Files.writeString(file, "module SimpleCalorimeter Cal {\n  set EnergyMin 1\n}\n");
        DelphesCard card = DelphesCard.read(file);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SimpleCalorimeterStep.fromModule(card.module("Cal").orElseThrow()));
        assertTrue(error.getMessage().contains("module 'Cal' (SimpleCalorimeter) has no parameter 'EtaPhiBins'"),
                error.getMessage());
    }
}
