package org.otusj.aida;

import hep.aida.IHistogram;

/**
 * An axis of {@code bins} equal-width bins from {@code min} to {@code max}, in the unit of the quantity
 * histogrammed (GeV for momenta and masses).
 *
 * <p>Bin {@code i} spans [min + (max - min) i / bins, min + (max - min) (i + 1) / bins), with the last
 * upper edge exactly {@code max}. {@link #coordToIndex} agrees with {@link #binLowerEdge} and {@link
 * #binUpperEdge} also for values within rounding of an edge.
 */
public final class FixedAxis extends AbstractAxis {

    private static final long serialVersionUID = 1L;

    private final int bins;
    private final double min;
    private final double max;

    /**
     * Creates the axis.
     *
     * @param bins number of in-range bins, at least 1
     * @param min lower edge of the first bin
     * @param max upper edge of the last bin, above {@code min}
     * @throws IllegalArgumentException if {@code bins < 1}, an edge is not finite, or {@code min >= max}
     */
    public FixedAxis(int bins, double min, double max) {
        if (bins < 1) {
            throw new IllegalArgumentException("number of bins must be at least 1, found " + bins);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(
                    "axis edges must be finite with min < max, found min=" + min + ", max=" + max);
        }
        if (!Double.isFinite((max - min) * bins)) {
            throw new IllegalArgumentException("axis range (max - min) * bins overflows, found min=" + min + ", max="
                    + max + ", bins=" + bins);
        }
        this.bins = bins;
        this.min = min;
        this.max = max;
    }

    @Override
    public int bins() {
        return bins;
    }

    @Override
    public int coordToIndex(double coordinate) {
        checkCoordinate(coordinate);
        if (coordinate < min) {
            return IHistogram.UNDERFLOW;
        }
        if (coordinate >= max) {
            return IHistogram.OVERFLOW;
        }

        // The division gives the bin up to rounding. The edge comparisons then settle values next to an
        // edge, so the index always matches the edges this axis reports.
        int index = (int) ((coordinate - min) / (max - min) * bins);
        index = Math.min(Math.max(index, 0), bins - 1);
        while (index > 0 && coordinate < edge(index)) {
            index--;
        }
        while (index < bins - 1 && coordinate >= edge(index + 1)) {
            index++;
        }
        return index;
    }

    @Override
    double inRangeLowerEdge(int index) {
        return edge(index);
    }

    @Override
    double inRangeUpperEdge(int index) {
        return edge(index + 1);
    }

    private double edge(int position) {
        if (position == bins) {
            return max;
        }
        // Multiplying before dividing keeps edges exact for ranges and bin counts that are whole numbers:
        // -100 + 200 * 55 / 100 is exactly 10, where 200 * (55 / 100.0) is 10.000000000000014.
        return min + (max - min) * position / bins;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FixedAxis)) {
            return false;
        }
        FixedAxis axis = (FixedAxis) other;
        return bins == axis.bins && Double.compare(min, axis.min) == 0 && Double.compare(max, axis.max) == 0;
    }

    @Override
    public int hashCode() {
        int h = Integer.hashCode(bins);
        h = 31 * h + Double.hashCode(min);
        return 31 * h + Double.hashCode(max);
    }

    @Override
    public String toString() {
        return "FixedAxis(" + bins + " bins, " + min + " to " + max + ")";
    }
}
