package org.otusj.detector.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.FourVector;
import org.otusj.detector.ScriptedRandom;

/** Isotropic two-body decays: hand-computed kinematics, conservation and isotropy. */
class TwoBodyDecayTest {

    // Chi-square of 9 degrees of freedom exceeded with probability 0.001.
    private static final double CHI2_9_DOF_AT_0_001 = 27.877;

    @Test
    void breakupMomentumHandValues() {
        // Massless daughters share the mass: p = M / 2.
        assertEquals(5.0, TwoBodyDecay.breakupMomentum(10.0, 0.0, 0.0), 1e-12);
        // M = 5, m1 = 3, m2 = 0: p = (M^2 - m1^2) / (2 M) = 16 / 10.
        assertEquals(1.6, TwoBodyDecay.breakupMomentum(5.0, 3.0, 0.0), 1e-12);
        // t -> W b at rest: E_W = (M^2 + mW^2 - mb^2) / (2 M), p = sqrt(E_W^2 - mW^2).
        double energyW = (173.0 * 173.0 + 80.377 * 80.377 - 4.7 * 4.7) / (2 * 173.0);
        assertEquals(Math.sqrt(energyW * energyW - 80.377 * 80.377),
                TwoBodyDecay.breakupMomentum(173.0, 80.377, 4.7), 1e-9);
    }

    @Test
    void parentAtRestScriptedDirection() {
        FourVector parent = new FourVector(0, 0, 0, 10.0);
        // u1 = 0.5 gives cos(theta) = 0, u2 = 0 gives phi = 0: the first daughter flies along +x.
        TwoBodyDecay.Daughters along = TwoBodyDecay.decay(parent, 0.0, 0.0,
                new ScriptedRandom().uniform(0.5).uniform(0.0));
        assertVector(new FourVector(5, 0, 0, 5), along.first(), 1e-12);
        assertVector(new FourVector(-5, 0, 0, 5), along.second(), 1e-12);

        // u1 = 0.75 gives cos(theta) = 0.5, u2 = 0.25 gives phi = pi / 2: direction (0, sqrt(3) / 2, 1 / 2).
        TwoBodyDecay.Daughters tilted = TwoBodyDecay.decay(parent, 0.0, 0.0,
                new ScriptedRandom().uniform(0.75).uniform(0.25));
        assertVector(new FourVector(0, 5 * Math.sqrt(3) / 2, 2.5, 5), tilted.first(), 1e-12);
    }

    @Test
    void movingParentBoostsByRapidity() {
        // Parent of mass 10 with rapidity Y along z: a rest-frame daughter (p, 0, 0, E*) becomes
        // (p, 0, E* sinh Y, E* cosh Y). Massless daughters: p = E* = 5.
        double rapidity = 1.3;
        FourVector alongZ = new FourVector(0, 0, 10 * Math.sinh(rapidity), 10 * Math.cosh(rapidity));
        TwoBodyDecay.Daughters daughters = TwoBodyDecay.decay(alongZ, 0.0, 0.0,
                new ScriptedRandom().uniform(0.5).uniform(0.0));
        assertVector(new FourVector(5, 0, 5 * Math.sinh(rapidity), 5 * Math.cosh(rapidity)), daughters.first(), 1e-9);

        // Parent moving along x, daughter along +y in the rest frame (phi = pi / 2): x gets E* sinh Y.
        FourVector alongX = new FourVector(10 * Math.sinh(rapidity), 0, 0, 10 * Math.cosh(rapidity));
        daughters = TwoBodyDecay.decay(alongX, 0.0, 0.0, new ScriptedRandom().uniform(0.5).uniform(0.25));
        assertVector(new FourVector(5 * Math.sinh(rapidity), 5, 0, 5 * Math.cosh(rapidity)), daughters.first(), 1e-9);
    }

    @Test
    void conservesFourMomentumAndMasses() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 10_000; trial++) {
            double mass = 100 + 100 * random.nextDouble();
            double p = 2000 * random.nextDouble();
            double cosTheta = 2 * random.nextDouble() - 1;
            double phi = 2 * Math.PI * random.nextDouble();
            double sinTheta = Math.sqrt(1 - cosTheta * cosTheta);
            FourVector parent = FourVector.fromMomentumAndMass(p * sinTheta * Math.cos(phi),
                    p * sinTheta * Math.sin(phi), p * cosTheta, mass);

            TwoBodyDecay.Daughters daughters = TwoBodyDecay.decay(parent, 80.377, 4.7, random);

            RestFrame.assertConserved(parent, daughters.first(), daughters.second(), 1e-9, "trial " + trial);
            double scale2 = parent.e() * parent.e();
            assertEquals(80.377 * 80.377, daughters.first().mass2(), 1e-9 * scale2, "first daughter mass^2");
            assertEquals(4.7 * 4.7, daughters.second().mass2(), 1e-9 * scale2, "second daughter mass^2");
        }
    }

    @Test
    void isotropicInRestFrame() {
        // A parent boosted in a fixed oblique direction. The first daughter is taken back to the rest frame
        // with the test's own boost, where its direction must be flat in cos(theta) and phi.
        FourVector parent = FourVector.fromMomentumAndMass(150.0, -220.0, 310.0, 173.0);
        SplittableRandom random = new SplittableRandom(22);
        int draws = 100_000;
        int[] cosBins = new int[10];
        int[] phiBins = new int[10];
        double sumCos = 0.0;
        for (int i = 0; i < draws; i++) {
            TwoBodyDecay.Daughters daughters = TwoBodyDecay.decay(parent, 80.377, 4.7, random);
            FourVector rest = RestFrame.of(daughters.first(), parent);
            double cosTheta = rest.pz() / rest.p();
            double phi = Math.atan2(rest.py(), rest.px()) + Math.PI;
            cosBins[Math.min(9, (int) ((cosTheta + 1) * 5))]++;
            phiBins[Math.min(9, (int) (phi / (2 * Math.PI) * 10))]++;
            sumCos += cosTheta;
        }

        assertTrue(chiSquare(cosBins, draws) < CHI2_9_DOF_AT_0_001, "cos(theta) not flat: chi2 " + chiSquare(cosBins,
                draws));
        assertTrue(chiSquare(phiBins, draws) < CHI2_9_DOF_AT_0_001, "phi not flat: chi2 " + chiSquare(phiBins, draws));
        // A flat cos(theta) has mean 0 and variance 1/3.
        assertEquals(0.0, sumCos / draws, 4.0 * Math.sqrt(1.0 / 3.0 / draws), "mean cos(theta)");
    }

    @Test
    void forbiddenDecayRejected() {
        FourVector parent = new FourVector(0, 0, 0, 80.0);
        SplittableRandom random = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> TwoBodyDecay.decay(parent, 80.377, 4.7, random));
        assertThrows(IllegalArgumentException.class, () -> TwoBodyDecay.decay(parent, -1.0, 0.0, random));
    }

    private static double chiSquare(int[] counts, int total) {
        double expected = (double) total / counts.length;
        double chi2 = 0.0;
        for (int count : counts) {
            chi2 += (count - expected) * (count - expected) / expected;
        }
        return chi2;
    }

    private static void assertVector(FourVector expected, FourVector actual, double tolerance) {
        assertEquals(expected.px(), actual.px(), tolerance, "px");
        assertEquals(expected.py(), actual.py(), tolerance, "py");
        assertEquals(expected.pz(), actual.pz(), tolerance, "pz");
        assertEquals(expected.e(), actual.e(), tolerance, "E");
    }
}
