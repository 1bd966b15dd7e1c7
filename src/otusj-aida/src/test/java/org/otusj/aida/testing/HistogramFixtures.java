package org.otusj.aida.testing;

import org.otusj.aida.Histogram1D;

/** Histograms with fills whose contents the tests work out by hand. */
public final class HistogramFixtures {

    private HistogramFixtures() {
    }

    /**
     * Returns a histogram of 4 bins from 0 to 4 filled with:
     *
     * <pre>
     * x = 0.5  w = 1    bin 0
     * x = 1.5  w = 2    bin 1
     * x = 1.0  w = 2    bin 1 (lower edge)
     * x = 3.75 w = 0.5  bin 3
     * x = -1   w = 3    underflow
     * x = 4    w = 1    overflow (upper edge of the axis)
     * x = NaN  w = 1    rejected
     * x = 2    w = NaN  rejected
     * </pre>
     */
    public static Histogram1D mixedFills() {
        Histogram1D histogram = new Histogram1D("mixed fills", 4, 0.0, 4.0);
        histogram.fill(0.5);
        histogram.fill(1.5, 2.0);
        histogram.fill(1.0, 2.0);
        histogram.fill(3.75, 0.5);
        histogram.fill(-1.0, 3.0);
        histogram.fill(4.0);
        histogram.fill(Double.NaN);
        histogram.fill(2.0, Double.NaN);
        return histogram;
    }
}
