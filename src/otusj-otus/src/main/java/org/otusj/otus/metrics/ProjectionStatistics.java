package org.otusj.otus.metrics;

import java.util.Arrays;
import org.otusj.aida.stats.KolmogorovSmirnov;

/**
 * The OTUS paper's one-dimensional comparison of a candidate sample a with a reference sample b of one
 * projection (a momentum component or an invariant mass):
 *
 * <ul>
 *   <li>a two-sample chi-square of the histograms of a and b in {@link #BINS} equal bins spanning the
 *       0.5 % to 99.5 % quantiles of b: chi2 = sum_i (N_b n_ai - N_a n_bi)^2 / (N_a N_b (n_ai + n_bi)) over
 *       bins with entries, N the in-range totals, ndf = those bins - 1 (the test for two unweighted
 *       histograms of N. D. Gagunashvili, arXiv:physics/0605123, as ROOT's TH1::Chi2Test "UU" computes it);
 *   <li>the two-sample Kolmogorov-Smirnov distance sup |F_a - F_b|;
 *   <li>the 1-D Wasserstein distance with squared cost W_2^2 (in squared units), and with absolute cost
 *       W_1, from the quantile functions.
 * </ul>
 *
 * @param chi2 chi-square
 * @param ndf degrees of freedom
 * @param ks KS distance
 * @param wasserstein2 W_2^2
 * @param wasserstein1 W_1
 */
public record ProjectionStatistics(double chi2, int ndf, double ks, double wasserstein2, double wasserstein1) {

    /** Number of histogram bins of the chi-square. */
    public static final int BINS = 40;

    /** chi2 / ndf; NaN for ndf 0. */
    public double reducedChi2() {
        return ndf > 0 ? chi2 / ndf : Double.NaN;
    }

    /** Compares candidate {@code a} with reference {@code b}. Neither array is modified. */
    public static ProjectionStatistics compare(double[] a, double[] b) {
        double[] sortedA = a.clone();
        double[] sortedB = b.clone();
        Arrays.sort(sortedA);
        Arrays.sort(sortedB);

        double low = quantile(sortedB, 0.005);
        double high = quantile(sortedB, 0.995);
        double[] chi = chiSquare(sortedA, sortedB, low, high);
        double ks = KolmogorovSmirnov.distance(a, b);
        double w2 = SlicedWasserstein.wasserstein2Squared(sortedA.clone(), sortedB.clone());
        double w1 = wasserstein1(sortedA, sortedB);
        return new ProjectionStatistics(chi[0], (int) chi[1], ks, w2, w1);
    }

    /** Linear-interpolation quantile of a sorted sample, as numpy.quantile computes it by default. */
    static double quantile(double[] sorted, double level) {
        double position = level * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double weight = position - below;
        return sorted[below] * (1 - weight) + sorted[above] * weight;
    }

    private static double[] chiSquare(double[] a, double[] b, double low, double high) {
        long[] countsA = histogram(a, low, high);
        long[] countsB = histogram(b, low, high);
        long totalA = Arrays.stream(countsA).sum();
        long totalB = Arrays.stream(countsB).sum();
        double chi2 = 0;
        int filled = 0;
        for (int i = 0; i < BINS; i++) {
            long sum = countsA[i] + countsB[i];
            if (sum == 0) {
                continue;
            }
            filled++;
            double difference = (double) totalB * countsA[i] - (double) totalA * countsB[i];
            chi2 += difference * difference / ((double) totalA * totalB * sum);
        }
        return new double[] {chi2, Math.max(0, filled - 1)};
    }

    /** Counts in {@link #BINS} equal bins of [low, high]; values outside are left out, high is in the last bin. */
    static long[] histogram(double[] values, double low, double high) {
        long[] counts = new long[BINS];
        double width = (high - low) / BINS;
        for (double value : values) {
            if (value < low || value > high || width <= 0) {
                continue;
            }
            int bin = (int) ((value - low) / width);
            counts[Math.min(bin, BINS - 1)]++;
        }
        return counts;
    }

    /** W_1 between sorted samples: the integral over t of |F_a^-1(t) - F_b^-1(t)|. */
    private static double wasserstein1(double[] a, double[] b) {
        int n = a.length;
        int m = b.length;
        int i = 0;
        int j = 0;
        double level = 0;
        double sum = 0;
        while (i < n && j < m) {
            double nextA = (double) (i + 1) / n;
            double nextB = (double) (j + 1) / m;
            double next = Math.min(nextA, nextB);
            sum += Math.abs(a[i] - b[j]) * (next - level);
            level = next;
            if (nextA <= next) {
                i++;
            }
            if (nextB <= next) {
                j++;
            }
        }
        return sum;
    }
}
