package org.otusj.detector.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The truncated Breit-Wigner sampler against moments of its density integrated numerically in the test
 * ({@link BreitWignerIntegrals}), with tolerances of 4 standard errors of the sample size.
 */
class RelativisticBreitWignerTest {

    // PDG 2022 W mass and width, and the window of a W from a 173 GeV top with a 4.7 GeV b quark.
    private static final double MASS = 80.377;
    private static final double WIDTH = 2.085;
    private static final double MAX_MASS = 173.0 - 4.7;
    private static final int DRAWS = 200_000;

    private static double[] sample(double low, double high, long seed) {
        RelativisticBreitWigner breitWigner = new RelativisticBreitWigner(MASS, WIDTH);
        SplittableRandom random = new SplittableRandom(seed);
        double[] masses = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            masses[i] = breitWigner.sample(low, high, random);
        }
        return masses;
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    @Test
    void meanAndVarianceMatchDensity() {
        BreitWignerIntegrals density = new BreitWignerIntegrals(MASS, WIDTH, 0.0, MAX_MASS);
        double mean = density.expectation(m -> m);
        double variance = density.expectation(m -> (m - mean) * (m - mean));
        double fourth = density.expectation(m -> Math.pow(m - mean, 4));

        double[] masses = sample(0.0, MAX_MASS, 11);
        double sampleMean = mean(masses);
        double sampleVariance = 0.0;
        for (double m : masses) {
            sampleVariance += (m - sampleMean) * (m - sampleMean) / (DRAWS - 1);
        }

        // Standard error of the mean sigma / sqrt(N); of the variance sqrt((mu4 - sigma^4) / N).
        assertEquals(mean, sampleMean, 4.0 * Math.sqrt(variance / DRAWS), "mean W mass in GeV");
        assertEquals(variance, sampleVariance, 4.0 * Math.sqrt((fourth - variance * variance) / DRAWS),
                "variance of the W mass in GeV^2");
    }

    @Test
    void peakFractionsMatchDensity() {
        BreitWignerIntegrals density = new BreitWignerIntegrals(MASS, WIDTH, 0.0, MAX_MASS);
        double[] masses = sample(0.0, MAX_MASS, 12);

        // The shares within half a width and within two widths of the pole test the width of the line shape.
        for (double halfWindow : new double[] {0.5 * WIDTH, 2.0 * WIDTH}) {
            double low = MASS - halfWindow;
            double high = MASS + halfWindow;
            double expected = density.probability(low, high);
            int inside = 0;
            for (double m : masses) {
                if (m > low && m < high) {
                    inside++;
                }
            }
            double fraction = (double) inside / DRAWS;
            assertEquals(expected, fraction, 4.0 * Math.sqrt(expected * (1 - expected) / DRAWS),
                    "fraction within " + halfWindow + " GeV of the pole");
        }
    }

    @Test
    void samplesStayInsideWindow() {
        for (double[] window : new double[][] {{79.0, 81.0}, {0.0, 40.0}, {100.0, 168.3}}) {
            double[] masses = sample(window[0], window[1], 13);
            for (double m : masses) {
                assertTrue(m >= window[0] && m <= window[1], m + " GeV outside " + window[0] + " to " + window[1]);
            }
        }
    }

    @Test
    void lowWindowFollowsRisingTail() {
        // Below the pole the density rises towards the window's upper end, and the mean must follow it.
        BreitWignerIntegrals density = new BreitWignerIntegrals(MASS, WIDTH, 0.0, 60.0);
        double mean = density.expectation(m -> m);
        double variance = density.expectation(m -> (m - mean) * (m - mean));

        double sampleMean = mean(sample(0.0, 60.0, 14));
        assertEquals(mean, sampleMean, 4.0 * Math.sqrt(variance / DRAWS));
    }

    @Test
    void invalidParametersRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RelativisticBreitWigner(0.0, 2.0));
        assertThrows(IllegalArgumentException.class, () -> new RelativisticBreitWigner(80.0, -1.0));
        assertThrows(IllegalArgumentException.class, () -> new RelativisticBreitWigner(Double.NaN, 2.0));

        RelativisticBreitWigner breitWigner = new RelativisticBreitWigner(MASS, WIDTH);
        SplittableRandom random = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> breitWigner.sample(50.0, 50.0, random));
        assertThrows(IllegalArgumentException.class, () -> breitWigner.sample(-1.0, 50.0, random));
        assertThrows(IllegalArgumentException.class, () -> breitWigner.sample(60.0, 50.0, random));
    }
}
