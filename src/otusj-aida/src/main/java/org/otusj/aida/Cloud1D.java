package org.otusj.aida;

import java.util.Arrays;
import java.util.Objects;

/**
 * An unbinned set of weighted values, the AIDA {@code ICloud1D}. It stores every (x, weight) pair until it
 * has {@code maxEntries} of them, then converts itself into a {@link Histogram1D} and fills that from then
 * on.
 *
 * <p>The conversion histogram has {@link #conversionBins()} equal bins (50 unless set) between the
 * conversion edges. Unset edges default to the smallest and largest value stored, widened by 5 % of their
 * span on each side (by 1 on each side when all values are equal), so no stored value falls outside.
 *
 * <p>NaN values or weights are stored but left out of the statistics, as JAIDA 3.3 does. An infinite
 * weight is rejected. Not thread-safe.
 */
public final class Cloud1D extends AbstractAidaObject {

    /** {@link #maxEntries()} of a cloud that never converts itself. */
    public static final int UNLIMITED = -1;

    /** Number of bins of the conversion histogram unless {@link #setConversionParameters} sets another. */
    public static final int DEFAULT_CONVERSION_BINS = 50;

    private static final double MARGIN = 0.05;

    private final int maxEntries;

    private double[] values = new double[16];
    private double[] weights = new double[16];
    private int size;

    private int conversionBins = DEFAULT_CONVERSION_BINS;
    private double conversionLowerEdge = Double.NaN;
    private double conversionUpperEdge = Double.NaN;

    // The histogram the cloud was converted into; null while the cloud stores its values.
    private Histogram1D histogram;

    /**
     * Creates an empty cloud.
     *
     * @param maxEntries number of values stored before the cloud converts itself into a histogram, or
     *     {@link #UNLIMITED} (any value below 1) to store every value
     */
    public Cloud1D(String title, int maxEntries) {
        super(title);
        this.maxEntries = maxEntries < 1 ? UNLIMITED : maxEntries;
    }

    /** Creates a cloud that stores every value. */
    public Cloud1D(String title) {
        this(title, UNLIMITED);
    }

    /** Returns a copy with the same annotations, parameters and values, or a copy of the histogram. */
    public Cloud1D copy() {
        Cloud1D copy = new Cloud1D(title(), maxEntries);
        copy.copyAnnotationsFrom(this);
        copy.conversionBins = conversionBins;
        copy.conversionLowerEdge = conversionLowerEdge;
        copy.conversionUpperEdge = conversionUpperEdge;
        copy.values = Arrays.copyOf(values, Math.max(size, 1));
        copy.weights = Arrays.copyOf(weights, Math.max(size, 1));
        copy.size = size;
        copy.histogram = histogram == null ? null : histogram.copy();
        return copy;
    }

    /** Fills {@code x} with weight 1. */
    public void fill(double x) {
        fill(x, 1.0);
    }

    /**
     * Fills {@code x} with {@code weight}. The fill that would exceed {@code maxEntries} converts the cloud
     * into a histogram first.
     *
     * @throws IllegalArgumentException if {@code weight} is infinite
     */
    public void fill(double x, double weight) {
        if (Double.isInfinite(weight)) {
            throw new IllegalArgumentException("cloud '" + title() + "': fill weight must be finite, found " + weight
                    + " at x=" + x);
        }
        if (histogram == null && maxEntries != UNLIMITED && size == maxEntries) {
            convert();
        }
        if (histogram != null) {
            histogram.fill(x, weight);
            return;
        }

        if (size == values.length) {
            int capacity = Math.max(16, Math.multiplyExact(values.length, 2));
            values = Arrays.copyOf(values, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        values[size] = x;
        weights[size] = weight;
        size++;
    }

    /**
     * Sets the binning of the conversion histogram. NaN for an edge selects the default edge.
     *
     * @throws IllegalStateException if the cloud is already converted
     * @throws IllegalArgumentException if {@code bins < 1}, or both edges are set with lower >= upper
     */
    public void setConversionParameters(int bins, double lowerEdge, double upperEdge) {
        if (histogram != null) {
            throw new IllegalStateException("cloud '" + title() + "' is already converted into a histogram");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("conversion bins must be at least 1, found " + bins);
        }
        if (!Double.isNaN(lowerEdge) && !Double.isNaN(upperEdge) && !(lowerEdge < upperEdge)) {
            throw new IllegalArgumentException("conversion edges must have lower < upper, found " + lowerEdge + " and "
                    + upperEdge);
        }
        conversionBins = bins;
        conversionLowerEdge = lowerEdge;
        conversionUpperEdge = upperEdge;
    }

    /** Converts the cloud into a histogram with the conversion parameters; nothing happens if converted. */
    public void convert() {
        if (histogram != null) {
            return;
        }
        convert(new FixedAxis(conversionBins, effectiveLowerEdge(), effectiveUpperEdge()));
    }

    /** Converts the cloud into a histogram on {@code axis}, filled with every stored value and weight. */
    public void convert(hep.aida.IAxis axis) {
        if (histogram != null) {
            throw new IllegalStateException("cloud '" + title() + "' is already converted into a histogram");
        }
        Histogram1D converted = new Histogram1D(title(), axis);
        for (int i = 0; i < size; i++) {
            converted.fill(values[i], weights[i]);
        }
        histogram = converted;
        values = new double[0];
        weights = new double[0];
        size = 0;
    }

    /**
     * Replaces the contents by {@code histogram}, as a reader restores a converted cloud; annotations stay.
     *
     * @throws IllegalStateException if the cloud stores values or is already converted
     */
    public void setHistogram(Histogram1D converted) {
        if (histogram != null || size > 0) {
            throw new IllegalStateException("cloud '" + title() + "' is not empty");
        }
        histogram = Objects.requireNonNull(converted, "histogram");
        values = new double[0];
        weights = new double[0];
    }

    /** Returns true if the cloud was converted into a histogram. */
    public boolean isConverted() {
        return histogram != null;
    }

    /**
     * Returns the histogram the cloud was converted into.
     *
     * @throws IllegalStateException if the cloud is not converted
     */
    public Histogram1D histogram() {
        if (histogram == null) {
            throw new IllegalStateException("cloud '" + title() + "' is not converted into a histogram");
        }
        return histogram;
    }

    /**
     * Adds the contents of {@code other}: its values, or its histogram. If either cloud is converted, the
     * other is converted on the same axis first; values beyond {@code maxEntries} convert this cloud.
     *
     * @throws IllegalArgumentException if both are converted with different bin edges
     */
    public void add(Cloud1D other) {
        if (histogram == null && other.histogram == null) {
            for (int i = 0; i < other.size; i++) {
                fill(other.values[i], other.weights[i]);
            }
            return;
        }
        if (histogram == null) {
            convert(other.histogram.xAxis());
        }
        if (other.histogram == null) {
            for (int i = 0; i < other.size; i++) {
                histogram.fill(other.values[i], other.weights[i]);
            }
            return;
        }
        histogram.add(other.histogram);
    }

    /** Returns the number of stored values, or the fills of the histogram once converted. */
    public int entries() {
        return histogram == null ? size : histogram.allEntries();
    }

    /**
     * Returns stored value {@code index}.
     *
     * @throws IllegalStateException if the cloud is converted
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #entries()}
     */
    public double value(int index) {
        checkStored(index);
        return values[index];
    }

    /** Returns the weight of stored value {@code index}; see {@link #value}. */
    public double weight(int index) {
        checkStored(index);
        return weights[index];
    }

    /** Returns the smallest stored value that is not NaN, or NaN if there is none (or once converted). */
    public double lowerEdge() {
        double min = Double.NaN;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(values[i]) && !(values[i] >= min)) {
                min = values[i];
            }
        }
        return min;
    }

    /** Returns the largest stored value that is not NaN, or NaN if there is none (or once converted). */
    public double upperEdge() {
        double max = Double.NaN;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(values[i]) && !(values[i] <= max)) {
                max = values[i];
            }
        }
        return max;
    }

    /** Returns the sum of the weights of the values without NaN, or of the histogram's bins once converted. */
    public double sumOfWeights() {
        if (histogram != null) {
            return histogram.sumAllBinHeights();
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (isValid(i)) {
                sum += weights[i];
            }
        }
        return sum;
    }

    /** Returns the weighted mean of the values without NaN; NaN if their weights sum to zero. */
    public double mean() {
        if (histogram != null) {
            return histogram.mean();
        }
        double origin = firstValidValue();
        double sumW = 0;
        double sumWDx = 0;
        for (int i = 0; i < size; i++) {
            if (isValid(i)) {
                sumW += weights[i];
                sumWDx += weights[i] * (values[i] - origin);
            }
        }
        return Moments.mean(origin, sumW, sumWDx);
    }

    /** Returns the weighted RMS of the values without NaN about their mean; NaN if the weights sum to zero. */
    public double rms() {
        if (histogram != null) {
            return histogram.rms();
        }
        double origin = firstValidValue();
        double sumW = 0;
        double sumWDx = 0;
        double sumWDx2 = 0;
        for (int i = 0; i < size; i++) {
            if (isValid(i)) {
                double dx = values[i] - origin;
                sumW += weights[i];
                sumWDx += weights[i] * dx;
                sumWDx2 += weights[i] * dx * dx;
            }
        }
        return Moments.rms(sumW, sumWDx, sumWDx2);
    }

    /** Returns the number of values stored before the cloud converts itself, or {@link #UNLIMITED}. */
    public int maxEntries() {
        return maxEntries;
    }

    /** Returns the number of bins of the conversion histogram. */
    public int conversionBins() {
        return conversionBins;
    }

    /** Returns the lower edge set for the conversion histogram, NaN for the default. */
    public double conversionLowerEdge() {
        return conversionLowerEdge;
    }

    /** Returns the upper edge set for the conversion histogram, NaN for the default. */
    public double conversionUpperEdge() {
        return conversionUpperEdge;
    }

    /**
     * Returns true if {@code other} has the same annotations, maximum entries, conversion parameters and
     * either the same values and weights in the same order or an equal histogram.
     */
    @Override
    public boolean equals(Object other) {
        return sameClassAnnotationsAndContents(other);
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        Cloud1D c = (Cloud1D) other;
        return maxEntries == c.maxEntries
                && conversionBins == c.conversionBins
                && Moments.same(conversionLowerEdge, c.conversionLowerEdge)
                && Moments.same(conversionUpperEdge, c.conversionUpperEdge)
                && Objects.equals(histogram, c.histogram)
                && Arrays.equals(values, 0, size, c.values, 0, c.size)
                && Arrays.equals(weights, 0, size, c.weights, 0, c.size);
    }

    @Override
    public int hashCode() {
        int hash = 31 * annotations.hashCode() + maxEntries;
        hash = 31 * hash + Objects.hashCode(histogram);
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + Double.hashCode(values[i]);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Cloud1D('" + title() + "', " + (histogram == null ? size + " values" : "converted: " + histogram) + ")";
    }

    private boolean isValid(int i) {
        return !Double.isNaN(values[i]) && !Double.isNaN(weights[i]);
    }

    /** Returns the first value without NaN, the origin of the moments, or 0 if there is none. */
    private double firstValidValue() {
        for (int i = 0; i < size; i++) {
            if (isValid(i) && Double.isFinite(values[i])) {
                return values[i];
            }
        }
        return 0.0;
    }

    private double effectiveLowerEdge() {
        if (!Double.isNaN(conversionLowerEdge)) {
            return conversionLowerEdge;
        }
        double lower = finiteEdge(true);
        double upper = finiteEdge(false);
        double lowerWithMargin = lower == upper ? lower - 1.0 : lower - MARGIN * (upper - lower);
        if (!Double.isNaN(conversionUpperEdge) && !(lowerWithMargin < conversionUpperEdge)) {
            return conversionUpperEdge - 1.0;
        }
        return lowerWithMargin;
    }

    private double effectiveUpperEdge() {
        if (!Double.isNaN(conversionUpperEdge)) {
            return conversionUpperEdge;
        }
        double lower = finiteEdge(true);
        double upper = finiteEdge(false);
        double upperWithMargin = lower == upper ? upper + 1.0 : upper + MARGIN * (upper - lower);
        if (!Double.isNaN(conversionLowerEdge) && !(upperWithMargin > conversionLowerEdge)) {
            return conversionLowerEdge + 1.0;
        }
        return upperWithMargin;
    }

    /** Returns the smallest or largest finite value stored, or 0 if there is none. */
    private double finiteEdge(boolean lowest) {
        double edge = Double.NaN;
        for (int i = 0; i < size; i++) {
            double value = values[i];
            if (Double.isFinite(value) && (Double.isNaN(edge) || (lowest ? value < edge : value > edge))) {
                edge = value;
            }
        }
        return Double.isNaN(edge) ? 0.0 : edge;
    }

    private void checkStored(int index) {
        if (histogram != null) {
            throw new IllegalStateException("cloud '" + title() + "' is converted and stores no values");
        }
        Objects.checkIndex(index, size);
    }
}
