package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import hep.aida.IHistogram2D;
import java.util.Arrays;
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
 *
 * <p>{@link #equals} is true for a histogram with the same annotations, bin edges and everything an AIDA
 * file stores: per bin the entries, height, error and weighted means and RMS in x and y, and the
 * statistics. Doubles compare exactly, NaN equal to NaN; the count of NaN fills is not compared.
 */
public final class Histogram2D extends AbstractAidaObject implements IHistogram2D {

    private static final long serialVersionUID = 1L;

    private final IAxis xAxis;
    private final IAxis yAxis;

    // Per bin at [xSlot * ySlots + ySlot]; slots are numbered as in Histogram1D. The x moments are about
    // the origin of the x slot, the y moments about the origin of the y slot.
    private final int ySlots;
    private final int[] binEntries;
    private final double[] binSumW;
    private final double[] binSumW2;
    private final double[] binSumWDx;
    private final double[] binSumWDx2;
    private final double[] binSumWDy;
    private final double[] binSumWDy2;
    private final double[] xOrigins;
    private final double[] yOrigins;

    private int allEntries;
    private int nanEntries;
    private int inRangeEntries;

    // Sums over fills in range on both axes, about the centres of the axes.
    private final double xOrigin;
    private final double yOrigin;
    private double sumW;
    private double sumW2;
    private double sumWDx;
    private double sumWDx2;
    private double sumWDy;
    private double sumWDy2;

    private StoredValues stored;

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
        binEntries = new int[slots];
        binSumW = new double[slots];
        binSumW2 = new double[slots];
        binSumWDx = new double[slots];
        binSumWDx2 = new double[slots];
        binSumWDy = new double[slots];
        binSumWDy2 = new double[slots];
        xOrigins = Binning.slotOrigins(xAxis);
        yOrigins = Binning.slotOrigins(yAxis);
        xOrigin = Binning.centre(xAxis);
        yOrigin = Binning.centre(yAxis);
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

        StoredValues values = new StoredValues(histogram.binEntries.length);
        for (int xSlot = 0; xSlot < xSlots; xSlot++) {
            if (bins[xSlot].length != histogram.ySlots) {
                throw new IllegalArgumentException("expected " + histogram.ySlots + " y slots in x slot " + xSlot
                        + ", found " + bins[xSlot].length);
            }
            for (int ySlot = 0; ySlot < histogram.ySlots; ySlot++) {
                histogram.restoreBin(xSlot, ySlot, bins[xSlot][ySlot], values);
            }
        }
        histogram.restoreStatistics(statistics, values);
        return histogram;
    }

    private void restoreBin(int xSlot, int ySlot, Bin2D bin, StoredValues values) {
        String name = Binning.binName(Binning.index(xAxis, xSlot)) + "," + Binning.binName(Binning.index(yAxis, ySlot));
        BinChecks.check(bin.entries(), bin.height(), bin.error(), name);
        BinChecks.checkRms(bin.rmsX(), name, "x");
        BinChecks.checkRms(bin.rmsY(), name, "y");

        int slot = xSlot * ySlots + ySlot;
        binEntries[slot] = bin.entries();
        binSumW[slot] = bin.height();
        binSumW2[slot] = bin.error() * bin.error();
        binSumWDx[slot] = Moments.firstMoment(xOrigins[xSlot], bin.height(), bin.meanX());
        binSumWDx2[slot] = Moments.secondMoment(xOrigins[xSlot], bin.height(), bin.meanX(), bin.rmsX());
        binSumWDy[slot] = Moments.firstMoment(yOrigins[ySlot], bin.height(), bin.meanY());
        binSumWDy2[slot] = Moments.secondMoment(yOrigins[ySlot], bin.height(), bin.meanY(), bin.rmsY());

        values.errors[slot] = bin.error();
        values.meansX[slot] = bin.meanX();
        values.rmsX[slot] = bin.rmsX();
        values.meansY[slot] = bin.meanY();
        values.rmsY[slot] = bin.rmsY();
    }

    private void restoreStatistics(Statistics2D statistics, StoredValues values) {
        int inRange = 0;
        int all = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            for (int ySlot = 0; ySlot < ySlots; ySlot++) {
                int slot = xSlot * ySlots + ySlot;
                all = Math.addExact(all, binEntries[slot]);
                if (isInRange(xSlot, ySlot)) {
                    inRange = Math.addExact(inRange, binEntries[slot]);
                    sumW += binSumW[slot];
                    sumW2 += binSumW2[slot];
                }
            }
        }
        if (statistics.entries() != inRange) {
            throw new IllegalArgumentException("statistics entries " + statistics.entries()
                    + " differ from the sum of the in-range bin entries, " + inRange);
        }
        inRangeEntries = inRange;
        allEntries = all;
        sumWDx = Moments.firstMoment(xOrigin, sumW, statistics.meanX());
        sumWDx2 = Moments.secondMoment(xOrigin, sumW, statistics.meanX(), statistics.rmsX());
        sumWDy = Moments.firstMoment(yOrigin, sumW, statistics.meanY());
        sumWDy2 = Moments.secondMoment(yOrigin, sumW, statistics.meanY(), statistics.rmsY());

        values.meanX = statistics.meanX();
        values.rmsOfAllX = statistics.rmsX();
        values.meanY = statistics.meanY();
        values.rmsOfAllY = statistics.rmsY();
        values.equivalentBinEntries = statistics.equivalentBinEntries();
        stored = values;
    }

    /** Returns a copy with the same axes, annotations and contents, stored values included. */
    public Histogram2D copy() {
        Histogram2D copy = new Histogram2D(title(), xAxis, yAxis);
        copy.copyAnnotationsFrom(this);
        copy.addSums(this);
        copy.allEntries = allEntries;
        copy.nanEntries = nanEntries;
        copy.inRangeEntries = inRangeEntries;
        copy.stored = stored == null ? null : stored.copy();
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
        allEntries = Math.incrementExact(allEntries);
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(weight)) {
            nanEntries++;
            return;
        }

        int xSlot = Binning.slot(xAxis, xAxis.coordToIndex(x));
        int ySlot = Binning.slot(yAxis, yAxis.coordToIndex(y));
        int slot = xSlot * ySlots + ySlot;
        binEntries[slot] = Math.incrementExact(binEntries[slot]);
        binSumW[slot] += weight;
        binSumW2[slot] += weight * weight;
        double binDx = x - xOrigins[xSlot];
        double binDy = y - yOrigins[ySlot];
        binSumWDx[slot] += weight * binDx;
        binSumWDx2[slot] += weight * binDx * binDx;
        binSumWDy[slot] += weight * binDy;
        binSumWDy2[slot] += weight * binDy * binDy;

        if (isInRange(xSlot, ySlot)) {
            inRangeEntries++;
            sumW += weight;
            sumW2 += weight * weight;
            double dx = x - xOrigin;
            double dy = y - yOrigin;
            sumWDx += weight * dx;
            sumWDx2 += weight * dx * dx;
            sumWDy += weight * dy;
            sumWDy2 += weight * dy * dy;
        }
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
        int newAll = Math.addExact(allEntries, other.allEntries);
        int newInRange = Math.addExact(inRangeEntries, other.inRangeEntries);
        for (int slot = 0; slot < binEntries.length; slot++) {
            Math.addExact(binEntries[slot], other.binEntries[slot]);
        }

        addSums(other);
        allEntries = newAll;
        inRangeEntries = newInRange;
        nanEntries += other.nanEntries;
        stored = null;
    }

    private void addSums(Histogram2D other) {
        for (int slot = 0; slot < binEntries.length; slot++) {
            binEntries[slot] += other.binEntries[slot];
            binSumW[slot] += other.binSumW[slot];
            binSumW2[slot] += other.binSumW2[slot];
            binSumWDx[slot] += other.binSumWDx[slot];
            binSumWDx2[slot] += other.binSumWDx2[slot];
            binSumWDy[slot] += other.binSumWDy[slot];
            binSumWDy2[slot] += other.binSumWDy2[slot];
        }
        sumW += other.sumW;
        sumW2 += other.sumW2;
        sumWDx += other.sumWDx;
        sumWDx2 += other.sumWDx2;
        sumWDy += other.sumWDy;
        sumWDy2 += other.sumWDy2;
    }

    /** Empties every bin and statistic; title, annotations and axes stay. */
    @Override
    public void reset() {
        Arrays.fill(binEntries, 0);
        for (double[] sums : new double[][] {binSumW, binSumW2, binSumWDx, binSumWDx2, binSumWDy, binSumWDy2}) {
            Arrays.fill(sums, 0.0);
        }
        allEntries = 0;
        nanEntries = 0;
        inRangeEntries = 0;
        sumW = 0;
        sumW2 = 0;
        sumWDx = 0;
        sumWDx2 = 0;
        sumWDy = 0;
        sumWDy2 = 0;
        stored = null;
    }

    @Override
    public int binEntries(int indexX, int indexY) {
        return binEntries[slot(indexX, indexY)];
    }

    /** Returns the sum of the weights filled into bin ({@code indexX}, {@code indexY}). */
    @Override
    public double binHeight(int indexX, int indexY) {
        return binSumW[slot(indexX, indexY)];
    }

    /** Returns the square root of the sum of squared weights of bin ({@code indexX}, {@code indexY}). */
    @Override
    public double binError(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.errors[slot];
        }
        return Math.sqrt(binSumW2[slot]);
    }

    /** Returns the weighted mean of x in the bin, or NaN when the bin's weights sum to zero. */
    public double binMeanX(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.meansX[slot];
        }
        return Moments.mean(xOrigins[slot / ySlots], binSumW[slot], binSumWDx[slot]);
    }

    /** Returns the weighted mean of y in the bin, or NaN when the bin's weights sum to zero. */
    public double binMeanY(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.meansY[slot];
        }
        return Moments.mean(yOrigins[slot % ySlots], binSumW[slot], binSumWDy[slot]);
    }

    /** Returns the weighted RMS of x in the bin about its mean, or NaN when the bin's weights sum to zero. */
    public double binRmsX(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.rmsX[slot];
        }
        return Moments.rms(binSumW[slot], binSumWDx[slot], binSumWDx2[slot]);
    }

    /** Returns the weighted RMS of y in the bin about its mean, or NaN when the bin's weights sum to zero. */
    public double binRmsY(int indexX, int indexY) {
        int slot = slot(indexX, indexY);
        if (stored != null) {
            return stored.rmsY[slot];
        }
        return Moments.rms(binSumW[slot], binSumWDy[slot], binSumWDy2[slot]);
    }

    /** Returns the number of fills in x bin {@code indexX}, summed over every y bin. */
    @Override
    public int binEntriesX(int indexX) {
        int xSlot = Binning.slot(xAxis, indexX);
        int sum = 0;
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            sum += binEntries[xSlot * ySlots + ySlot];
        }
        return sum;
    }

    /** Returns the number of fills in y bin {@code indexY}, summed over every x bin. */
    @Override
    public int binEntriesY(int indexY) {
        int ySlot = Binning.slot(yAxis, indexY);
        int sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            sum += binEntries[xSlot * ySlots + ySlot];
        }
        return sum;
    }

    /** Returns the sum of the weights in x bin {@code indexX}, over every y bin. */
    @Override
    public double binHeightX(int indexX) {
        int xSlot = Binning.slot(xAxis, indexX);
        double sum = 0;
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            sum += binSumW[xSlot * ySlots + ySlot];
        }
        return sum;
    }

    /** Returns the sum of the weights in y bin {@code indexY}, over every x bin. */
    @Override
    public double binHeightY(int indexY) {
        int ySlot = Binning.slot(yAxis, indexY);
        double sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            sum += binSumW[xSlot * ySlots + ySlot];
        }
        return sum;
    }

    /** Returns the weighted mean of x over fills in range on both axes; 0 without such fills. */
    @Override
    public double meanX() {
        if (stored != null) {
            return stored.meanX;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.mean(xOrigin, sumW, sumWDx);
    }

    /** Returns the weighted mean of y over fills in range on both axes; 0 without such fills. */
    @Override
    public double meanY() {
        if (stored != null) {
            return stored.meanY;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.mean(yOrigin, sumW, sumWDy);
    }

    /** Returns the weighted RMS of x over fills in range on both axes; 0 without such fills. */
    @Override
    public double rmsX() {
        if (stored != null) {
            return stored.rmsOfAllX;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.rms(sumW, sumWDx, sumWDx2);
    }

    /** Returns the weighted RMS of y over fills in range on both axes; 0 without such fills. */
    @Override
    public double rmsY() {
        if (stored != null) {
            return stored.rmsOfAllY;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.rms(sumW, sumWDy, sumWDy2);
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
        double[][] sums = new double[4][xSlots];
        int[] entries = new int[xSlots];
        for (int xSlot = 0; xSlot < xSlots; xSlot++) {
            for (int ySlot = firstYSlot; ySlot <= lastYSlot; ySlot++) {
                int slot = xSlot * ySlots + ySlot;
                entries[xSlot] += binEntries[slot];
                sums[0][xSlot] += binSumW[slot];
                sums[1][xSlot] += binSumW2[slot];
                sums[2][xSlot] += binSumWDx[slot];
                sums[3][xSlot] += binSumWDx2[slot];
            }
        }
        return Histogram1D.fromBinSums(title, xAxis, entries, sums[0], sums[1], sums[2], sums[3]);
    }

    private Histogram1D sliceYSlots(String title, int firstXSlot, int lastXSlot) {
        double[][] sums = new double[4][ySlots];
        int[] entries = new int[ySlots];
        for (int ySlot = 0; ySlot < ySlots; ySlot++) {
            for (int xSlot = firstXSlot; xSlot <= lastXSlot; xSlot++) {
                int slot = xSlot * ySlots + ySlot;
                entries[ySlot] += binEntries[slot];
                sums[0][ySlot] += binSumW[slot];
                sums[1][ySlot] += binSumW2[slot];
                sums[2][ySlot] += binSumWDy[slot];
                sums[3][ySlot] += binSumWDy2[slot];
            }
        }
        return Histogram1D.fromBinSums(title, yAxis, entries, sums[0], sums[1], sums[2], sums[3]);
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
        return allEntries;
    }

    @Override
    public int dimensions() {
        return 2;
    }

    /** Returns the number of fills in range on both axes. */
    @Override
    public int entries() {
        return inRangeEntries;
    }

    /** Returns sum(w)^2 / sum(w^2) over fills in range on both axes; 0 without such fills. */
    @Override
    public double equivalentBinEntries() {
        if (stored != null) {
            return stored.equivalentBinEntries;
        }
        if (inRangeEntries == 0 || sumW2 == 0) {
            return 0.0;
        }
        return sumW * sumW / sumW2;
    }

    /** Returns the number of fills out of range on at least one axis. */
    @Override
    public int extraEntries() {
        int sum = 0;
        for (int xSlot = 0; xSlot < xAxis.bins() + 2; xSlot++) {
            for (int ySlot = 0; ySlot < ySlots; ySlot++) {
                if (!isInRange(xSlot, ySlot)) {
                    sum += binEntries[xSlot * ySlots + ySlot];
                }
            }
        }
        return sum;
    }

    /** Returns the number of fills rejected for a NaN coordinate or weight; AIDA files do not keep it. */
    public int nanEntries() {
        return nanEntries;
    }

    @Override
    public double sumAllBinHeights() {
        double sum = 0;
        for (double height : binSumW) {
            sum += height;
        }
        return sum;
    }

    /** Returns the sum of the heights of the bins in range on both axes. */
    @Override
    public double sumBinHeights() {
        double sum = 0;
        for (int xSlot = 1; xSlot <= xAxis.bins(); xSlot++) {
            for (int ySlot = 1; ySlot <= yAxis.bins(); ySlot++) {
                sum += binSumW[xSlot * ySlots + ySlot];
            }
        }
        return sum;
    }

    @Override
    public double sumExtraBinHeights() {
        return sumAllBinHeights() - sumBinHeights();
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
        return inRangeEntries == h.inRangeEntries
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
        hash = 31 * hash + Arrays.hashCode(binEntries);
        return 31 * hash + Arrays.hashCode(binSumW);
    }

    @Override
    public String toString() {
        return "Histogram2D('" + title() + "', x: " + xAxis + ", y: " + yAxis + ", " + allEntries + " fills)";
    }

    private int slot(int indexX, int indexY) {
        return Binning.slot(xAxis, indexX) * ySlots + Binning.slot(yAxis, indexY);
    }

    private boolean isInRange(int xSlot, int ySlot) {
        return xSlot >= 1 && xSlot <= xAxis.bins() && ySlot >= 1 && ySlot <= yAxis.bins();
    }

    /** Errors, means and RMS read from a file, per slot and for the statistics. */
    private static final class StoredValues implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        final double[] errors;
        final double[] meansX;
        final double[] rmsX;
        final double[] meansY;
        final double[] rmsY;
        double meanX;
        double rmsOfAllX;
        double meanY;
        double rmsOfAllY;
        double equivalentBinEntries;

        StoredValues(int slots) {
            errors = new double[slots];
            meansX = new double[slots];
            rmsX = new double[slots];
            meansY = new double[slots];
            rmsY = new double[slots];
        }

        StoredValues copy() {
            StoredValues copy = new StoredValues(errors.length);
            System.arraycopy(errors, 0, copy.errors, 0, errors.length);
            System.arraycopy(meansX, 0, copy.meansX, 0, meansX.length);
            System.arraycopy(rmsX, 0, copy.rmsX, 0, rmsX.length);
            System.arraycopy(meansY, 0, copy.meansY, 0, meansY.length);
            System.arraycopy(rmsY, 0, copy.rmsY, 0, rmsY.length);
            copy.meanX = meanX;
            copy.rmsOfAllX = rmsOfAllX;
            copy.meanY = meanY;
            copy.rmsOfAllY = rmsOfAllY;
            copy.equivalentBinEntries = equivalentBinEntries;
            return copy;
        }
    }
}
