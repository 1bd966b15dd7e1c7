package org.otusj.view;

import jas.hist.DataSource;
import jas.hist.HasStatistics;
import jas.hist.Rebinnable2DHistogramData;
import jas.hist.Statistics;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.Histogram2D;

/** A {@link Histogram2D} with equal bins on both axes as a data source of the JAS plotter. */
final class JasHistogram2D implements Rebinnable2DHistogramData, HasStatistics {

    private final Histogram2D histogram;

    /**
     * Wraps {@code histogram}.
     *
     * @throws IllegalArgumentException if the bins of an axis are not of equal width
     */
    JasHistogram2D(Histogram2D histogram) {
        if (!(histogram.xAxis() instanceof FixedAxis) || !(histogram.yAxis() instanceof FixedAxis)) {
            throw new IllegalArgumentException("the JAS plotter shows equal bins only; '" + histogram.title()
                    + "' has variable bins");
        }
        this.histogram = histogram;
    }

    /** Returns {heights[x][y]} of the bins in range on both axes. */
    @Override
    public double[][][] rebin(int binsX, double minX, double maxX, int binsY, double minY, double maxY,
            boolean wantErrors, boolean hurry, boolean overflow) {
        int nx = histogram.xAxis().bins();
        int ny = histogram.yAxis().bins();
        double[][] heights = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                heights[i][j] = histogram.binHeight(i, j);
            }
        }
        return new double[][][] {heights};
    }

    @Override
    public double getXMin() {
        return histogram.xAxis().lowerEdge();
    }

    @Override
    public double getXMax() {
        return histogram.xAxis().upperEdge();
    }

    @Override
    public double getYMin() {
        return histogram.yAxis().lowerEdge();
    }

    @Override
    public double getYMax() {
        return histogram.yAxis().upperEdge();
    }

    @Override
    public int getXBins() {
        return histogram.xAxis().bins();
    }

    @Override
    public int getYBins() {
        return histogram.yAxis().bins();
    }

    @Override
    public boolean isRebinnable() {
        return false;
    }

    @Override
    public int getXAxisType() {
        return DataSource.DOUBLE;
    }

    @Override
    public int getYAxisType() {
        return DataSource.DOUBLE;
    }

    @Override
    public String[] getXAxisLabels() {
        return null;
    }

    @Override
    public String[] getYAxisLabels() {
        return null;
    }

    @Override
    public String getTitle() {
        return histogram.title();
    }

    @Override
    public Statistics getStatistics() {
        return new JasStatistics(new String[] {"Entries", "Mean x", "RMS x", "Mean y", "RMS y"},
                new double[] {histogram.entries(), histogram.meanX(), histogram.rmsX(), histogram.meanY(),
                    histogram.rmsY()});
    }
}
