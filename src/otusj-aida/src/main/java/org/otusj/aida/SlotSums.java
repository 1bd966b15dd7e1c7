package org.otusj.aida;

import java.util.Arrays;

/**
 * Sums of weighted fills per slot: the entries, sum(w), sum(w^2), and the first and second moments of x, and
 * optionally of y, about a fixed origin per slot. A slot is a bin, or the single slot of the in-range
 * statistics.
 *
 * <p>The moments are sum(w dx) and sum(w dx^2) with dx = x - origin. An origin inside the bin, such as its
 * centre, keeps dx small, so the RMS of a narrow bin far from zero loses no digits to cancellation. An
 * origin of 0 makes them the raw sums sum(w x) and sum(w x^2).
 */
final class SlotSums {

    private final int[] entries;
    private final double[] sumW;
    private final double[] sumW2;
    private final double[] xOrigins;
    private final double[] sumWDx;
    private final double[] sumWDx2;

    // Null for sums of x alone.
    private final double[] yOrigins;
    private final double[] sumWDy;
    private final double[] sumWDy2;

    /** Creates empty sums of x, with one slot per origin. */
    SlotSums(double[] xOrigins) {
        this(xOrigins, null);
    }

    /** Creates empty sums of x and y, with one slot per origin. Both arrays must have the same length. */
    SlotSums(double[] xOrigins, double[] yOrigins) {
        int slots = xOrigins.length;
        entries = new int[slots];
        sumW = new double[slots];
        sumW2 = new double[slots];
        this.xOrigins = xOrigins;
        sumWDx = new double[slots];
        sumWDx2 = new double[slots];
        this.yOrigins = yOrigins;
        sumWDy = yOrigins == null ? null : new double[slots];
        sumWDy2 = yOrigins == null ? null : new double[slots];
    }

    int slots() {
        return entries.length;
    }

    boolean hasY() {
        return yOrigins != null;
    }

    /**
     * Adds a fill of {@code x} with {@code weight} to {@code slot}.
     *
     * @throws ArithmeticException if the entries of the slot would exceed {@link Integer#MAX_VALUE}, before
     *     anything is changed
     */
    void fill(int slot, double x, double weight) {
        entries[slot] = Math.incrementExact(entries[slot]);
        sumW[slot] += weight;
        sumW2[slot] += weight * weight;
        double dx = x - xOrigins[slot];
        sumWDx[slot] += weight * dx;
        sumWDx2[slot] += weight * dx * dx;
    }

    /** Adds a fill of ({@code x}, {@code y}) to sums of x and y, as {@link #fill(int, double, double)} does. */
    void fill(int slot, double x, double y, double weight) {
        fill(slot, x, weight);
        double dy = y - yOrigins[slot];
        sumWDy[slot] += weight * dy;
        sumWDy2[slot] += weight * dy * dy;
    }

    /**
     * Throws {@link ArithmeticException} if adding {@code other} would take the entries of a slot past
     * {@link Integer#MAX_VALUE}. Calling it before {@link #add} keeps a failed merge from changing anything.
     */
    void requireAddable(SlotSums other) {
        for (int slot = 0; slot < entries.length; slot++) {
            Math.addExact(entries[slot], other.entries[slot]);
        }
    }

    /**
     * Adds the sums of {@code other}, slot by slot, as if its fills had been made here. Both must have the
     * same origins, as sums of axes with the same edges have. {@link #requireAddable} checks the entries.
     */
    void add(SlotSums other) {
        for (int slot = 0; slot < entries.length; slot++) {
            entries[slot] += other.entries[slot];
            sumW[slot] += other.sumW[slot];
            sumW2[slot] += other.sumW2[slot];
            sumWDx[slot] += other.sumWDx[slot];
            sumWDx2[slot] += other.sumWDx2[slot];
            if (sumWDy != null) {
                sumWDy[slot] += other.sumWDy[slot];
                sumWDy2[slot] += other.sumWDy2[slot];
            }
        }
    }

    /** Sets every sum to zero and keeps the origins. */
    void reset() {
        Arrays.fill(entries, 0);
        for (double[] sums : new double[][] {sumW, sumW2, sumWDx, sumWDx2, sumWDy, sumWDy2}) {
            if (sums != null) {
                Arrays.fill(sums, 0.0);
            }
        }
    }

    /** Sets the entries and weight sums of {@code slot}, as a reader of stored contents does. */
    void setWeights(int slot, int slotEntries, double slotSumW, double slotSumW2) {
        entries[slot] = slotEntries;
        sumW[slot] = slotSumW;
        sumW2[slot] = slotSumW2;
    }

    /** Sets the moments of x in {@code slot}, taken about the slot's origin. */
    void setMomentsX(int slot, double slotSumWDx, double slotSumWDx2) {
        sumWDx[slot] = slotSumWDx;
        sumWDx2[slot] = slotSumWDx2;
    }

    /** Sets the moments of y in {@code slot}, taken about the slot's origin. */
    void setMomentsY(int slot, double slotSumWDy, double slotSumWDy2) {
        sumWDy[slot] = slotSumWDy;
        sumWDy2[slot] = slotSumWDy2;
    }

    /**
     * Sets the moments of x in {@code slot} from a weighted mean and RMS read from a file, with the sum of
     * weights already set by {@link #setWeights}. NaN values leave zero moments, see {@link Moments}.
     */
    void restoreX(int slot, double mean, double rms) {
        sumWDx[slot] = Moments.firstMoment(xOrigins[slot], sumW[slot], mean);
        sumWDx2[slot] = Moments.secondMoment(xOrigins[slot], sumW[slot], mean, rms);
    }

    /** Sets the moments of y in {@code slot} from a weighted mean and RMS, as {@link #restoreX} does for x. */
    void restoreY(int slot, double mean, double rms) {
        sumWDy[slot] = Moments.firstMoment(yOrigins[slot], sumW[slot], mean);
        sumWDy2[slot] = Moments.secondMoment(yOrigins[slot], sumW[slot], mean, rms);
    }

    int entries(int slot) {
        return entries[slot];
    }

    double sumW(int slot) {
        return sumW[slot];
    }

    double sumW2(int slot) {
        return sumW2[slot];
    }

    /** Returns sum(w dx) of {@code slot}, about the slot's origin. */
    double sumWDx(int slot) {
        return sumWDx[slot];
    }

    /** Returns sum(w dx^2) of {@code slot}, about the slot's origin. */
    double sumWDx2(int slot) {
        return sumWDx2[slot];
    }

    /** Returns sum(w dy) of {@code slot}, about the slot's origin. */
    double sumWDy(int slot) {
        return sumWDy[slot];
    }

    /** Returns sum(w dy^2) of {@code slot}, about the slot's origin. */
    double sumWDy2(int slot) {
        return sumWDy2[slot];
    }

    /** Returns sum(w dx) of {@code slot} with dx measured from {@code origin} instead of the slot's origin. */
    double sumWDx(int slot, double origin) {
        double shift = xOrigins[slot] - origin;
        return sumWDx[slot] + shift * sumW[slot];
    }

    /** Returns sum(w dx^2) of {@code slot} with dx measured from {@code origin} instead of the slot's origin. */
    double sumWDx2(int slot, double origin) {
        double shift = xOrigins[slot] - origin;
        return sumWDx2[slot] + 2.0 * shift * sumWDx[slot] + shift * shift * sumW[slot];
    }

    /** Returns the weighted mean of x in {@code slot}, or NaN when its weights sum to zero. */
    double meanX(int slot) {
        return Moments.mean(xOrigins[slot], sumW[slot], sumWDx[slot]);
    }

    /** Returns the weighted RMS of x in {@code slot} about its mean, or NaN when its weights sum to zero. */
    double rmsX(int slot) {
        return Moments.rms(sumW[slot], sumWDx[slot], sumWDx2[slot]);
    }

    /** Returns the weighted mean of y in {@code slot}, or NaN when its weights sum to zero. */
    double meanY(int slot) {
        return Moments.mean(yOrigins[slot], sumW[slot], sumWDy[slot]);
    }

    /** Returns the weighted RMS of y in {@code slot} about its mean, or NaN when its weights sum to zero. */
    double rmsY(int slot) {
        return Moments.rms(sumW[slot], sumWDy[slot], sumWDy2[slot]);
    }

    /** Returns {@link Arrays#hashCode(int[])} of the entries of all slots, for the hash codes of histograms. */
    int entriesHashCode() {
        return Arrays.hashCode(entries);
    }

    /** Returns {@link Arrays#hashCode(double[])} of the sums of weights of all slots. */
    int sumWHashCode() {
        return Arrays.hashCode(sumW);
    }
}
