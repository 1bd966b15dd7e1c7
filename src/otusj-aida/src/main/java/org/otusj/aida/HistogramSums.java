package org.otusj.aida;

/**
 * The fill counts and weighted sums of a histogram or profile: what its fills change and what {@link #add}
 * merges. The sums per bin are in {@link #bins()} and those over in-range fills in {@link #inRange()}, a
 * single slot 0 whose origins are the centres of the axis ranges.
 *
 * <p>A fill with a NaN coordinate or weight counts in {@link #allEntries()} and {@link #nanEntries()} only.
 */
final class HistogramSums {

    private final SlotSums bins;
    private final SlotSums inRange;
    private int allEntries;
    private int nanEntries;

    /**
     * Creates empty sums.
     *
     * @param bins the sums per bin, with the slot layout of the owner
     * @param inRange a single slot for the in-range statistics, with or without y when {@code bins} has y
     */
    HistogramSums(SlotSums bins, SlotSums inRange) {
        this.bins = bins;
        this.inRange = inRange;
    }

    SlotSums bins() {
        return bins;
    }

    SlotSums inRange() {
        return inRange;
    }

    int allEntries() {
        return allEntries;
    }

    int nanEntries() {
        return nanEntries;
    }

    int inRangeEntries() {
        return inRange.entries(0);
    }

    /**
     * Counts a fill call, before any other change, so that an overflow leaves everything as it was.
     *
     * @throws ArithmeticException if the count would exceed {@link Integer#MAX_VALUE}, the limit of the AIDA
     *     interface
     */
    void countFill() {
        allEntries = Math.incrementExact(allEntries);
    }

    /** Counts a fill, already counted by {@link #countFill}, that goes into no sum for a NaN value. */
    void countNanFill() {
        nanEntries++;
    }

    /** Adds a fill of {@code x} to bin {@code slot}, and to the in-range sums if {@code isInRange}. */
    void fill(int slot, boolean isInRange, double x, double weight) {
        bins.fill(slot, x, weight);
        if (isInRange) {
            inRange.fill(0, x, weight);
        }
    }

    /**
     * Adds a fill of ({@code x}, {@code y}) to bin {@code slot}, and to the in-range sums if {@code isInRange}.
     * In-range sums without y, as a profile has, take x alone.
     */
    void fill(int slot, boolean isInRange, double x, double y, double weight) {
        bins.fill(slot, x, y, weight);
        if (isInRange && inRange.hasY()) {
            inRange.fill(0, x, y, weight);
        } else if (isInRange) {
            inRange.fill(0, x, weight);
        }
    }

    /**
     * Adds the counts and sums of {@code other}, whose bins have the same edges, as if its fills had been made
     * here.
     *
     * @throws ArithmeticException if a count of entries would exceed {@link Integer#MAX_VALUE}, before
     *     anything is changed
     */
    void add(HistogramSums other) {
        int newAllEntries = Math.addExact(allEntries, other.allEntries);
        inRange.requireAddable(other.inRange);
        bins.requireAddable(other.bins);

        bins.add(other.bins);
        inRange.add(other.inRange);
        allEntries = newAllEntries;
        nanEntries += other.nanEntries;
    }

    /** Sets every count and sum to zero. */
    void reset() {
        bins.reset();
        inRange.reset();
        allEntries = 0;
        nanEntries = 0;
    }

    /**
     * Sets the counts and the in-range weight sums of an object restored from stored contents. The caller
     * sets the in-range moments.
     */
    void restoreCounts(int restoredAllEntries, int inRangeEntries, double inRangeSumW, double inRangeSumW2) {
        allEntries = restoredAllEntries;
        inRange.setWeights(0, inRangeEntries, inRangeSumW, inRangeSumW2);
    }

    /**
     * Restores the counts and in-range sums of a 1-D histogram or profile whose bins are already restored:
     * the entries and weights are summed over the in-range slots, 1 to {@code slots - 2}, and the moments of
     * x come from the statistics block of the file.
     *
     * @throws IllegalArgumentException if the statistics entries differ from the sum of the in-range bin
     *     entries
     * @throws ArithmeticException if a count of entries exceeds {@link Integer#MAX_VALUE}
     */
    void restoreStatistics(Statistics1D statistics) {
        int overflowSlot = bins.slots() - 1;
        int inRangeEntries = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (int slot = 1; slot < overflowSlot; slot++) {
            inRangeEntries = Math.addExact(inRangeEntries, bins.entries(slot));
            sumW += bins.sumW(slot);
            sumW2 += bins.sumW2(slot);
        }
        if (statistics.entries() != inRangeEntries) {
            throw new IllegalArgumentException("statistics entries " + statistics.entries()
                    + " differ from the sum of the in-range bin entries, " + inRangeEntries);
        }

        // The under- and overflow entries are summed without an overflow check, as extraEntries() does.
        int extraEntries = bins.entries(0) + bins.entries(overflowSlot);
        restoreCounts(Math.addExact(inRangeEntries, extraEntries), inRangeEntries, sumW, sumW2);
        inRange.restoreX(0, statistics.mean(), statistics.rms());
    }

    /** Returns the weighted mean of x over in-range fills, 0 without such fills or NaN if their weights sum to 0. */
    double meanX() {
        return inRangeEntries() == 0 ? 0.0 : inRange.meanX(0);
    }

    /** Returns the weighted RMS of x over in-range fills, 0 without such fills or NaN if their weights sum to 0. */
    double rmsX() {
        return inRangeEntries() == 0 ? 0.0 : inRange.rmsX(0);
    }

    /**
     * Returns the weighted mean of y over in-range fills, as {@link #meanX} does for x. The in-range sums must
     * have y.
     */
    double meanY() {
        return inRangeEntries() == 0 ? 0.0 : inRange.meanY(0);
    }

    /**
     * Returns the weighted RMS of y over in-range fills, as {@link #rmsX} does for x. The in-range sums must
     * have y.
     */
    double rmsY() {
        return inRangeEntries() == 0 ? 0.0 : inRange.rmsY(0);
    }

    /**
     * Returns the effective number of in-range entries sum(w)^2 / sum(w^2), or 0 without in-range fills or
     * when all their weights are zero.
     */
    double equivalentBinEntries() {
        double sumW = inRange.sumW(0);
        double sumW2 = inRange.sumW2(0);
        if (inRangeEntries() == 0 || sumW2 == 0) {
            return 0.0;
        }
        return sumW * sumW / sumW2;
    }
}
