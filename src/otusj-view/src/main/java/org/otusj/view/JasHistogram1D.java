package org.otusj.view;

import hep.aida.IAxis;
import jas.hist.DataSource;
import jas.hist.HasStatistics;
import jas.hist.Rebinnable1DHistogramData;
import jas.hist.Statistics;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Profile1D;

/**
 * The in-range bins of a 1-D histogram or profile with equal bins as a data source of the JAS plotter:
 * heights with errors, and named statistics for the statistics box.
 */
final class JasHistogram1D implements Rebinnable1DHistogramData, HasStatistics {

    private final String title;
    private final IAxis axis;
    private final double[] heights;
    private final double[] errors;
    private final JasStatistics statistics;

    private JasHistogram1D(String title, IAxis axis, double[] heights, double[] errors, JasStatistics statistics) {
        if (!(axis instanceof FixedAxis)) {
            throw new IllegalArgumentException("the JAS plotter shows equal bins only; '" + title
                    + "' has variable bins");
        }
        this.title = title;
        this.axis = axis;
        this.heights = heights;
        this.errors = errors;
        this.statistics = statistics;
    }

    /**
     * Returns the source of {@code histogram}: heights, bin errors, entries, mean and RMS.
     *
     * @throws IllegalArgumentException if its bins are not of equal width, which the JAS plotter cannot show
     */
    static JasHistogram1D of(Histogram1D histogram) {
        IAxis axis = histogram.xAxis();
        double[] heights = new double[axis.bins()];
        double[] errors = new double[axis.bins()];
        for (int i = 0; i < axis.bins(); i++) {
            heights[i] = histogram.binHeight(i);
            errors[i] = histogram.binError(i);
        }
        return new JasHistogram1D(histogram.title(), axis, heights, errors, new JasStatistics(
                new String[] {"Entries", "Mean", "RMS"},
                new double[] {histogram.entries(), histogram.mean(), histogram.rms()}));
    }

    /**
     * Returns the source of {@code profile}: the mean of y per bin with its error; empty bins are drawn at 0.
     *
     * @throws IllegalArgumentException if its bins are not of equal width
     */
    static JasHistogram1D of(Profile1D profile) {
        IAxis axis = profile.axis();
        double[] heights = new double[axis.bins()];
        double[] errors = new double[axis.bins()];
        for (int i = 0; i < axis.bins(); i++) {
            heights[i] = Double.isNaN(profile.binHeight(i)) ? 0.0 : profile.binHeight(i);
            errors[i] = Double.isNaN(profile.binError(i)) ? 0.0 : profile.binError(i);
        }
        return new JasHistogram1D(profile.title(), axis, heights, errors, new JasStatistics(
                new String[] {"Entries", "Mean x", "RMS x"},
                new double[] {profile.entries(), profile.mean(), profile.rms()}));
    }

    /** Returns {heights, errors} of the in-range bins; JAS 2.2.6 uses the errors both ways. */
    @Override
    public double[][] rebin(int bins, double min, double max, boolean wantErrors, boolean hurry) {
        return new double[][] {heights.clone(), errors.clone()};
    }

    @Override
    public double getMin() {
        return axis.lowerEdge();
    }

    @Override
    public double getMax() {
        return axis.upperEdge();
    }

    @Override
    public int getBins() {
        return axis.bins();
    }

    @Override
    public boolean isRebinnable() {
        return false;
    }

    @Override
    public int getAxisType() {
        return DataSource.DOUBLE;
    }

    @Override
    public String[] getAxisLabels() {
        return null;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public Statistics getStatistics() {
        return statistics;
    }
}
