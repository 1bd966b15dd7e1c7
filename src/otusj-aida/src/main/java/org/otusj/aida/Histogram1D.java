package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import java.util.Arrays;
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
 * <p>{@link #equals} is true for a histogram with the same annotations, bin edges and everything an AIDA
 * file stores: per bin the entries, height, error, weighted mean and RMS, and the in-range entries, mean,
 * RMS and equivalent entries. Doubles compare exactly, with NaN equal to NaN. The count of NaN fills is not
 * compared, because AIDA files do not keep it.
 *
 * <p>Not thread-safe: fill from one thread or synchronise outside.
 */
public final class Histogram1D extends AbstractAidaObject implements IHistogram1D {

    private static final long serialVersionUID = 1L;

    private final IAxis axis;

    // Per bin, at slot 0 the underflow bin, at 1..bins the in-range bins, at bins + 1 the overflow bin.
    // The moments use dx = x - origin, with the bin centre as origin (the axis edge for the under- and
    // overflow bins), as JAIDA 3.3 does, so that the RMS of a narrow bin loses no digits to cancellation.
    private final int[] binEntries;
    private final double[] binSumW;
    private final double[] binSumW2;
    private final double[] binOrigin;
    private final double[] binSumWDx;
    private final double[] binSumWDx2;

    private int allEntries;
    private int nanEntries;
    private int inRangeEntries;

    // Sums over in-range fills only, with dx = x - centre of the axis.
    private final double origin;
    private double sumW;
    private double sumW2;
    private double sumWDx;
    private double sumWDx2;

    // The values read from a file, returned until the next change; null for a histogram filled in memory.
    private StoredValues stored;

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
        int slots = axis.bins() + 2;
        binEntries = new int[slots];
        binSumW = new double[slots];
        binSumW2 = new double[slots];
        binSumWDx = new double[slots];
        binSumWDx2 = new double[slots];
        binOrigin = Binning.slotOrigins(axis);
        origin = Binning.centre(axis);
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

        StoredValues values = new StoredValues(slots);
        for (int slot = 0; slot < slots; slot++) {
            Bin1D bin = bins.get(slot);
            String name = Binning.binName(Binning.index(axis, slot));
            BinChecks.check(bin.entries(), bin.height(), bin.error(), name);
            BinChecks.checkRms(bin.rms(), name, "x");
            histogram.binEntries[slot] = bin.entries();
            histogram.binSumW[slot] = bin.height();
            histogram.binSumW2[slot] = bin.error() * bin.error();
            histogram.binSumWDx[slot] = Moments.firstMoment(histogram.binOrigin[slot], bin.height(), bin.mean());
            histogram.binSumWDx2[slot] = Moments.secondMoment(histogram.binOrigin[slot], bin.height(), bin.mean(),
                    bin.rms());
            values.errors[slot] = bin.error();
            values.means[slot] = bin.mean();
            values.rms[slot] = bin.rms();
        }
        histogram.restoreStatistics(statistics, values);
        return histogram;
    }

    private void restoreStatistics(Statistics1D statistics, StoredValues values) {
        int inRange = 0;
        for (int slot = 1; slot <= axis.bins(); slot++) {
            inRange = Math.addExact(inRange, binEntries[slot]);
            sumW += binSumW[slot];
            sumW2 += binSumW2[slot];
        }
        if (statistics.entries() != inRange) {
            throw new IllegalArgumentException("statistics entries " + statistics.entries()
                    + " differ from the sum of the in-range bin entries, " + inRange);
        }
        inRangeEntries = inRange;
        allEntries = Math.addExact(inRange, extraEntries());
        sumWDx = Moments.firstMoment(origin, sumW, statistics.mean());
        sumWDx2 = Moments.secondMoment(origin, sumW, statistics.mean(), statistics.rms());

        values.mean = statistics.mean();
        values.rmsOfAll = statistics.rms();
        values.equivalentBinEntries = statistics.equivalentBinEntries();
        stored = values;
    }

    /**
     * Creates a histogram from per-slot sums whose moments are about the slot origins of {@code axis}, as a
     * projection of a 2-D histogram has them. The in-range statistics are summed from the in-range bins.
     */
    static Histogram1D fromBinSums(String title, IAxis axis, int[] entries, double[] sumW, double[] sumW2,
            double[] sumWDx, double[] sumWDx2) {
        Histogram1D histogram = new Histogram1D(title, axis);
        System.arraycopy(entries, 0, histogram.binEntries, 0, entries.length);
        System.arraycopy(sumW, 0, histogram.binSumW, 0, sumW.length);
        System.arraycopy(sumW2, 0, histogram.binSumW2, 0, sumW2.length);
        System.arraycopy(sumWDx, 0, histogram.binSumWDx, 0, sumWDx.length);
        System.arraycopy(sumWDx2, 0, histogram.binSumWDx2, 0, sumWDx2.length);

        for (int slot = 0; slot < entries.length; slot++) {
            histogram.allEntries = Math.addExact(histogram.allEntries, entries[slot]);
            if (slot == 0 || slot == entries.length - 1) {
                continue;
            }

            // Move the bin moments from the bin centre to the centre of the axis.
            double shift = histogram.binOrigin[slot] - histogram.origin;
            histogram.inRangeEntries += entries[slot];
            histogram.sumW += sumW[slot];
            histogram.sumW2 += sumW2[slot];
            histogram.sumWDx += sumWDx[slot] + shift * sumW[slot];
            histogram.sumWDx2 += sumWDx2[slot] + 2.0 * shift * sumWDx[slot] + shift * shift * sumW[slot];
        }
        return histogram;
    }

    /** Returns a copy with the same axis, annotations and contents, stored values included. */
    public Histogram1D copy() {
        Histogram1D copy = new Histogram1D(title(), axis);
        copy.copyAnnotationsFrom(this);
        copy.addSums(this);
        copy.allEntries = allEntries;
        copy.nanEntries = nanEntries;
        copy.inRangeEntries = inRangeEntries;
        copy.stored = stored == null ? null : stored.copy();
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
        allEntries = Math.incrementExact(allEntries);
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(weight)) {
            nanEntries++;
            return;
        }

        int index = axis.coordToIndex(x);
        int slot = slot(index);
        binEntries[slot] = Math.incrementExact(binEntries[slot]);
        binSumW[slot] += weight;
        binSumW2[slot] += weight * weight;
        double binDx = x - binOrigin[slot];
        binSumWDx[slot] += weight * binDx;
        binSumWDx2[slot] += weight * binDx * binDx;

        if (index >= 0) {
            inRangeEntries++;
            sumW += weight;
            sumW2 += weight * weight;
            double dx = x - origin;
            sumWDx += weight * dx;
            sumWDx2 += weight * dx * dx;
        }
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

    /** Adds the bin and global sums of {@code other}, whose axis has the same edges. */
    private void addSums(Histogram1D other) {
        for (int slot = 0; slot < binEntries.length; slot++) {
            binEntries[slot] += other.binEntries[slot];
            binSumW[slot] += other.binSumW[slot];
            binSumW2[slot] += other.binSumW2[slot];

            // Both histograms use the same origins, because their axes have the same edges.
            binSumWDx[slot] += other.binSumWDx[slot];
            binSumWDx2[slot] += other.binSumWDx2[slot];
        }
        sumW += other.sumW;
        sumW2 += other.sumW2;
        sumWDx += other.sumWDx;
        sumWDx2 += other.sumWDx2;
    }

    /** Empties every bin and statistic; title, annotations and axis stay. */
    @Override
    public void reset() {
        Arrays.fill(binEntries, 0);
        Arrays.fill(binSumW, 0.0);
        Arrays.fill(binSumW2, 0.0);
        Arrays.fill(binSumWDx, 0.0);
        Arrays.fill(binSumWDx2, 0.0);
        allEntries = 0;
        nanEntries = 0;
        inRangeEntries = 0;
        sumW = 0;
        sumW2 = 0;
        sumWDx = 0;
        sumWDx2 = 0;
        stored = null;
    }

    /** Returns the number of fills into bin {@code index}, whatever their weights. */
    @Override
    public int binEntries(int index) {
        return binEntries[slot(index)];
    }

    /** Returns the sum of the weights filled into bin {@code index}. */
    @Override
    public double binHeight(int index) {
        return binSumW[slot(index)];
    }

    /** Returns the error of bin {@code index}, the square root of the sum of squared weights. */
    @Override
    public double binError(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.errors[slot];
        }
        return Math.sqrt(binSumW2[slot]);
    }

    /** Returns the sum of the squared weights filled into bin {@code index}. */
    public double binSumW2(int index) {
        return binSumW2[slot(index)];
    }

    /** Returns the weighted sum of the x values filled into bin {@code index}, sum(w x). */
    public double binSumWX(int index) {
        int slot = slot(index);
        return binOrigin[slot] * binSumW[slot] + binSumWDx[slot];
    }

    /** Returns the weighted sum of the squared x values filled into bin {@code index}, sum(w x^2). */
    public double binSumWX2(int index) {
        int slot = slot(index);
        double shift = binOrigin[slot];
        return binSumWDx2[slot] + 2.0 * shift * binSumWDx[slot] + shift * shift * binSumW[slot];
    }

    /**
     * Returns the weighted mean of the x values filled into bin {@code index}, or NaN when the bin's
     * weights sum to zero (as for an empty bin).
     */
    public double binMean(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.means[slot];
        }
        return Moments.mean(binOrigin[slot], binSumW[slot], binSumWDx[slot]);
    }

    /**
     * Returns the weighted RMS of the x values in bin {@code index} about their weighted mean, or NaN when
     * the bin's weights sum to zero.
     */
    public double binRms(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.rms[slot];
        }
        return Moments.rms(binSumW[slot], binSumWDx[slot], binSumWDx2[slot]);
    }

    /**
     * Returns the weighted mean of the in-range fills; 0 when there are none (as in JAIDA), NaN
     * when their weights sum to zero.
     */
    @Override
    public double mean() {
        if (stored != null) {
            return stored.mean;
        }
        if (inRangeEntries == 0) {
            return 0.0;
        }
        return Moments.mean(origin, sumW, sumWDx);
    }

    /**
     * Returns the weighted RMS of the in-range fills about {@link #mean()}: sqrt(sum(w x^2)/sum(w) -
     * mean^2), 0 when there are no in-range fills, NaN when their weights sum to zero.
     */
    @Override
    public double rms() {
        if (stored != null) {
            return stored.rmsOfAll;
        }
        if (inRangeEntries == 0) {
            return 0.0;
        }
        return Moments.rms(sumW, sumWDx, sumWDx2);
    }

    /** Returns the number of in-range fills. */
    @Override
    public int entries() {
        return inRangeEntries;
    }

    /** Returns the number of fill calls, including those with NaN coordinate or weight. */
    @Override
    public int allEntries() {
        return allEntries;
    }

    /** Returns the number of fills in the under- and overflow bins. */
    @Override
    public int extraEntries() {
        return binEntries[0] + binEntries[binEntries.length - 1];
    }

    /** Returns the number of fills rejected for a NaN coordinate or weight; AIDA files do not keep it. */
    public int nanEntries() {
        return nanEntries;
    }

    /**
     * Returns the effective number of entries of the in-range fills, sum(w)^2 / sum(w^2); 0 when there
     * are no in-range fills or all their weights are zero.
     */
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

    /** Returns the sum of the heights of the in-range bins. */
    @Override
    public double sumBinHeights() {
        double sum = 0;
        for (int slot = 1; slot <= axis.bins(); slot++) {
            sum += binSumW[slot];
        }
        return sum;
    }

    /** Returns the sum of the heights of the under- and overflow bins. */
    @Override
    public double sumExtraBinHeights() {
        return binSumW[0] + binSumW[binSumW.length - 1];
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
            double height = binSumW[index + 1];
            if (height < binSumW[minBin + 1]) {
                minBin = index;
            }
            if (height > binSumW[maxBin + 1]) {
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

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Histogram1D h = (Histogram1D) other;
        if (!Binning.sameEdges(axis, h.axis)) {
            return false;
        }
        for (int slot = 0; slot < binEntries.length; slot++) {
            int index = Binning.index(axis, slot);
            boolean sameBin = binEntries[slot] == h.binEntries[slot]
                    && Moments.same(binSumW[slot], h.binSumW[slot])
                    && Moments.same(binError(index), h.binError(index))
                    && Moments.same(binMean(index), h.binMean(index))
                    && Moments.same(binRms(index), h.binRms(index));
            if (!sameBin) {
                return false;
            }
        }
        return inRangeEntries == h.inRangeEntries
                && Moments.same(mean(), h.mean())
                && Moments.same(rms(), h.rms())
                && Moments.same(equivalentBinEntries(), h.equivalentBinEntries());
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + Binning.hashEdges(axis);
        hash = 31 * hash + Arrays.hashCode(binEntries);
        hash = 31 * hash + Arrays.hashCode(binSumW);
        return 31 * hash + Double.hashCode(mean());
    }

    @Override
    public String toString() {
        return "Histogram1D('" + title() + "', " + axis + ", " + allEntries + " fills)";
    }

    private int slot(int index) {
        return Binning.slot(axis, index);
    }

    /** Errors, means and RMS read from a file, per slot and for the in-range statistics. */
    private static final class StoredValues implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        final double[] errors;
        final double[] means;
        final double[] rms;
        double mean;
        double rmsOfAll;
        double equivalentBinEntries;

        StoredValues(int slots) {
            errors = new double[slots];
            means = new double[slots];
            rms = new double[slots];
        }

        StoredValues copy() {
            StoredValues copy = new StoredValues(errors.length);
            System.arraycopy(errors, 0, copy.errors, 0, errors.length);
            System.arraycopy(means, 0, copy.means, 0, means.length);
            System.arraycopy(rms, 0, copy.rms, 0, rms.length);
            copy.mean = mean;
            copy.rmsOfAll = rmsOfAll;
            copy.equivalentBinEntries = equivalentBinEntries;
            return copy;
        }
    }
}
