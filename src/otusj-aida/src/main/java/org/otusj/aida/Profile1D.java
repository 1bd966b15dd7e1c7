package org.otusj.aida;

import hep.aida.IAxis;
import java.util.Arrays;
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
 *
 * <p>{@link #equals} is true for a profile with the same annotations, bin edges and everything an AIDA file
 * stores: per bin the entries, mean of y, its error, the RMS of y, the mean and RMS of x, and the
 * statistics. Doubles compare exactly, NaN equal to NaN.
 */
public final class Profile1D extends AbstractAidaObject {

    private final IAxis axis;

    private final int[] binEntries;
    private final double[] binSumW;
    private final double[] binSumW2;
    private final double[] binOrigin;
    private final double[] binSumWDx;
    private final double[] binSumWDx2;
    private final double[] binSumWY;
    private final double[] binSumWY2;

    private int allEntries;
    private int nanEntries;
    private int inRangeEntries;

    // Sums of x over in-range fills only, with dx = x - centre of the axis.
    private final double origin;
    private double sumW;
    private double sumW2;
    private double sumWDx;
    private double sumWDx2;

    private StoredValues stored;

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
        int slots = axis.bins() + 2;
        binEntries = new int[slots];
        binSumW = new double[slots];
        binSumW2 = new double[slots];
        binSumWDx = new double[slots];
        binSumWDx2 = new double[slots];
        binSumWY = new double[slots];
        binSumWY2 = new double[slots];
        binOrigin = Binning.slotOrigins(axis);
        origin = Binning.centre(axis);
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

        StoredValues values = new StoredValues(slots);
        for (int slot = 0; slot < slots; slot++) {
            profile.restoreBin(slot, bins.get(slot), values);
        }

        int inRange = 0;
        for (int slot = 1; slot <= axis.bins(); slot++) {
            inRange = Math.addExact(inRange, profile.binEntries[slot]);
            profile.sumW += profile.binSumW[slot];
            profile.sumW2 += profile.binSumW2[slot];
        }
        if (statistics.entries() != inRange) {
            throw new IllegalArgumentException("statistics entries " + statistics.entries()
                    + " differ from the sum of the in-range bin entries, " + inRange);
        }
        profile.inRangeEntries = inRange;
        profile.allEntries = Math.addExact(inRange, profile.extraEntries());
        profile.sumWDx = Moments.firstMoment(profile.origin, profile.sumW, statistics.mean());
        profile.sumWDx2 = Moments.secondMoment(profile.origin, profile.sumW, statistics.mean(), statistics.rms());
        values.mean = statistics.mean();
        values.rmsOfAll = statistics.rms();
        values.equivalentBinEntries = statistics.equivalentBinEntries();
        profile.stored = values;
        return profile;
    }

    private void restoreBin(int slot, ProfileBin bin, StoredValues values) {
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
        binEntries[slot] = bin.entries();
        binSumW[slot] = effective;
        binSumW2[slot] = effective;
        if (effective > 0 && !Double.isNaN(bin.height())) {
            double rmsY = Double.isNaN(bin.rms()) ? 0.0 : bin.rms();
            binSumWY[slot] = bin.height() * effective;
            binSumWY2[slot] = effective * (rmsY * rmsY + bin.height() * bin.height());
        }
        binSumWDx[slot] = Moments.firstMoment(binOrigin[slot], effective, bin.meanX());
        binSumWDx2[slot] = Moments.secondMoment(binOrigin[slot], effective, bin.meanX(), bin.rmsX());

        values.heights[slot] = bin.height();
        values.errors[slot] = bin.error();
        values.rms[slot] = bin.rms();
        values.meansX[slot] = bin.meanX();
        values.rmsX[slot] = bin.rmsX();
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
        copy.addSums(this);
        copy.allEntries = allEntries;
        copy.nanEntries = nanEntries;
        copy.inRangeEntries = inRangeEntries;
        copy.stored = stored == null ? null : stored.copy();
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
        allEntries = Math.incrementExact(allEntries);
        stored = null;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(weight)) {
            nanEntries++;
            return;
        }

        int index = axis.coordToIndex(x);
        int slot = Binning.slot(axis, index);
        binEntries[slot] = Math.incrementExact(binEntries[slot]);
        binSumW[slot] += weight;
        binSumW2[slot] += weight * weight;
        double binDx = x - binOrigin[slot];
        binSumWDx[slot] += weight * binDx;
        binSumWDx2[slot] += weight * binDx * binDx;
        binSumWY[slot] += weight * y;
        binSumWY2[slot] += weight * y * y;

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
     * Adds the contents of {@code other} bin by bin, as if its fills had been made here.
     *
     * @throws IllegalArgumentException if the bin edges differ; nothing is changed then
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}
     */
    public void add(Profile1D other) {
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

    private void addSums(Profile1D other) {
        for (int slot = 0; slot < binEntries.length; slot++) {
            binEntries[slot] += other.binEntries[slot];
            binSumW[slot] += other.binSumW[slot];
            binSumW2[slot] += other.binSumW2[slot];
            binSumWDx[slot] += other.binSumWDx[slot];
            binSumWDx2[slot] += other.binSumWDx2[slot];
            binSumWY[slot] += other.binSumWY[slot];
            binSumWY2[slot] += other.binSumWY2[slot];
        }
        sumW += other.sumW;
        sumW2 += other.sumW2;
        sumWDx += other.sumWDx;
        sumWDx2 += other.sumWDx2;
    }

    /** Empties every bin and statistic; title, annotations and axis stay. */
    public void reset() {
        Arrays.fill(binEntries, 0);
        for (double[] sums : new double[][] {binSumW, binSumW2, binSumWDx, binSumWDx2, binSumWY, binSumWY2}) {
            Arrays.fill(sums, 0.0);
        }
        allEntries = 0;
        nanEntries = 0;
        inRangeEntries = 0;
        sumW = 0;
        sumW2 = 0;
        sumWDx = 0;
        sumWDx2 = 0;
        stored = null;
    }

    /** Returns the number of fills into bin {@code index}. */
    public int binEntries(int index) {
        return binEntries[slot(index)];
    }

    /** Returns the sum of the weights filled into bin {@code index}. */
    public double binSumW(int index) {
        return binSumW[slot(index)];
    }

    /** Returns the weighted mean of y in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binHeight(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.heights[slot];
        }
        return Moments.mean(0.0, binSumW[slot], binSumWY[slot]);
    }

    /**
     * Returns the error of the mean of y in bin {@code index}: its RMS over sqrt(sum(w)^2 / sum(w^2)); NaN
     * when the bin's weights sum to zero.
     */
    public double binError(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.errors[slot];
        }
        if (binSumW[slot] == 0 || binSumW2[slot] == 0) {
            return Double.NaN;
        }
        double effectiveEntries = binSumW[slot] * binSumW[slot] / binSumW2[slot];
        return binRms(index) / Math.sqrt(effectiveEntries);
    }

    /** Returns the weighted RMS (spread) of y in bin {@code index}, or NaN when its weights sum to zero. */
    public double binRms(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.rms[slot];
        }
        return Moments.rms(binSumW[slot], binSumWY[slot], binSumWY2[slot]);
    }

    /** Returns the weighted mean of x in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binMean(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.meansX[slot];
        }
        return Moments.mean(binOrigin[slot], binSumW[slot], binSumWDx[slot]);
    }

    /** Returns the weighted RMS of x in bin {@code index}, or NaN when the bin's weights sum to zero. */
    public double binRmsX(int index) {
        int slot = slot(index);
        if (stored != null) {
            return stored.rmsX[slot];
        }
        return Moments.rms(binSumW[slot], binSumWDx[slot], binSumWDx2[slot]);
    }

    /** Returns the weighted mean of x over in-range fills; 0 without such fills. */
    public double mean() {
        if (stored != null) {
            return stored.mean;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.mean(origin, sumW, sumWDx);
    }

    /** Returns the weighted RMS of x over in-range fills; 0 without such fills. */
    public double rms() {
        if (stored != null) {
            return stored.rmsOfAll;
        }
        return inRangeEntries == 0 ? 0.0 : Moments.rms(sumW, sumWDx, sumWDx2);
    }

    /** Returns sum(w)^2 / sum(w^2) over in-range fills; 0 without such fills. */
    public double equivalentBinEntries() {
        if (stored != null) {
            return stored.equivalentBinEntries;
        }
        if (inRangeEntries == 0 || sumW2 == 0) {
            return 0.0;
        }
        return sumW * sumW / sumW2;
    }

    /** Returns the number of in-range fills. */
    public int entries() {
        return inRangeEntries;
    }

    /** Returns the number of fill calls, including those with a NaN coordinate or weight. */
    public int allEntries() {
        return allEntries;
    }

    /** Returns the number of fills in the under- and overflow bins. */
    public int extraEntries() {
        return binEntries[0] + binEntries[binEntries.length - 1];
    }

    /** Returns the x axis. */
    public IAxis axis() {
        return axis;
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Profile1D p = (Profile1D) other;
        if (!Binning.sameEdges(axis, p.axis)) {
            return false;
        }
        for (int slot = 0; slot < binEntries.length; slot++) {
            int i = Binning.index(axis, slot);
            boolean sameBin = binEntries[slot] == p.binEntries[slot]
                    && Moments.same(binHeight(i), p.binHeight(i))
                    && Moments.same(binError(i), p.binError(i))
                    && Moments.same(binRms(i), p.binRms(i))
                    && Moments.same(binMean(i), p.binMean(i))
                    && Moments.same(binRmsX(i), p.binRmsX(i));
            if (!sameBin) {
                return false;
            }
        }
        return inRangeEntries == p.inRangeEntries
                && Moments.same(mean(), p.mean())
                && Moments.same(rms(), p.rms())
                && Moments.same(equivalentBinEntries(), p.equivalentBinEntries());
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + Binning.hashEdges(axis);
        return 31 * hash + Arrays.hashCode(binEntries);
    }

    @Override
    public String toString() {
        return "Profile1D('" + title() + "', " + axis + ", " + allEntries + " fills)";
    }

    private int slot(int index) {
        return Binning.slot(axis, index);
    }

    /** Bin values and statistics read from a file. */
    private static final class StoredValues {

        final double[] heights;
        final double[] errors;
        final double[] rms;
        final double[] meansX;
        final double[] rmsX;
        double mean;
        double rmsOfAll;
        double equivalentBinEntries;

        StoredValues(int slots) {
            heights = new double[slots];
            errors = new double[slots];
            rms = new double[slots];
            meansX = new double[slots];
            rmsX = new double[slots];
        }

        StoredValues copy() {
            StoredValues copy = new StoredValues(heights.length);
            System.arraycopy(heights, 0, copy.heights, 0, heights.length);
            System.arraycopy(errors, 0, copy.errors, 0, errors.length);
            System.arraycopy(rms, 0, copy.rms, 0, rms.length);
            System.arraycopy(meansX, 0, copy.meansX, 0, meansX.length);
            System.arraycopy(rmsX, 0, copy.rmsX, 0, rmsX.length);
            copy.mean = mean;
            copy.rmsOfAll = rmsOfAll;
            copy.equivalentBinEntries = equivalentBinEntries;
            return copy;
        }
    }
}
