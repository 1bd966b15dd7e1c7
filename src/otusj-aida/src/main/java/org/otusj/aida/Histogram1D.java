package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * <p>Not thread-safe: fill from one thread or synchronise outside.
 */
public final class Histogram1D implements IHistogram1D {

    private static final long serialVersionUID = 1L;

    /** Annotation key of the title, as AIDA files store it. */
    public static final String TITLE_KEY = "Title";

    /** Annotation key of the x-axis label, the name that YODA and Rivet use. */
    public static final String X_LABEL_KEY = "XLabel";

    /** Annotation key of the y-axis label, the name that YODA and Rivet use. */
    public static final String Y_LABEL_KEY = "YLabel";

    private final IAxis axis;
    private final Map<String, String> annotations = new LinkedHashMap<>();

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
        this.axis = Objects.requireNonNull(axis, "axis");
        setTitle(title);
        int slots = axis.bins() + 2;
        binEntries = new int[slots];
        binSumW = new double[slots];
        binSumW2 = new double[slots];
        binSumWDx = new double[slots];
        binSumWDx2 = new double[slots];

        binOrigin = new double[slots];
        binOrigin[0] = axis.lowerEdge();
        for (int index = 0; index < axis.bins(); index++) {
            binOrigin[index + 1] = axis.binCentre(index);
        }
        binOrigin[slots - 1] = axis.upperEdge();
        origin = axis.lowerEdge() + 0.5 * (axis.upperEdge() - axis.lowerEdge());
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
        return Math.sqrt(binSumW2[slot(index)]);
    }

    /**
     * Returns the weighted mean of the x values filled into bin {@code index}, or NaN when the bin's
     * weights sum to zero (as for an empty bin).
     */
    public double binMean(int index) {
        int slot = slot(index);
        if (binSumW[slot] == 0) {
            return Double.NaN;
        }
        return binOrigin[slot] + binSumWDx[slot] / binSumW[slot];
    }

    /**
     * Returns the weighted RMS of the x values in bin {@code index} about their weighted mean, or NaN when
     * the bin's weights sum to zero.
     */
    public double binRms(int index) {
        int slot = slot(index);
        return rms(binSumW[slot], binSumWDx[slot], binSumWDx2[slot]);
    }

    /**
     * Returns the weighted mean of the in-range fills; 0 when there are none (as in JAIDA), NaN
     * when their weights sum to zero.
     */
    @Override
    public double mean() {
        if (inRangeEntries == 0) {
            return 0.0;
        }
        if (sumW == 0) {
            return Double.NaN;
        }
        return origin + sumWDx / sumW;
    }

    /**
     * Returns the weighted RMS of the in-range fills about {@link #mean()}: sqrt(sum(w x^2)/sum(w) -
     * mean^2), 0 when there are no in-range fills, NaN when their weights sum to zero.
     */
    @Override
    public double rms() {
        if (inRangeEntries == 0) {
            return 0.0;
        }
        return rms(sumW, sumWDx, sumWDx2);
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

    /** Returns the number of fills rejected for a NaN coordinate or weight. */
    public int nanEntries() {
        return nanEntries;
    }

    /**
     * Returns the effective number of entries of the in-range fills, sum(w)^2 / sum(w^2); 0 when there
     * are no in-range fills or all their weights are zero.
     */
    @Override
    public double equivalentBinEntries() {
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
    public String title() {
        return annotations.get(TITLE_KEY);
    }

    /** Sets the title, which is also the {@value #TITLE_KEY} annotation. */
    public void setTitle(String title) {
        annotations.put(TITLE_KEY, Objects.requireNonNull(title, "title"));
    }

    /**
     * Sets an annotation, a key-value pair written to AIDA files (an axis label, say). Setting {@value
     * #TITLE_KEY} sets the title.
     */
    public void setAnnotation(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("annotation key must not be empty");
        }
        annotations.put(key, value);
    }

    /** Returns the annotation {@code key}, or null if it is not set. */
    public String annotation(String key) {
        return annotations.get(key);
    }

    /** Read-only view of the annotations in the order they were first set; the title comes first. */
    public Map<String, String> annotations() {
        return Collections.unmodifiableMap(annotations);
    }

    @Override
    public String toString() {
        return "Histogram1D('" + title() + "', " + axis + ", " + allEntries + " fills)";
    }

    private int slot(int index) {
        if (index == IHistogram.UNDERFLOW) {
            return 0;
        }
        if (index == IHistogram.OVERFLOW) {
            return axis.bins() + 1;
        }
        if (index < 0 || index >= axis.bins()) {
            throw new IndexOutOfBoundsException("bin index " + index + " is out of range: expected 0.."
                    + (axis.bins() - 1) + ", UNDERFLOW (" + IHistogram.UNDERFLOW + ") or OVERFLOW ("
                    + IHistogram.OVERFLOW + ")");
        }
        return index + 1;
    }

    /** Returns the weighted RMS from sums of w, w dx and w dx^2, where dx is x minus any fixed origin. */
    private static double rms(double sumW, double sumWDx, double sumWDx2) {
        if (sumW == 0) {
            return Double.NaN;
        }
        double meanDx = sumWDx / sumW;
        double variance = sumWDx2 / sumW - meanDx * meanDx;

        // Cancellation for nearly equal values, or negative weights, can leave a negative variance.
        return variance > 0 ? Math.sqrt(variance) : 0.0;
    }
}
