package org.otusj.detector;

import java.util.random.RandomGenerator;

/**
 * The log-normal smearing of Delphes 3 (the LogNormal methods of MomentumSmearing and
 * SimpleCalorimeter): a draw whose mean and standard deviation are the given mean and sigma.
 */
final class LogNormal {

    private LogNormal() {
    }

    /**
     * Draws exp(a + b z) with z standard normal, b = sqrt(ln(1 + sigma^2 / mean^2)) and
     * a = ln(mean) - b^2 / 2, so that the result has expectation {@code mean} and standard deviation
     * {@code |sigma|}. A mean that is not positive gives 0 without drawing, as in Delphes.
     *
     * @param mean expectation, in the unit of the result (GeV)
     * @param sigma standard deviation, same unit
     */
    static double draw(double mean, double sigma, RandomGenerator random) {
        if (!(mean > 0.0)) {
            return 0.0;
        }
        double b = Math.sqrt(Math.log(1.0 + (sigma * sigma) / (mean * mean)));
        double a = Math.log(mean) - 0.5 * b * b;
        return Math.exp(a + b * random.nextGaussian());
    }
}
