package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import hep.aida.IHistogram2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A two-dimensional histogram on the AIDA 1 interface {@link IHistogram2D}, keeping per bin the entries,
 * the sums of weights and squared weights, and the weighted sums of x, x^2, y and y^2 about the bin centre,
 * so each bin has a weighted mean and RMS in x and in y as AIDA XML files carry them.
 *
 * <p>Bins are indexed like those of {@link Histogram1D} on each axis, with {@link IHistogram#UNDERFLOW} and
 * {@link IHistogram#OVERFLOW} for the out-of-range bins. {@link #entries()}, the means and the RMS use
 * fills in range on both axes; a fill out of range on either axis counts in {@link #extraEntries()}. A fill
 * with a NaN coordinate or weight goes into no bin and counts only in {@link #allEntries()}.
 *
 * <p>{@link #binEntriesX}, {@link #binHeightX} and {@link #projectionX()} sum over every y bin, under- and
 * overflow included, so the projection on x equals a 1-D histogram filled with the x values of all fills.
 *
 * <p>A histogram made by {@link #restore} returns the file's errors, means and RMS exactly until it
 * changes, as {@link Histogram1D} does. Not thread-safe.
 */
public final class Histogram2D extends AbstractAidaObject implements IHistogram2D {

    private static final long serialVersionUID = 1L;

    private final IAxis xAxis;
    private final IAxis yAxis;

    // Each bin is at slot xSlot * ySlots + ySlot, with slots numbered on each axis as in Histogram1D. The x
    // moments are about the origin of the x slot, the y moments about the origin of the y slot. The
    // in-range statistics cover fills in range on both axes, about the centres of the axes.
    private final int ySlots;
    private final HistogramSums sums;

    private StoredContents<Bin2D, Statistics2D> stored;

    /**
     * Creates a histogram with equal bins on both axes.
     *
     * @throws IllegalArgumentException for invalid binning, see {@link FixedAxis#FixedAxis}
     */
    public Histogram2D(String title, int binsX, double minX, double maxX, int binsY, double minY, double maxY) {
        this(title, new FixedAxis(binsX, minX, maxX), new FixedAxis(binsY, minY, maxY));
    }

    /** Creates a histogram on the two axes, which must return the same bin for the same value every time. */
    public Histogram2D(String title, IAxis xAxis, IAxis yAxis) {
        super(title);
        this.xAxis = Objects.requireNonNull(xAxis, "xAxis");
        this.yAxis = Objects.requireNonNull(yAxis, "yAxis");
        ySlots = yAxis.bins() + 2;
        int slots = Math.multiplyExact(xAxis.bins() + 2, ySlots);
        double[] xAxisOrigins = Binning.slotOrigins(xAxis);
        double[] yAxisOrigins = Binning.slotOrigins(yAxis);
        // SlotSums keeps one origin per slot, so each 2-D slot gets the origins of its x slot and its y slot.
        double[] xOrigins = new double[slots];
        double[] yOrigins = new double[slots];
        for (int slot = 0; slot < slots; slot++) {
            xOrigins[slot] = xAxisOrigins[slot / ySlots];
            yOrigins[slot] = yAxisOrigins[slot % ySlots];
        }
        sums = new HistogramSums(new SlotSums(xOrigins, yOrigins),
                new SlotSums(new double[] {Binning.centre(xAxis)}, new double[] {Binning.centre(yAxis)}));
    }

    /**
     * Creates a histogram from stored contents, as a reader of AIDA files does. Its getters return these
     * values exactly until the histogram changes.
     *
     * @param bins the contents of every bin as {@code bins[xSlot][ySlot]}, where slot 0 is the underflow
     *     bin, slots 1 to n the in-range bins and slot n + 1 the overflow bin of that axis
     * @param statistics the statistics block; its entries must equal the sum of the entries of the bins in
     *     range on both axes
     * @throws IllegalArgumentException if the array does not match the axes or a bin is inconsistent (see
     *     {@link Histogram1D#restore}); the message names the bin
     */
    public static Histogram2D restore(String title, IAxis xAxis, IAxis yAxis, Bin2D[][] bins, Statistics2D statistics) {
        Histogram2D histogram = new Histogram2D(title, xAxis, yAxis);
        int xSlots = xAxis.bins() + 2;
        if (bins.length != xSlots) {
            throw new IllegalArgumentException("expected " + xSlots + " x slots, found " + bins.length);
        }

        List<Bin2D> binsInSlotOrder = new ArrayList<>(histogram.sums.bins().slots());
        for (int xSlot = 0; xSlot < xSlots; xSlot++) {
            if (bins[xSlot].length != histogram.ySlots) {
                throw new IllegalArgumentException("expected " + histogram.ySlots + " y slots in x slot " + xSlot
                        + ", found " + bins[xSlot].length);
            }
            for (int ySlot = 0; ySlot < histogram.ySlots; ySlot++) {
                histogram.restoreBin(xSlot, ySlot, bins[xSlot][ySlot]);
                binsInSlotOrder.add(bins[xSlot][ySlot]);
            }
        }
        histogram.restoreStatistics(statistics);
        histogram.stored = new StoredContents<>(binsInSlotOrder, statistics);
        return histogram;
    }

    private void restoreBin(int xSlot, int ySlot, Bin2D bin) {
        String name = Binning.binName(Binning.index(xAxis, xSlot)) + "," + Binning.binName(Binning.index(yAxis, ySlot));
        BinChecks.check(bin.entries(), bin.height(), bin.error(), name);
        BinChecks.checkRms(bin.rmsX(), name, "x");
        BinChecks.checkRms(bin.rmsY(), name, "y");

        int slot = xSlot * ySlots + ySlot;
        SlotSums binSums = sums.bins();
        binSums.setWeights(slot, bin.entries(), bin.height(), bin.error() * bin.error());
        binSums.restoreX(slot, bin.meanX(), bin.rmsX());
        binSums.restoreY(slot, bin.meanY(), bin.rmsY());
    }

    private void restoreStatistics(Statistics2D statistics) {
        SlotSums bins = sums.bins();
        int inRange = 0;
        int all = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            for (int ySlot = 0; ySlot < ySlots; ySlot++) {
                int slot = xSlot * ySlots + ySlot;
                all = Math.addExact(all, bins.entries(slot));
                if (isInRange(xSlot, ySlot)) {
                    inRange = Math.addExact(inRange, bins.entries(slot));
                    sumW += bins.sumW(slot);
                    sumW2 += bins.sumW2(slot);
                }
            }
        }
        if (statistics.entries() != inRange) {
            throw new IllegalArgumentException("statistics entries " + statistics.entries()
                    + " differ from the sum of the in-range bin entries, " + inRange);
        }
        sums.restoreCounts(all, inRange, sumW, sumW2);
        sums.inRange().restoreX(0, statistics.meanX(), statistics.rmsX());
        sums.inRange().restoreY(0, statistics.meanY(), statistics.rmsY());
    }

    /** Returns a copy with the same axes, annotations and contents, stored values included. */
    public Histogram2D copy() {
        Histogram2D copy = new Histogram2D(title(), xAxis, yAxis);
        copy.copyAnnotationsFrom(this);
        copy.sums.add(sums);
        copy.stored = stored;
        return copy;
    }

    /** Fills ({@code x}, {@code y}) with weight 1. */
    @Override
    public void fill(double x, double y) {
        fill(x, y, 1.0);
    }

    /**
     * Fills ({@code x}, {@code y}) with {@code weight}; negative weights are allowed.
     *
     * @throws IllegalArgumentException if {@code weight} is infinite
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    @Override
    public void fill(double x, double y, double weight) {
        if (Double.isInfinite(weight)) {
            throw new IllegalArgumentException("histogram '" + title() + "': fill weight must be finite, found "
                    + weight + " at x=" + x + ", y=" + y);
        }
        sums.countFill();
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(weight)) {
            sums.countNanFill();
            return;
        }

        int xSlot = Binning.slot(xAxis, xAxis.coordToIndex(x));
        int ySlot = Binning.slot(yAxis, yAxis.coordToIndex(y));
        sums.fill(xSlot * ySlots + ySlot, isInRange(xSlot, ySlot), x, y, weight);
    }

    /**
     * Adds the contents of {@code other} bin by bin and in the statistics, as if its fills had been made
     * here. Title and annotations stay.
     *
     * @throws IllegalArgumentException if the bin edges differ on either axis; nothing is changed then
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    public void add(Histogram2D other) {
        Binning.requireSameEdges(xAxis, other.xAxis, "x axis");
        Binning.requireSameEdges(yAxis, other.yAxis, "y axis");
        sums.add(other.sums);
        stored = null;
    }

    /** Empties every bin and statistic; title, annotations and axes stay. */
    @Override
    public void reset() {
        sums.reset();
        stored = null;
    }

    @Override
    public int binEntries(int indexX, int indexY) {
        return sums.bins().entries(slot(indexX, indexY));
    }

    /** Returns the sum of the weights filled into bin ({@code indexX}, {@code indexY}). */
    @Override
    public double binHeight(int indexX, int indexY) {
        return sums.bins().sumW(slot(indexX, indexY));
    }

    /** Returns the square root of the sum of squared weights of bin ({@code indexX}, {@code indexY}). */
    @Override
    public double binError(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.bin(slot).error();
        }
        return Math.sqrt(sums.bins().sumW2(slot));
    }

    /** Returns the weighted mean of x in the bin, or NaN when the bin's weights sum to zero. */
    public double binMeanX(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.bin(slot).meanX();
        }
        return sums.bins().meanX(slot);
    }

    /** Returns the weighted mean of y in the bin, or NaN when the bin's weights sum to zero. */
    public double binMeanY(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.bin(slot).meanY();
        }
        return sums.bins().meanY(slot);
    }

    /** Returns the weighted RMS of x in the bin about its mean, or NaN when the bin's weights sum to zero. */
    public double binRmsX(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.bin(slot).rmsX();
        }
        return sums.bins().rmsX(slot);
    }

    /** Returns the weighted RMS of y in the bin about its mean, or NaN when the bin's weights sum to zero. */
    public double binRmsY(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.bin(slot).rmsY();
        }
        return sums.bins().rmsY(slot);
    }

    /** Returns the number of fills in x bin {@code indexX}, summed over every y bin. */
    @Override
    public int binEntriesX(int indexX) {
        int xSlot = Binning.slot(xAxis, indexX);
        int sum = 0;
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            sum += sums.bins().entries(xSlot * ySlots + ySlot);
        }
        return sum;
    }

    /** Returns the number of fills in y bin {@code indexY}, summed over every x bin. */
    @Override
    public int binEntriesY(int indexY) {
        int ySlot = Binning.slot(yAxis, indexY);
        int sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            sum += sums.bins().entries(xSlot * ySlots + ySlot);
        }
        return sum;
    }

    /** Returns the sum of the weights in x bin {@code indexX}, over every y bin. */
    @Override
    public double binHeightX(int indexX) {
        int xSlot = Binning.slot(xAxis, indexX);
        double sum = 0;
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            sum += sums.bins().sumW(xSlot * ySlots + ySlot);
        }
        return sum;
    }

    /** Returns the sum of the weights in y bin {@code indexY}, over every x bin. */
    @Override
    public double binHeightY(int indexY) {
        int ySlot = Binning.slot(yAxis, indexY);
        double sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            sum += sums.bins().sumW(xSlot * ySlots + ySlot);
        }
        return sum;
    }

    /** Returns the weighted mean of x over fills in range on both axes; 0 without such fills. */
    @Override
    public double meanX() {
        if (stored != null) {
            return stored.statistics().meanX();
        }
        return sums.meanX();
    }

    /** Returns the weighted mean of y over fills in range on both axes; 0 without such fills. */
    @Override
    public double meanY() {
        if (stored != null) {
            return stored.statistics().meanY();
        }
        return sums.meanY();
    }

    /** Returns the weighted RMS of x over fills in range on both axes; 0 without such fills. */
    @Override
    public double rmsX() {
        if (stored != null) {
            return stored.statistics().rmsX();
        }
        return sums.rmsX();
    }

    /** Returns the weighted RMS of y over fills in range on both axes; 0 without such fills. */
    @Override
    public double rmsY() {
        if (stored != null) {
            return stored.statistics().rmsY();
        }
        return sums.rmsY();
    }

    /**
     * Returns {minBinX, minBinY, maxBinX, maxBinY}: the in-range bins with the smallest and the largest
     * height, the first in x-major order among equal heights.
     */
    @Override
    public int[] minMaxBins() {
        int[] result = {0, 0, 0, 0};
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int indexX = 0; indexX < xAxis.bins(); indexX++) {
            for (int indexY = 0; indexY < yAxis.bins(); indexY++) {
                double height = binHeight(indexX, indexY);
                if (height < min) {
                    min = height;
                    result[0] = indexX;
                    result[1] = indexY;
                }
                if (height > max) {
                    max = height;
                    result[2] = indexX;
                    result[3] = indexY;
                }
            }
        }
        return result;
    }

    /** Returns the x distribution of all fills: every y bin, under- and overflow included, summed. */
    @Override
    public IHistogram1D projectionX() {
        return sliceXSlots(title() + " (projection on x)", 0, ySlots - 1);
    }

    /** Returns the y distribution of all fills: every x bin, under- and overflow included, summed. */
    @Override
    public IHistogram1D projectionY() {
        return sliceYSlots(title() + " (projection on y)", 0, xAxis.bins() + 1);
    }

    /** Returns the x distribution of the fills in y bin {@code indexY}, which may be under- or overflow. */
    @Override
    public IHistogram1D sliceX(int indexY) {
        int ySlot = Binning.slot(yAxis, indexY);
        return sliceXSlots(title() + " (slice at y bin " + Binning.binName(indexY) + ")", ySlot, ySlot);
    }

    /**
     * Returns the x distribution of the fills in the in-range y bins {@code indexY1} to {@code indexY2},
     * both included.
     *
     * @throws IndexOutOfBoundsException unless 0 <= indexY1 <= indexY2 < bins of the y axis
     */
    @Override
    public IHistogram1D sliceX(int indexY1, int indexY2) {
        checkRange(indexY1, indexY2, yAxis, "y");
        return sliceXSlots(title() + " (slice at y bins " + indexY1 + " to " + indexY2 + ")", indexY1 + 1,
                indexY2 + 1);
    }

    /** Returns the y distribution of the fills in x bin {@code indexX}, which may be under- or overflow. */
    @Override
    public IHistogram1D sliceY(int indexX) {
        int xSlot = Binning.slot(xAxis, indexX);
        return sliceYSlots(title() + " (slice at x bin " + Binning.binName(indexX) + ")", xSlot, xSlot);
    }

    /**
     * Returns the y distribution of the fills in the in-range x bins {@code indexX1} to {@code indexX2},
     * both included.
     *
     * @throws IndexOutOfBoundsException unless 0 <= indexX1 <= indexX2 < bins of the x axis
     */
    @Override
    public IHistogram1D sliceY(int indexX1, int indexX2) {
        checkRange(indexX1, indexX2, xAxis, "x");
        return sliceYSlots(title() + " (slice at x bins " + indexX1 + " to " + indexX2 + ")", indexX1 + 1,
                indexX2 + 1);
    }

    private Histogram1D sliceXSlots(String title, int firstYSlot, int lastYSlot) {
        int xSlots = xAxis.bins() + 2;
        SlotSums bins = sums.bins();
        double[][] slice = new double[4][xSlots];
        int[] entries = new int[xSlots];
        for (int xSlot = 0; xSlot < xSlots; xSlot++) {
            for (int ySlot = firstYSlot; ySlot <= lastYSlot; ySlot++) {
                int slot = xSlot * ySlots + ySlot;
                entries[xSlot] += bins.entries(slot);
                slice[0][xSlot] += bins.sumW(slot);
                slice[1][xSlot] += bins.sumW2(slot);
                slice[2][xSlot] += bins.sumWDx(slot);
                slice[3][xSlot] += bins.sumWDx2(slot);
            }
        }
        return Histogram1D.fromBinSums(title, xAxis, entries, slice[0], slice[1], slice[2], slice[3]);
    }

    private Histogram1D sliceYSlots(String title, int firstXSlot, int lastXSlot) {
        SlotSums bins = sums.bins();
        double[][] slice = new double[4][ySlots];
        int[] entries = new int[ySlots];
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            for (int xSlot = firstXSlot; xSlot <= lastXSlot; xSlot++) {
                int slot = xSlot * ySlots + ySlot;
                entries[ySlot] += bins.entries(slot);
                slice[0][ySlot] += bins.sumW(slot);
                slice[1][ySlot] += bins.sumW2(slot);
                slice[2][ySlot] += bins.sumWDy(slot);
                slice[3][ySlot] += bins.sumWDy2(slot);
            }
        }
        return Histogram1D.fromBinSums(title, yAxis, entries, slice[0], slice[1], slice[2], slice[3]);
    }

    private static void checkRange(int first, int last, IAxis axis, String name) {
        if (first < 0 || last >= axis.bins() || first > last) {
            throw new IndexOutOfBoundsException("slice range " + first + " to " + last + " of the " + name
                    + " axis is invalid: expected 0 <= first <= last < " + axis.bins());
        }
    }

    @Override
    public IAxis xAxis() {
        return xAxis;
    }

    @Override
    public IAxis yAxis() {
        return yAxis;
    }

    /** Returns the number of fill calls, including those with a NaN coordinate or weight. */
    @Override
    public int allEntries() {
        return sums.allEntries();
    }

    @Override
    public int dimensions() {
        return 2;
    }

    /** Returns the number of fills in range on both axes. */
    @Override
    public int entries() {
        return sums.inRangeEntries();
    }

    /** Returns sum(w)^2 / sum(w^2) over fills in range on both axes; 0 without such fills. */
    @Override
    public double equivalentBinEntries() {
        if (stored != null) {
            return stored.statistics().equivalentBinEntries();
        }
        return sums.equivalentBinEntries();
    }

    /** Returns the number of fills out of range on at least one axis. */
    @Override
    public int extraEntries() {
        int sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            for (int ySlot = 0; ySlot < ySlots; ySlot++) {
                if (!isInRange(xSlot, ySlot)) {
                    sum += sums.bins().entries(xSlot * ySlots + ySlot);
                }
            }
        }
        return sum;
    }

    /** Returns the number of fills rejected for a NaN coordinate or weight; AIDA files do not keep it. */
    public int nanEntries() {
        return sums.nanEntries();
    }

    @Override
    public double sumAllBinHeights() {
        SlotSums bins = sums.bins();
        double sum = 0;
        for (int slot = 0; slot < bins.slots(); slot++) {
            sum += bins.sumW(slot);
        }
        return sum;
    }

    /** Returns the sum of the heights of the bins in range on both axes. */
    @Override
    public double sumBinHeights() {
        double sum = 0;
        for (int xSlot = 1; xSlot <= xAxis.bins(); xSlot++) {
            for (int ySlot = 1; ySlot <= yAxis.bins(); ySlot++) {
                sum += sums.bins().sumW(xSlot * ySlots + ySlot);
            }
        }
        return sum;
    }

    @Override
    public double sumExtraBinHeights() {
        return sumAllBinHeights() - sumBinHeights();
    }

    /**
     * Returns true if {@code other} has the same annotations, bin edges and everything an AIDA file stores:
     * per bin the entries, height, error and weighted means and RMS in x and y, and the statistics. Doubles
     * compare exactly, NaN equal to NaN; the count of NaN fills is not compared.
     */
    @Override
    public boolean equals(Object other) {
        return sameClassAnnotationsAndContents(other);
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Histogram2D h = (Histogram2D) other;
        if (!Binning.sameEdges(xAxis, h.xAxis) || !Binning.sameEdges(yAxis, h.yAxis)) {
            return false;
        }
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            for (int ySlot = 0; ySlot < ySlots; ySlot++) {
                if (!sameBin(h, Binning.index(xAxis, xSlot), Binning.index(yAxis, ySlot))) {
                    return false;
                }
            }
        }
        return entries() == h.entries()
                && Moments.same(meanX(), h.meanX())
                && Moments.same(rmsX(), h.rmsX())
                && Moments.same(meanY(), h.meanY())
                && Moments.same(rmsY(), h.rmsY())
                && Moments.same(equivalentBinEntries(), h.equivalentBinEntries());
    }

    private boolean sameBin(Histogram2D h, int i, int j) {
        return binEntries(i, j) == h.binEntries(i, j)
                && Moments.same(binHeight(i, j), h.binHeight(i, j))
                && Moments.same(binError(i, j), h.binError(i, j))
                && Moments.same(binMeanX(i, j), h.binMeanX(i, j))
                && Moments.same(binRmsX(i, j), h.binRmsX(i, j))
                && Moments.same(binMeanY(i, j), h.binMeanY(i, j))
                && Moments.same(binRmsY(i, j), h.binRmsY(i, j));
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + Binning.hashEdges(xAxis);
        hash = 31 * hash + Binning.hashEdges(yAxis);
        hash = 31 * hash + sums.bins().entriesHashCode();
        return 31 * hash + sums.bins().sumWHashCode();
    }

    @Override
    public String toString() {
        return "Histogram2D('" + title() + "', x: " + xAxis + ", y: " + yAxis + ", " + allEntries() + " fills)";
    }

    private int slot(int indexX, int indexY) {
        return Binning.slot(xAxis, indexX) * ySlots + Binning.slot(yAxis, indexY);
    }

    private boolean isInRange(int xSlot, int ySlot) {
        return xSlot >= 1 && xSlot <= xAxis.bins() && ySlot >= 1 && ySlot <= yAxis.bins();
    }
}
