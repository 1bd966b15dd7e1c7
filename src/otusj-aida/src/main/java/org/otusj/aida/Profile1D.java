package org.otusj.aida;

import hep.aida.IAxis;
import java.util.List;
import java.util.Objects;

/**
 * A profile histogram, the AIDA {@code IProfile1D}: for each bin of x, the weighted mean of y with its
 * error and its RMS (spread), plus the weighted mean and RMS of x inside the bin.
 *
 * <p>Per bin it keeps the entries, the sums of weights and squared weights, the weighted sums of x and
 * x^2 about the bin centre, and the weighted sums of y and y^2. The error of the mean of y in a bin is
 * its RMS over the square root of the effective entries sum(w)^2 / sum(w^2), as ROOT's {@code TProfile}
 * computes it by default; it is NaN when the weights sum to zero and 0 for a bin whose y values are all
 * equal.
 *
 * <p>Bin indices and the handling of NaN fills are those of {@link Histogram1D}; {@link #mean()} and
 * {@link #rms()} describe x over in-range fills.
 *
 * <p>NOTE: AIDA files keep no sum of weights for profile bins. {@link #restore} therefore sets each
 * bin's sum of weights and of squared weights to its effective entries (RMS over error, squared, or the
 * entries where that is undefined). That is exact for unit weights only, so {@link #add} of weighted
 * profiles read from files weights the bins by effective entries. The y sums are raw, so the RMS of y
 * values far from zero loses digits to cancellation. Not thread-safe.
 */
public final class Profile1D extends AbstractAidaObject {

    private final IAxis axis;

    // Slots and moments of x as in Histogram1D. The bins also keep y about an origin of 0, so their moments
    // of y are the raw sums sum(w y) and sum(w y^2). The in-range statistics keep x only.
    private final HistogramSums sums;

    private StoredContents<ProfileBin, Statistics1D> stored;

    /**
     * Creates a profile with {@code bins} equal bins of x from {@code min} to {@code max}.
     *
     * @throws IllegalArgumentException for invalid binning, see {@link FixedAxis#FixedAxis}
     */
    public Profile1D(String title, int bins, double min, double max) {
        this(title, new FixedAxis(bins, min, max));
    }

    /** Creates a profile on {@code axis}. */
    public Profile1D(String title, IAxis axis) {
        super(title);
        this.axis = Objects.requireNonNull(axis, "axis");
        sums = new HistogramSums(new SlotSums(Binning.slotOrigins(axis), new double[axis.bins() + 2]),
                new SlotSums(new double[] {Binning.centre(axis)}));
    }

    /**
     * Creates a profile from stored contents, as a reader of AIDA files does. Its getters return these
     * values exactly until the profile changes.
     *
     * @param bins the contents of every bin: underflow, the in-range bins in order, then overflow
     * @param statistics the statistics of x; its entries must equal the sum of the in-range bin entries
     * @throws IllegalArgumentException if the number of bins does not match the axis, or a bin is
     *     inconsistent (negative entries, a negative error or RMS, an empty bin with a finite height)
     */
    public static Profile1D restore(String title, IAxis axis, List<ProfileBin> bins, Statistics1D statistics) {
        Profile1D profile = new Profile1D(title, axis);
        int slots = axis.bins() + 2;
        if (bins.size() != slots) {
            throw new IllegalArgumentException("expected " + slots + " bins (" + axis.bins()
                    + " in range, underflow and overflow), found " + bins.size());
        }

        for (int slot = 0; slot < slots; slot++) {
            profile.restoreBin(slot, bins.get(slot));
        }
        profile.sums.restoreStatistics(statistics);
        profile.stored = new StoredContents<>(bins, statistics);
        return profile;
    }

    private void restoreBin(int slot, ProfileBin bin) {
        String name = Binning.binName(Binning.index(axis, slot));
        if (bin.entries() < 0) {
            throw new IllegalArgumentException("bin " + name + " has negative entries " + bin.entries());
        }
        if (bin.error() < 0 || bin.rms() < 0 || bin.rmsX() < 0) {
            throw new IllegalArgumentException("bin " + name + " has a negative error or RMS: error " + bin.error()
                    + ", RMS of y " + bin.rms() + ", RMS of x " + bin.rmsX());
        }
        if (bin.entries() == 0 && !Double.isNaN(bin.height()) && bin.height() != 0) {
            throw new IllegalArgumentException("bin " + name + " has no entries but height " + bin.height());
        }

        double effective = effectiveEntries(bin);
        SlotSums binSums = sums.bins();
        binSums.setWeights(slot, bin.entries(), effective, effective);
        if (effective > 0 && !Double.isNaN(bin.height())) {
            double rmsY = Double.isNaN(bin.rms()) ? 0.0 : bin.rms();
            binSums.setMomentsY(slot, bin.height() * effective,
                    effective * (rmsY * rmsY + bin.height() * bin.height()));
        }
        binSums.restoreX(slot, bin.meanX(), bin.rmsX());
    }

    /** Returns (RMS / error)^2 where both are positive and finite, else the entries; 0 without weight. */
    private static double effectiveEntries(ProfileBin bin) {
        if (bin.entries() == 0 || Double.isNaN(bin.height())) {
            return 0.0;
        }
        double ratio = bin.rms() / bin.error();
        if (bin.error() > 0 && bin.rms() > 0 && Double.isFinite(ratio)) {
            return ratio * ratio;
        }
        return bin.entries();
    }

    /** Returns a copy with the same axis, annotations and contents, stored values included. */
    public Profile1D copy() {
        Profile1D copy = new Profile1D(title(), axis);
        copy.copyAnnotationsFrom(this);
        copy.sums.add(sums);
        copy.stored = stored;
        return copy;
    }

    /** Fills ({@code x}, {@code y}) with weight 1. */
    public void fill(double x, double y) {
        fill(x, y, 1.0);
    }

    /**
     * Fills ({@code x}, {@code y}) with {@code weight}; negative weights are allowed.
     *
     * @throws IllegalArgumentException if {@code weight} is infinite
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    public void fill(double x, double y, double weight) {
        if (Double.isInfinite(weight)) {
            throw new IllegalArgumentException("profile '" + title() + "': fill weight must be finite, found "
                    + weight + " at x=" + x + ", y=" + y);
        }
        sums.countFill();
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(weight)) {
            sums.countNanFill();
            return;
        }

        int index = axis.coordToIndex(x);
        sums.fill(slot(index), index >= 0, x, y, weight);
    }

    /**
     * Adds the contents of {@code other} bin by bin, as if its fills had been made here.
     *
     * @throws IllegalArgumentException if the bin edges differ; nothing is changed then
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    public void add(Profile1D other) {
        Binning.requireSameEdges(axis, other.axis, "x axis");
        sums.add(other.sums);
        stored = null;
    }

    /** Empties every bin and statistic; title, annotations and axis stay. */
    public void reset() {
        sums.reset();
        stored = null;
    }

    /** Returns the number of fills into bin {@code index}. */
    public int binEntries(int index) {
        return sums.bins().entries(slot(index));
    }

    /** Returns the sum of the weights filled into bin {@code index}. */
    public double binSumW(int index) {
        return sums.bins().sumW(slot(index));
    }

    /** Returns the weighted mean of y in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binHeight(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).height();
        }
        return sums.bins().meanY(slot);
    }

    /**
     * Returns the error of the mean of y in bin {@code index}: its RMS over sqrt(sum(w)^2 / sum(w^2)); NaN
     * when the bin's weights sum to zero.
     */
    public double binError(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).error();
        }
        double sumW = sums.bins().sumW(slot);
        double sumW2 = sums.bins().sumW2(slot);
        if (sumW == 0 || sumW2 == 0) {
            return Double.NaN;
        }
        double effectiveEntries = sumW * sumW / sumW2;
        return binRms(index) / Math.sqrt(effectiveEntries);
    }

    /** Returns the weighted RMS (spread) of y in bin {@code index}, or NaN when its weights sum to zero. */
    public double binRms(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).rms();
        }
        return sums.bins().rmsY(slot);
    }

    /** Returns the weighted mean of x in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binMean(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).meanX();
        }
        return sums.bins().meanX(slot);
    }

    /** Returns the weighted RMS of x in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binRmsX(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.bin(slot).rmsX();
        }
        return sums.bins().rmsX(slot);
    }

    /** Returns the weighted mean of x over in-range fills; 0 without such fills. */
    public double mean() {
        if (stored != null) {
            return stored.statistics().mean();
        }
        return sums.meanX();
    }

    /** Returns the weighted RMS of x over in-range fills; 0 without such fills. */
    public double rms() {
        if (stored != null) {
            return stored.statistics().rms();
        }
        return sums.rmsX();
    }

    /** Returns sum(w)^2 / sum(w^2) over in-range fills; 0 without such fills. */
    public double equivalentBinEntries() {
        if (stored != null) {
            return stored.statistics().equivalentBinEntries();
        }
        return sums.equivalentBinEntries();
    }

    /** Returns the number of in-range fills. */
    public int entries() {
        return sums.inRangeEntries();
    }

    /** Returns the number of fill calls, including those with a NaN coordinate or weight. */
    public int allEntries() {
        return sums.allEntries();
    }

    /** Returns the number of fills in the under- and overflow bins. */
    public int extraEntries() {
        SlotSums bins = sums.bins();
        return bins.entries(0) + bins.entries(bins.slots() - 1);
    }

    /** Returns the x axis. */
    public IAxis axis() {
        return axis;
    }

    /**
     * Returns true if {@code other} has the same annotations, bin edges and everything an AIDA file stores:
     * per bin the entries, mean of y, its error, the RMS of y, the mean and RMS of x, and the statistics.
     * Doubles compare exactly, NaN equal to NaN.
     */
    @Override
    public boolean equals(Object other) {
        return sameClassAnnotationsAndContents(other);
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Profile1D p = (Profile1D) other;
        if (!Binning.sameEdges(axis, p.axis)) {
            return false;
        }
        for (int slot = 0; slot < axis.bins() + 2; slot++) {
            int i = Binning.index(axis, slot);
            boolean sameBin = binEntries(i) == p.binEntries(i)
                    && Moments.same(binHeight(i), p.binHeight(i))
                    && Moments.same(binError(i), p.binError(i))
                    && Moments.same(binRms(i), p.binRms(i))
                    && Moments.same(binMean(i), p.binMean(i))
                    && Moments.same(binRmsX(i), p.binRmsX(i));
            if (!sameBin) {
                return false;
            }
        }
        return entries() == p.entries()
                && Moments.same(mean(), p.mean())
                && Moments.same(rms(), p.rms())
                && Moments.same(equivalentBinEntries(), p.equivalentBinEntries());
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + Binning.hashEdges(axis);
        return 31 * hash + sums.bins().entriesHashCode();
    }

    @Override
    public String toString() {
        return "Profile1D('" + title() + "', " + axis + ", " + allEntries() + " fills)";
    }

    private int slot(int index) {
        return Binning.slot(axis, index);
    }
}
