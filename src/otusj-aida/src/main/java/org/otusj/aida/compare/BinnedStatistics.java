package org.otusj.aida.compare;

import hep.aida.IAxis;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Measurement;

/**
 * Statistics that compare two 1-D histograms with the same bin edges (a reference h1 and a candidate h2),
 * over the in-range bins only: under- and overflow bins are left out of every statistic here.
 *
 * <ul>
 *   <li>{@link #chiSquare}: chi2 = sum_i (h1_i - h2_i)^2 / (s1_i^2 + s2_i^2) over the bins with s1_i^2 +
 *       s2_i^2 > 0, where s is the bin error sqrt(sum w^2). With {@code shape}, each histogram and its errors
 *       are first divided by its in-range sum of heights, and one degree of freedom is spent on that
 *       normalisation.
 *   <li>{@link #ksDistance}: the Kolmogorov-Smirnov distance max_i |F1_i - F2_i| between the binned
 *       cumulative distributions F_i = sum_{j <= i} h_j / sum_j h_j, evaluated at the upper edge of each bin.
 *   <li>{@link #wasserstein}: the 1-D Wasserstein (earth mover's) distance W1 = integral |F1(x) - F2(x)| dx
 *       between the two histograms taken as point masses h_i / sum_j h_j at the bin centres, so W1 =
 *       sum_{i < n-1} |F1_i - F2_i| (c_{i+1} - c_i); it is in the unit of the axis.
 * </ul>
 *
 * <p>KS and W1 depend only on the shapes. They need a positive sum of heights in both histograms and are
 * meaningful for non-negative heights, as for probability distributions.
 */
public final class BinnedStatistics {

    private BinnedStatistics() {
    }

    /**
     * Returns the chi-square of the bin differences, with ndf the number of bins that have an error (minus
     * one with {@code shape}).
     *
     * @throws IllegalArgumentException if the bin edges differ, or {@code shape} is set and an in-range sum
     *     of heights is not positive
     */
    public static ChiSquare chiSquare(Histogram1D reference, Histogram1D candidate, boolean shape) {
        requireSameBinning(reference, candidate);
        double scale1 = shape ? 1.0 / positiveArea(reference, "reference") : 1.0;
        double scale2 = shape ? 1.0 / positiveArea(candidate, "candidate") : 1.0;

        double chi2 = 0;
        int bins = 0;
        for (int i = 0; i < reference.xAxis().bins(); i++) {
            double s1 = reference.binError(i) * scale1;
            double s2 = candidate.binError(i) * scale2;
            double variance = s1 * s1 + s2 * s2;
            if (variance > 0) {
                double difference = reference.binHeight(i) * scale1 - candidate.binHeight(i) * scale2;
                chi2 += difference * difference / variance;
                bins++;
            }
        }
        int ndf = shape ? Math.max(bins - 1, 0) : bins;
        return new ChiSquare(chi2, ndf);
    }

    /**
     * Returns the KS distance between the binned cumulative distributions, in [0, 1] for non-negative
     * heights.
     *
     * @throws IllegalArgumentException if the bin edges differ or an in-range sum of heights is not positive
     */
    public static double ksDistance(Histogram1D reference, Histogram1D candidate) {
        requireSameBinning(reference, candidate);
        double[] cdf1 = cumulative(reference, "reference");
        double[] cdf2 = cumulative(candidate, "candidate");
        double distance = 0;
        for (int i = 0; i < cdf1.length; i++) {
            distance = Math.max(distance, Math.abs(cdf1[i] - cdf2[i]));
        }
        return distance;
    }

    /**
     * Returns W1 between the histograms as point masses at the bin centres, in the unit of the axis.
     *
     * @throws IllegalArgumentException if the bin edges differ or an in-range sum of heights is not positive
     */
    public static double wasserstein(Histogram1D reference, Histogram1D candidate) {
        requireSameBinning(reference, candidate);
        double[] cdf1 = cumulative(reference, "reference");
        double[] cdf2 = cumulative(candidate, "candidate");
        IAxis axis = reference.xAxis();
        double distance = 0;
        for (int i = 0; i < cdf1.length - 1; i++) {
            distance += Math.abs(cdf1[i] - cdf2[i]) * (axis.binCentre(i + 1) - axis.binCentre(i));
        }
        return distance;
    }

    /**
     * Returns the ratio candidate / reference per in-range bin as a data point set of dimension 2: x is the
     * bin centre with half the bin width as error, y is r = h2 / h1 with error r sqrt((s1/h1)^2 + (s2/h2)^2),
     * which is r sqrt(1/h1 + 1/h2) for unweighted histograms (s^2 = h). Bins where h1 or h2 is 0 have no
     * point. With {@code shape}, r is the ratio of the normalised histograms.
     *
     * @throws IllegalArgumentException if the bin edges differ, or {@code shape} is set and an in-range sum
     *     of heights is not positive
     */
    public static DataPointSet ratio(Histogram1D reference, Histogram1D candidate, boolean shape) {
        requireSameBinning(reference, candidate);
        double scale = shape ? positiveArea(reference, "reference") / positiveArea(candidate, "candidate") : 1.0;
        DataPointSet ratio = new DataPointSet("ratio of " + candidate.title() + " to " + reference.title(), 2);
        IAxis axis = reference.xAxis();
        for (int i = 0; i < axis.bins(); i++) {
            double h1 = reference.binHeight(i);
            double h2 = candidate.binHeight(i);
            if (h1 == 0 || h2 == 0) {
                continue;
            }
            double r = h2 / h1 * scale;
            double relative1 = reference.binError(i) / h1;
            double relative2 = candidate.binError(i) / h2;
            double error = Math.abs(r) * Math.sqrt(relative1 * relative1 + relative2 * relative2);
            ratio.addPoint(Measurement.of(axis.binCentre(i), 0.5 * axis.binWidth(i)), Measurement.of(r, error));
        }
        return ratio;
    }

    /** Returns the cumulative distribution at the upper edge of each in-range bin. */
    private static double[] cumulative(Histogram1D histogram, String role) {
        double area = positiveArea(histogram, role);
        int bins = histogram.xAxis().bins();
        double[] cdf = new double[bins];
        double running = 0;
        for (int i = 0; i < bins; i++) {
            running += histogram.binHeight(i);
            cdf[i] = running / area;
        }
        return cdf;
    }

    private static double positiveArea(Histogram1D histogram, String role) {
        double area = 0;
        for (int i = 0; i < histogram.xAxis().bins(); i++) {
            area += histogram.binHeight(i);
        }
        if (!(area > 0)) {
            throw new IllegalArgumentException("the " + role + " histogram '" + histogram.title()
                    + "' has an in-range sum of heights of " + area + "; a shape comparison needs a positive sum");
        }
        return area;
    }

    /**
     * Throws {@link IllegalArgumentException} describing both binnings unless the histograms have the same
     * number of bins and the same edges.
     */
    public static void requireSameBinning(Histogram1D reference, Histogram1D candidate) {
        IAxis a = reference.xAxis();
        IAxis b = candidate.xAxis();
        boolean same = a.bins() == b.bins();
        for (int i = 0; same && i < a.bins(); i++) {
            same = a.binLowerEdge(i) == b.binLowerEdge(i) && a.binUpperEdge(i) == b.binUpperEdge(i);
        }
        if (!same) {
            throw new IllegalArgumentException("different binning: reference has " + a.bins() + " bins from "
                    + a.lowerEdge() + " to " + a.upperEdge() + ", candidate " + b.bins() + " bins from "
                    + b.lowerEdge() + " to " + b.upperEdge() + " (or different edges inside)");
        }
    }
}
