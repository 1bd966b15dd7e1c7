package org.otusj.detector.decay;

import java.util.function.DoubleUnaryOperator;

/**
 * Numerical moments of the fixed-width relativistic Breit-Wigner density in m,
 * 2 m / ((m^2 - M^2)^2 + M^2 Gamma^2), truncated to a window, by Simpson's rule. Tests compare sampled
 * masses with these.
 */
final class BreitWignerIntegrals {

    private static final int INTERVALS = 400_000;

    private final double mass;
    private final double width;
    private final double low;
    private final double high;
    private final double norm;

    /**
     * @param mass pole mass in GeV
     * @param width width in GeV
     * @param low lower end of the window in GeV
     * @param high upper end of the window in GeV
     */
    BreitWignerIntegrals(double mass, double width, double low, double high) {
        this.mass = mass;
        this.width = width;
        this.low = low;
        this.high = high;
        this.norm = integrate(m -> 1.0, low, high);
    }

    /** Unnormalised density at m. */
    double density(double m) {
        double offShell = m * m - mass * mass;
        return 2.0 * m / (offShell * offShell + mass * mass * width * width);
    }

    /** Expectation of f(m) over the window. */
    double expectation(DoubleUnaryOperator f) {
        return integrate(f, low, high) / norm;
    }

    /** Probability that m falls in [from, to], a part of the window. */
    double probability(double from, double to) {
        return integrate(m -> 1.0, from, to) / norm;
    }

    private double integrate(DoubleUnaryOperator f, double from, double to) {
        double step = (to - from) / INTERVALS;
        double sum = f.applyAsDouble(from) * density(from) + f.applyAsDouble(to) * density(to);
        for (int i = 1; i < INTERVALS; i++) {
            double m = from + i * step;
            sum += (i % 2 == 1 ? 4.0 : 2.0) * f.applyAsDouble(m) * density(m);
        }
        return sum * step / 3.0;
    }
}
