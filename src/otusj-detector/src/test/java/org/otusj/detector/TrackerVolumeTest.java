package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.otusj.core.event.FourVector;

/**
 * Exit points of the CMS tracker volume (radius 1.29 m, half-length 3.00 m, Bz 3.8 T) against a
 * step-by-step integration of the Lorentz force, which shares no formula with the helix solution.
 */
class TrackerVolumeTest {

    private static final double RADIUS = 1.29;
    private static final double HALF_LENGTH = 3.00;
    private static final double BZ = 3.8;

    private final TrackerVolume volume = new TrackerVolume(RADIUS, HALF_LENGTH, BZ);

    /**
     * Integrates du/ds = (0.299792458 q Bz / |p|) (u x z-hat) with fourth-order Runge-Kutta from the
     * origin until the track leaves the cylinder, and interpolates the last step to the surface. The
     * force law is the Lorentz force F = q v x B with B along +z; 0.299792458 converts GeV, T and m.
     */
    private static double[] integrateExit(FourVector momentum, double charge) {
        double p = momentum.p();
        double k = 0.299792458 * charge * BZ / p;
        double[] state = {0, 0, 0, momentum.px() / p, momentum.py() / p, momentum.pz() / p};
        double step = 2.0e-5;
        while (true) {
            double[] next = rungeKuttaStep(state, k, step);
            boolean outside = Math.hypot(next[0], next[1]) >= RADIUS || Math.abs(next[2]) >= HALF_LENGTH;
            if (!outside) {
                state = next;
                continue;
            }
            // Bisect the last step to find the surface crossing.
            double low = 0;
            double high = step;
            for (int i = 0; i < 60; i++) {
                double middle = 0.5 * (low + high);
                double[] trial = rungeKuttaStep(state, k, middle);
                if (Math.hypot(trial[0], trial[1]) >= RADIUS || Math.abs(trial[2]) >= HALF_LENGTH) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            return rungeKuttaStep(state, k, high);
        }
    }

    private static double[] derivative(double[] s, double k) {
        // u x z-hat = (uy, -ux, 0)
        return new double[] {s[3], s[4], s[5], k * s[4], -k * s[3], 0};
    }

    private static double[] rungeKuttaStep(double[] s, double k, double h) {
        double[] k1 = derivative(s, k);
        double[] k2 = derivative(add(s, k1, h / 2), k);
        double[] k3 = derivative(add(s, k2, h / 2), k);
        double[] k4 = derivative(add(s, k3, h), k);
        double[] result = new double[6];
        for (int i = 0; i < 6; i++) {
            result[i] = s[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return result;
    }

    private static double[] add(double[] s, double[] d, double h) {
        double[] result = new double[6];
        for (int i = 0; i < 6; i++) {
            result[i] = s[i] + h * d[i];
        }
        return result;
    }

    private void assertMatchesIntegration(FourVector momentum, double charge) {
        TrackerVolume.ExitPoint exit = volume.exitPoint(momentum, charge);
        assertNotNull(exit);
        double[] reference = integrateExit(momentum, charge);
        assertEquals(reference[0], exit.x(), 1e-6, "x in m");
        assertEquals(reference[1], exit.y(), 1e-6, "y in m");
        assertEquals(reference[2], exit.z(), 1e-6, "z in m");
    }

    @Test
    void highPtElectronLeavesThroughBarrel() {
        FourVector momentum = FourVector.fromPtEtaPhiM(50, 0.3, 1.0, 0.000511);
        assertMatchesIntegration(momentum, -1);
        TrackerVolume.ExitPoint exit = volume.exitPoint(momentum, -1);
        assertEquals(RADIUS, Math.hypot(exit.x(), exit.y()), 1e-12);
    }

    @Test
    void lowPtPositronCurvesToBarrel() {
        // Curvature radius 2 / (0.2998 * 3.8) = 1.76 m; it reaches r = 1.29 m at |z| of about 2 m.
        assertMatchesIntegration(FourVector.fromPtEtaPhiM(2, 1.2, -2.5, 0.000511), +1);
    }

    @Test
    void looperLeavesThroughEndcap() {
        // Curvature radius 0.44 m: the circle (diameter 0.88 m) never reaches 1.29 m, so the track turns
        // by more than pi before it reaches z = 3 m.
        FourVector momentum = FourVector.fromPtEtaPhiM(0.5, 1.0, 0.2, 0.000511);
        assertMatchesIntegration(momentum, -1);
        assertEquals(HALF_LENGTH, volume.exitPoint(momentum, -1).z(), 0.0);
    }

    @Test
    void forwardElectronLeavesThroughEndcap() {
        FourVector momentum = FourVector.fromPtEtaPhiM(50, -2.4, 0.0, 0.000511);
        assertMatchesIntegration(momentum, +1);
        assertEquals(-HALF_LENGTH, volume.exitPoint(momentum, +1).z(), 0.0);
    }

    @Test
    void neutralParticleKeepsItsDirection() {
        FourVector momentum = FourVector.fromPtEtaPhiM(10, 0.5, 0.3, 0);
        TrackerVolume.ExitPoint exit = volume.exitPoint(momentum, 0);
        assertEquals(0.5, exit.eta(), 1e-12);
        assertEquals(0.3, exit.phi(), 1e-12);
        assertEquals(RADIUS, Math.hypot(exit.x(), exit.y()), 1e-12);

        TrackerVolume.ExitPoint forward = volume.exitPoint(FourVector.fromPtEtaPhiM(10, 3.0, -1.0, 0), 0);
        assertEquals(HALF_LENGTH, forward.z(), 0.0);
        assertEquals(3.0, forward.eta(), 1e-12);
    }

    @Test
    void particlesThatNeverLeave() {
        // Transverse looper with no momentum along the beam.
        assertNull(volume.exitPoint(new FourVector(0.3, 0, 0, 0.3), -1));
        // pt^2 below 1e-9 GeV^2.
        assertNull(volume.exitPoint(new FourVector(1e-5, 0, 10, 10), -1));
    }

    @Test
    void volumeTooSmallRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TrackerVolume(0.001, 3.0, 3.8));
    }
}
