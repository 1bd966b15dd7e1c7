package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import java.util.List;
import java.util.Objects;

/**
 * A one-dimensional histogram on the AIDA 1 interface {@link IHistogram1D}, keeping per bin what an AIDA
 * XML file stores: entries, sum of weights (the height), sum of squared weights (the squared error), and
 * the weighted sums of x and x^2, taken about the bin centre, for the weighted mean and RMS of x inside
 * the bin.
 *
 * <p>Bin indices are 0 to {@code bins - 1} for in-range bins, {@link IHistogram#UNDERFLOW} and {@link
 * IHistogram#OVERFLOW} for the out-of-range bins. The global {@link #mean()} and {@link #rms()} use only
 * in-range fills, as JAIDA 3.3 does without the {@code useOutflowsInStatistics} option.
 *
 * <p>A fill with a NaN coordinate or a NaN weight goes into no bin and no statistic, but is counted by
 * {@link #allEntries()} and {@link #nanEntries()}, so {@code allEntries() == entries() + extraEntries()
 * + nanEntries()} (JAIDA also counts NaN fills in {@code allEntries}). A fill at +-infinity goes to the
 * overflow or underflow bin. An infinite weight is rejected, since it would make every sum infinite.
 *
 * <p>A histogram made by {@link #restore} from the contents of a file returns the file's errors, means
 * and RMS exactly until it is filled, added to or reset. Its sums are rebuilt from those values, which is
 * exact only up to rounding, and {@link #add} uses them.
 *
 * <p>Not thread-safe: fill from one thread or synchronise outside.
 */
public final class Histogram1D extends AbstractAidaObject implements IHistogram1D {

    private static final long serialVersionUID = 1L;

    private final IAxis axis;

    // Per bin, at slot 0 the underflow bin, at 1..bins the in-range bins, at bins + 1 the overflow bin.
    // The moments of a bin are about its centre (the axis edge for the under- and overflow bins), as JAIDA
    // 3.3 does. The moments of the in-range statistics are about the centre of the axis.
    private final HistogramSums sums;

    // The values read from a file, returned until the next change; null for a histogram filled in memory.
    private StoredContents<Bin1D, Statistics1D> stored;

    /**
     * Creates a histogram with {@code bins} equal bins from {@code min} to {@code max}.
     *
     * @throws IllegalArgumentException for invalid binning, see {@link FixedAxis#FixedAxis}
     */
    public Histogram1D(String title, int bins, double min, double max) {
        this(title, new FixedAxis(bins, min, max));
    }

    /**
     * Creates a histogram with variable bins given by their edges.
     *
     * @throws IllegalArgumentException for invalid edges, see {@link VariableAxis#VariableAxis}
     */
    public Histogram1D(String title, double[] edges) {
        this(title, new VariableAxis(edges));
    }

    /** Creates a histogram on {@code axis}, which must return the same bin for the same value every time. */
    public Histogram1D(String title, IAxis axis) {
        super(title);
        this.axis = Objects.requireNonNull(axis, "axis");
        sums = new HistogramSums(new SlotSums(Binning.slotOrigins(axis)),
                new SlotSums(new double[] {Binning.centre(axis)}));
    }

    /**
     * Creates a histogram from stored contents, as a reader of AIDA files does. Its getters return these
     * values exactly until the histogram changes.
     *
     * @param bins the contents of every bin: underflow, the in-range bins in order, then overflow
     * @param statistics the statistics block; its entries must equal the sum of the in-range bin entries
     * @throws IllegalArgumentException if the number of bins does not match the axis, or a bin or the
     *     statistics are inconsistent: negative entries or error, a bin without entries but with a height, a
     *     non-finite height or error. The message names the bin.
     */
    public static Histogram1D restore(String title, IAxis axis, List<Bin1D> bins, Statistics1D statistics) {
        Histogram1D histogram = new Histogram1D(title, axis);
        int slots = axis.bins() + 2;
        if (bins.size() != slots) {
            throw new IllegalArgumentException("expected " + slots + " bins (" + axis.bins()
                    + " in range, underflow and overflow), found " + bins.size());
        }

        SlotSums binSums = histogram.sums.bins();
        for (int slot = 0; slot < slots; slot++) {
            Bin1D bin = bins.get(slot);
            String name = Binning.binName(Binning.index(axis, slot));
            BinChecks.check(bin.entries(), bin.height(), bin.error(), name);
            BinChecks.checkRms(bin.rms(), name, "x");
            binSums.setWeights(slot, bin.entries(), bin.height(), bin.error() * bin.error());
            binSums.restoreX(slot, bin.mean(), bin.rms());
        }
        histogram.sums.restoreStatistics(statistics);
        histogram.stored = new StoredContents<>(bins, statistics);
        return histogram;
    }

    /**
     * Creates a histogram from per-slot sums whose moments are about the slot origins of {@code axis}, as a
     * projection of a 2-D histogram has them. The in-range statistics are summed from the in-range bins.
     */
    static Histogram1D fromBinSums(String title, IAxis axis, int[] entries, double[] sumW, double[] sumW2,
            double[] sumWDx, double[] sumWDx2) {
        Histogram1D histogram = new Histogram1D(title, axis);
        SlotSums bins = histogram.sums.bins();
        double centre = Binning.centre(axis);
        int allEntries = 0;
        int inRangeEntries = 0;
        double inRangeSumW = 0;
        double inRangeSumW2 = 0;
        double inRangeSumWDx = 0;
        double inRangeSumWDx2 = 0;
        for (int slot = 0; slot < entries.length; slot++) {
            bins.setWeights(slot, entries[slot], sumW[slot], sumW2[slot]);
            bins.setMomentsX(slot, sumWDx[slot], sumWDx2[slot]);
            allEntries = Math.addExact(allEntries, entries[slot]);
            if (slot == 0 || slot == entries.length - 1) {
                continue;
            }

            // Move the bin moments from the bin centre to the centre of the axis.
            inRangeEntries += entries[slot];
            inRangeSumW += sumW[slot];
            inRangeSumW2 += sumW2[slot];
            inRangeSumWDx += bins.sumWDx(slot, centre);
            inRangeSumWDx2 += bins.sumWDx2(slot, centre);
        }
        histogram.sums.restoreCounts(allEntries, inRangeEntries, inRangeSumW, inRangeSumW2);
        histogram.sums.inRange().setMomentsX(0, inRangeSumWDx, inRangeSumWDx2);
        return histogram;
    }

    /** Returns a copy with the same axis, annotations and contents, stored values included. */
    public Histogram1D copy() {
        Histogram1D copy = new Histogram1D(title(), axis);
        copy.copyAnnotationsFrom(this);
        copy.sums.add(sums);
        copy.stored = stored;
        return copy;
    }

    /** Fills {@code x} with weight 1. */
    @Override
    public void fill(double x) {
        fill(x, 1.0);
    }

    /**
     * Fills {@code x} with {@code weight}; negative weights are allowed (NLO generators produce them).
     *
     * @throws IllegalArgumentException if {@code weight} is infinite
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}, the limit
     *     of the AIDA interface
     */
    @Override
    public void fill(double x, double weight) {
        if (Double.isInfinite(weight)) {
            throw new IllegalArgumentException("histogram '" + title() + "': fill weight must be finite, found "
                    + weight + " at x=" + x);
        }
        sums.countFill();
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(weight)) {
            sums.countNanFill();
            return;
        }

        int index = axis.coordToIndex(x);
        sums.fill(slot(index), index >= 0, x, weight);
    }

    /**
     * Adds the contents of {@code other}, as if its fills had been made here: entries, sums of weights and
     * squared weights, and moments, bin by bin and in the statistics. Title and annotations stay.
     *
     * @throws IllegalArgumentException if the bin edges differ; nothing is changed then
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    public void add(Histogram1D other) {
        Binning.requireSameEdges(axis, other.axis, "x axis");
        sums.add(other.sums);
        stored = null;
    }

    /** Empties every bin and statistic; title, annotations and axis stay. */
    @Override
    public void reset() {
        sums.reset();
        stored = null;
    }

    /** Returns the number of fills into bin {@code index}, whatever their weights. */
    @Override
    public int binEntries(int index) {
        return sums.bins().entries(slot(index));
    }

    /** Returns the sum of the weights filled into bin {@code index}. */
    @Override
    public double binHeight(int index) {
        return sums.bins().sumW(slot(index));
    }

    /** Returns the error of bin {@code index}, the square root of the sum of squared weights. */
    @Override
    public double binError(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).error();
        }
        return Math.sqrt(sums.bins().sumW2(slot));
    }

    /** Returns the sum of the squared weights filled into bin {@code index}. */
    public double binSumW2(int index) {
        return sums.bins().sumW2(slot(index));
    }

    /** Returns the weighted sum of the x values filled into bin {@code index}, sum(w x). */
    public double binSumWX(int index) {
        return sums.bins().sumWDx(slot(index), 0.0);
    }

    /** Returns the weighted sum of the squared x values filled into bin {@code index}, sum(w x^2). */
    public double binSumWX2(int index) {
        return sums.bins().sumWDx2(slot(index), 0.0);
    }

    /**
     * Returns the weighted mean of the x values filled into bin {@code index}, or NaN when the bin's
     * weights sum to zero (as for an empty bin).
     */
    public double binMean(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).mean();
        }
        return sums.bins().meanX(slot);
    }

    /**
     * Returns the weighted RMS of the x values in bin {@code index} about their weighted mean, or NaN when
     * the bin's weights sum to zero.
     */
    public double binRms(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).rms();
        }
        return sums.bins().rmsX(slot);
    }

    /**
     * Returns the weighted mean of the in-range fills; 0 when there are none (as in JAIDA), NaN
     * when their weights sum to zero.
     */
    @Override
    public double mean() {
        if (stored != null) {
            return stored.statistics().mean();
        }
        return sums.meanX();
    }

    /**
     * Returns the weighted RMS of the in-range fills about {@link #mean()}: sqrt(sum(w x^2)/sum(w) -
     * mean^2), 0 when there are no in-range fills, NaN when their weights sum to zero.
     */
    @Override
    public double rms() {
        if (stored != null) {
            return stored.statistics().rms();
        }
        return sums.rmsX();
    }

    /** Returns the number of in-range fills. */
    @Override
    public int entries() {
        return sums.inRangeEntries();
    }

    /** Returns the number of fill calls, including those with NaN coordinate or weight. */
    @Override
    public int allEntries() {
        return sums.allEntries();
    }

    /** Returns the number of fills in the under- and overflow bins. */
    @Override
    public int extraEntries() {
        SlotSums bins = sums.bins();
        return bins.entries(0) + bins.entries(bins.slots() - 1);
    }

    /** Returns the number of fills rejected for a NaN coordinate or weight; AIDA files do not keep it. */
    public int nanEntries() {
        return sums.nanEntries();
    }

    /**
     * Returns the effective number of entries of the in-range fills, sum(w)^2 / sum(w^2); 0 when there
     * are no in-range fills or all their weights are zero.
     */
    @Override
    public double equivalentBinEntries() {
        if (stored != null) {
            return stored.statistics().equivalentBinEntries();
        }
        return sums.equivalentBinEntries();
    }

    /** Returns the sum of the heights of the in-range bins. */
    @Override
    public double sumBinHeights() {
        double sum = 0;
        for (int slot = 1; slot <= axis.bins(); slot++) {
            sum += sums.bins().sumW(slot);
        }
        return sum;
    }

    /** Returns the sum of the heights of the under- and overflow bins. */
    @Override
    public double sumExtraBinHeights() {
        SlotSums bins = sums.bins();
        return bins.sumW(0) + bins.sumW(bins.slots() - 1);
    }

    /** Returns the sum of the heights of all bins, in range and out of range. */
    @Override
    public double sumAllBinHeights() {
        return sumBinHeights() + sumExtraBinHeights();
    }

    /**
     * Returns {minBin, maxBin}: the indices of the in-range bins with the smallest and the largest height.
     * Among bins of equal height the lowest index is returned.
     */
    @Override
    public int[] minMaxBins() {
        int minBin = 0;
        int maxBin = 0;
        for (int index = 1; index < axis.bins(); index++) {
            double height = binHeight(index);
            if (height < binHeight(minBin)) {
                minBin = index;
            }
            if (height > binHeight(maxBin)) {
                maxBin = index;
            }
        }
        return new int[] {minBin, maxBin};
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public IAxis xAxis() {
        return axis;
    }

    /**
     * Returns true if {@code other} is a histogram with the same annotations, bin edges and everything an
     * AIDA file stores: per bin the entries, height, error, weighted mean and RMS, and the in-range
     * entries, mean, RMS and equivalent entries. Doubles compare exactly, with NaN equal to NaN. The
     * count of NaN fills is not compared, because AIDA files do not keep it.
     */
    @Override
    public boolean equals(Object other) {
        return sameClassAnnotationsAndContents(other);
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Histogram1D h = (Histogram1D) other;
        if (!Binning.sameEdges(axis, h.axis)) {
            return false;
        }
        for (int slot = 0; slot < axis.bins() + 2; slot++) {
            int index = Binning.index(axis, slot);
            boolean sameBin = binEntries(index) == h.binEntries(index)
                    && Moments.same(binHeight(index), h.binHeight(index))
                    && Moments.same(binError(index), h.binError(index))
                    && Moments.same(binMean(index), h.binMean(index))
                    && Moments.same(binRms(index), h.binRms(index));
            if (!sameBin) {
                return false;
            }
        }
        return entries() == h.entries()
                && Moments.same(mean(), h.mean())
                && Moments.same(rms(), h.rms())
                && Moments.same(equivalentBinEntries(), h.equivalentBinEntries());
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + Binning.hashEdges(axis);
        hash = 31 * hash + sums.bins().entriesHashCode();
        hash = 31 * hash + sums.bins().sumWHashCode();
        return 31 * hash + Double.hashCode(mean());
    }

    @Override
    public String toString() {
        return "Histogram1D('" + title() + "', " + axis + ", " + allEntries() + " fills)";
    }

    private int slot(int index) {
        return Binning.slot(axis, index);
    }
}
