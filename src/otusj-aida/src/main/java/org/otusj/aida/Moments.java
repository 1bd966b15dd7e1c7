package org.otusj.aida;

/**
 * Weighted means and RMS from running sums, and the comparison of stored doubles that the {@code equals}
 * methods of the histogram classes use.
 */
final class Moments {

    private Moments() {
    }

    /**
     * Returns the weighted mean origin + sum(w dx) / sum(w), where dx is x minus {@code origin}; NaN when
     * the weights sum to zero.
     */
    static double mean(double origin, double sumW, double sumWDx) {
        if (sumW == 0) {
            return Double.NaN;
        }
        return origin + sumWDx / sumW;
    }

    /**
     * Returns the weighted RMS about the weighted mean from sums of w, w dx and w dx^2, where dx is x minus
     * any fixed origin; NaN when the weights sum to zero.
     */
    static double rms(double sumW, double sumWDx, double sumWDx2) {
        if (sumW == 0) {
            return Double.NaN;
        }
        double meanDx = sumWDx / sumW;
        double variance = sumWDx2 / sumW - meanDx * meanDx;

        // Cancellation for nearly equal values, or negative weights, can leave a negative variance.
        return variance > 0 ? Math.sqrt(variance) : 0.0;
    }

    /**
     * Returns sum(w dx) about {@code origin} for a weighted mean read from a file; 0 when the mean is NaN
     * (no weight), because the file then keeps nothing of the first moment.
     */
    static double firstMoment(double origin, double sumW, double mean) {
        if (Double.isNaN(mean)) {
            return 0.0;
        }
        return (mean - origin) * sumW;
    }

    /** Returns sum(w dx^2) about {@code origin} for a weighted mean and RMS read from a file. */
    static double secondMoment(double origin, double sumW, double mean, double rms) {
        if (Double.isNaN(mean) || Double.isNaN(rms)) {
            return 0.0;
        }
        double meanDx = mean - origin;
        return sumW * (rms * rms + meanDx * meanDx);
    }

    /** Returns true if {@code a} and {@code b} are the same double; NaN equals NaN, 0.0 differs from -0.0. */
    static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
