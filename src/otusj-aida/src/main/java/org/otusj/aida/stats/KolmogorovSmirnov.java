package org.otusj.aida.stats;

import java.util.Arrays;

/**
 * The two-sample Kolmogorov-Smirnov test: the distance D = sup_x |F_a(x) - F_b(x)| between the
 * empirical cumulative distribution functions of two unbinned samples, and its asymptotic p-value.
 *
 * <p>D is computed as {@code scipy.stats.ks_2samp(a, b).statistic} (SciPy 1.10) computes it: both
 * empirical CDFs are evaluated after all copies of each distinct value, so tied values, within or across
 * the samples, are handled exactly.
 */
public final class KolmogorovSmirnov {

    /** Largest number of series terms; both series below converge in far fewer. */
    private static final int MAX_TERMS = 100;

    /** Below this lambda the theta-function series of the CDF converges faster than the alternating one. */
    private static final double SERIES_SWITCH = 1.0;

    private KolmogorovSmirnov() {
    }

    /**
     * Returns the two-sample distance D in [0, 1]. The inputs are not modified.
     *
     * @throws IllegalArgumentException if a sample is empty or contains NaN
     */
    public static double distance(double[] a, double[] b) {
        double[] x = sortedCopy(a, "a");
        double[] y = sortedCopy(b, "b");
        int n = x.length;
        int m = y.length;

        // Walk the distinct values in increasing order. After all copies of a value in both samples are
        // passed, i/n and j/m are the two empirical CDFs at that value.
        int i = 0;
        int j = 0;
        double d = 0.0;
        while (i < n && j < m) {
            double value = Math.min(x[i], y[j]);
            while (i < n && x[i] == value) {
                i++;
            }
            while (j < m && y[j] == value) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / n - (double) j / m));
        }

        // Once one sample is used up, its CDF is 1 and the gap only shrinks as the other catches up.
        return d;
    }

    /**
     * Returns the asymptotic two-sided p-value of distance {@code d} between samples of sizes {@code
     * sizeA} and {@code sizeB}: the Kolmogorov survival function at lambda = sqrt(n_e) d with n_e =
     * sizeA sizeB / (sizeA + sizeB), as {@code scipy.stats.kstwobign.sf(lambda)} returns it.
     *
     * <p>NOTE: this limit is accurate for large samples only, roughly n_e above 50. For smaller samples
     * {@code scipy.stats.ks_2samp} uses an exact method, and even its {@code method="asymp"} uses the
     * finite-n distribution {@code kstwo} with n = round(n_e), so its p-values differ from this one.
     *
     * @throws IllegalArgumentException if {@code d} is outside [0, 1] or a size is below 1
     */
    public static double asymptoticPValue(double d, int sizeA, int sizeB) {
        if (!(d >= 0.0 && d <= 1.0)) {
            throw new IllegalArgumentException("Kolmogorov-Smirnov distance must be in [0, 1], found " + d);
        }
        if (sizeA < 1 || sizeB < 1) {
            throw new IllegalArgumentException("sample sizes must be at least 1, found " + sizeA + " and " + sizeB);
        }
        double effectiveSize = (double) sizeA * sizeB / ((double) sizeA + sizeB);
        return kolmogorovSurvival(Math.sqrt(effectiveSize) * d);
    }

    /**
     * Returns the survival function of the Kolmogorov distribution, Q(lambda) = 2 sum_{k>=1} (-1)^(k-1)
     * exp(-2 k^2 lambda^2); 1 for lambda <= 0.
     *
     * @throws IllegalArgumentException if {@code lambda} is NaN
     */
    public static double kolmogorovSurvival(double lambda) {
        if (Double.isNaN(lambda)) {
            throw new IllegalArgumentException("lambda must not be NaN");
        }
        if (lambda <= 0) {
            return 1.0;
        }
        if (lambda < SERIES_SWITCH) {
            return 1.0 - kolmogorovCdfSmallLambda(lambda);
        }

        double sum = 0.0;
        for (int k = 1; k <= MAX_TERMS; k++) {
            double term = Math.exp(-2.0 * k * k * lambda * lambda);
            sum += (k % 2 == 1) ? term : -term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return Math.min(1.0, 2.0 * sum);
    }

    /**
     * The CDF for small lambda through its theta-function form, sqrt(2 pi) / lambda sum_{k>=1}
     * exp(-(2k - 1)^2 pi^2 / (8 lambda^2)), whose terms fall quickly where the alternating series of
     * the survival function converges slowly.
     */
    private static double kolmogorovCdfSmallLambda(double lambda) {
        double scale = -Math.PI * Math.PI / (8.0 * lambda * lambda);
        double sum = 0.0;
        for (int k = 1; k <= MAX_TERMS; k++) {
            double odd = 2.0 * k - 1.0;
            double term = Math.exp(odd * odd * scale);
            sum += term;
            if (term <= 1e-17 * sum) {
                break;
            }
        }
        return Math.sqrt(2.0 * Math.PI) / lambda * sum;
    }

    private static double[] sortedCopy(double[] sample, String name) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("sample " + name + " is empty; the Kolmogorov-Smirnov test needs"
                    + " at least one value in each sample");
        }
        double[] copy = sample.clone();
        for (int i = 0; i < copy.length; i++) {
            if (Double.isNaN(copy[i])) {
                throw new IllegalArgumentException("sample " + name + " contains NaN at index " + i);
            }
        }
        Arrays.sort(copy);
        return copy;
    }
}
