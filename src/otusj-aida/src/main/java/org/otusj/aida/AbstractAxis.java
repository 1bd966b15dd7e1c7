package org.otusj.aida;

import hep.aida.IAxis;
import hep.aida.IHistogram;

/**
 * Common part of the axes: the under- and overflow bins and the checks on bin indices.
 *
 * <p>In-range bins are half-open, [lower edge, upper edge), so a value equal to the upper edge of the
 * axis goes to the overflow bin. The underflow bin spans (-infinity, lower edge) and the overflow bin
 * [upper edge, +infinity).
 */
abstract class AbstractAxis implements IAxis {

    private static final long serialVersionUID = 1L;

    /** Lower edge of in-range bin {@code index}, 0 <= index < bins(). */
    abstract double inRangeLowerEdge(int index);

    /** Upper edge of in-range bin {@code index}, 0 <= index < bins(). */
    abstract double inRangeUpperEdge(int index);

    /**
     * Returns the lower edge of bin {@code index}: {@link Double#NEGATIVE_INFINITY} for the underflow
     * bin and the upper edge of the axis for the overflow bin.
     */
    @Override
    public final double binLowerEdge(int index) {
        checkIndex(index);
        if (index == IHistogram.UNDERFLOW) {
            return Double.NEGATIVE_INFINITY;
        }
        if (index == IHistogram.OVERFLOW) {
            return upperEdge();
        }
        return inRangeLowerEdge(index);
    }

    /**
     * Returns the upper edge of bin {@code index}: the lower edge of the axis for the underflow bin and
     * {@link Double#POSITIVE_INFINITY} for the overflow bin.
     */
    @Override
    public final double binUpperEdge(int index) {
        checkIndex(index);
        if (index == IHistogram.UNDERFLOW) {
            return lowerEdge();
        }
        if (index == IHistogram.OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        return inRangeUpperEdge(index);
    }

    /** Returns the width of bin {@code index}; infinite for the under- and overflow bins. */
    @Override
    public final double binWidth(int index) {
        return binUpperEdge(index) - binLowerEdge(index);
    }

    /** Returns the centre of bin {@code index}; -infinity for underflow and +infinity for overflow. */
    @Override
    public final double binCentre(int index) {
        double lower = binLowerEdge(index);
        double upper = binUpperEdge(index);
        if (Double.isInfinite(lower) || Double.isInfinite(upper)) {
            return lower + upper;
        }
        return lower + 0.5 * (upper - lower);
    }

    @Override
    public final double lowerEdge() {
        return inRangeLowerEdge(0);
    }

    @Override
    public final double upperEdge() {
        return inRangeUpperEdge(bins() - 1);
    }

    /** Throws {@link IllegalArgumentException} for a NaN coordinate, which belongs to no bin. */
    static void checkCoordinate(double coordinate) {
        if (Double.isNaN(coordinate)) {
            throw new IllegalArgumentException("coordinate is NaN; NaN belongs to no bin");
        }
    }

    private void checkIndex(int index) {
        if (index == IHistogram.UNDERFLOW || index == IHistogram.OVERFLOW) {
            return;
        }
        if (index < 0 || index >= bins()) {
            throw new IndexOutOfBoundsException("bin index " + index + " is out of range: expected 0.."
                    + (bins() - 1) + ", UNDERFLOW (" + IHistogram.UNDERFLOW + ") or OVERFLOW ("
                    + IHistogram.OVERFLOW + ")");
        }
    }
}
