package org.otusj.detector.decay;

import java.util.random.RandomGenerator;

/**
 * A relativistic Breit-Wigner mass distribution with a fixed width, truncated to a mass window.
 *
 * <p>The density in the squared mass s = m^2 is proportional to 1 / ((s - M^2)^2 + M^2 Gamma^2), the
 * squared propagator of a resonance of mass M and total width Gamma. The density in m is that times
 * 2 m. No phase-space or matrix-element factor of the decay that produces the resonance is applied.
 *
 * <p>Sampling inverts the cumulative distribution: with t = arctan((s - M^2) / (M Gamma)) the density is
 * flat in t, so a uniform t between the values at the window edges gives s = M^2 + M Gamma tan(t).
 *
 * <p>NOTE: the PDG quotes the W width as the parameter of a Breit-Wigner with mass-dependent width,
 * Gamma(s) = Gamma s / M^2. That shape equals a fixed-width one with mass M / sqrt(1 + Gamma^2 / M^2),
 * so with the same M and Gamma the fixed-width shape used here sits higher by about Gamma^2 / (2 M),
 * 27 MeV for the W.
 */
final class RelativisticBreitWigner {

    private final double mass;
    private final double width;

    /**
     * @param mass pole mass M in GeV, positive
     * @param width total width Gamma in GeV, positive
     * @throws IllegalArgumentException if either is not a positive finite number
     */
    RelativisticBreitWigner(double mass, double width) {
        if (!(mass > 0.0) || !(width > 0.0) || Double.isInfinite(mass) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("Breit-Wigner mass and width must be positive and finite, found mass "
                    + mass + " GeV and width " + width + " GeV");
        }
        this.mass = mass;
        this.width = width;
    }

    /** Pole mass in GeV. */
    double mass() {
        return mass;
    }

    /** Total width in GeV. */
    double width() {
        return width;
    }

    /**
     * Draws a mass in [minMass, maxMass] from one uniform number.
     *
     * @param minMass lower end of the window in GeV, not negative
     * @param maxMass upper end of the window in GeV, above {@code minMass}
     * @return a mass in GeV inside the window
     * @throws IllegalArgumentException if the window is empty or negative
     */
    double sample(double minMass, double maxMass, RandomGenerator random) {
        if (!(minMass >= 0.0) || !(maxMass > minMass) || Double.isInfinite(maxMass)) {
            throw new IllegalArgumentException("Breit-Wigner window must satisfy 0 <= min < max < infinity, found ["
                    + minMass + ", " + maxMass + "] GeV");
        }
        double massWidth = mass * width;
        double lowAngle = Math.atan((minMass * minMass - mass * mass) / massWidth);
        double highAngle = Math.atan((maxMass * maxMass - mass * mass) / massWidth);

        double angle = lowAngle + random.nextDouble() * (highAngle - lowAngle);
        double squaredMass = mass * mass + massWidth * Math.tan(angle);

        // Rounding in tan() can step slightly outside the window, so the result is clamped to its edges.
        double drawn = Math.sqrt(Math.max(squaredMass, 0.0));
        return Math.min(Math.max(drawn, minMass), maxMass);
    }
}
