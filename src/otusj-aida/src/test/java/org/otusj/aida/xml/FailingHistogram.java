package org.otusj.aida.xml;

import hep.aida.IAxis;
import hep.aida.IHistogram1D;
import org.otusj.aida.Histogram1D;

/**
 * A histogram whose {@link #binHeight} fails from the given bin on, standing in for a broken
 * implementation so that a write fails halfway through the document.
 */
final class FailingHistogram implements IHistogram1D {

    private static final long serialVersionUID = 1L;

    private final Histogram1D delegate = new Histogram1D("failing", 10, 0, 10);
    private final int failingBin;

    FailingHistogram(int failingBin) {
        this.failingBin = failingBin;
    }

    @Override
    public double binHeight(int index) {
        if (index == failingBin) {
            throw new IllegalStateException("simulated failure reading bin " + index);
        }
        return delegate.binHeight(index);
    }

    @Override
    public int binEntries(int index) {
        return delegate.binEntries(index);
    }

    @Override
    public double binError(int index) {
        return delegate.binError(index);
    }

    @Override
    public void fill(double x) {
        delegate.fill(x);
    }

    @Override
    public void fill(double x, double weight) {
        delegate.fill(x, weight);
    }

    @Override
    public double mean() {
        return delegate.mean();
    }

    @Override
    public int[] minMaxBins() {
        return delegate.minMaxBins();
    }

    @Override
    public double rms() {
        return delegate.rms();
    }

    @Override
    public IAxis xAxis() {
        return delegate.xAxis();
    }

    @Override
    public int allEntries() {
        return delegate.allEntries();
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public int entries() {
        return delegate.entries();
    }

    @Override
    public double equivalentBinEntries() {
        return delegate.equivalentBinEntries();
    }

    @Override
    public int extraEntries() {
        return delegate.extraEntries();
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public double sumAllBinHeights() {
        return delegate.sumAllBinHeights();
    }

    @Override
    public double sumBinHeights() {
        return delegate.sumBinHeights();
    }

    @Override
    public double sumExtraBinHeights() {
        return delegate.sumExtraBinHeights();
    }

    @Override
    public String title() {
        return delegate.title();
    }
}
