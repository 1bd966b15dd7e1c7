package org.otusj.aida;

import hep.aida.IHistogram;
import java.util.Arrays;

/**
 * An axis with bins of any width, given by their edges in the unit of the quantity histogrammed (GeV for
 * momenta and masses). Bin {@code i} spans [edges[i], edges[i + 1]).
 */
public final class VariableAxis extends AbstractAxis {

    private static final long serialVersionUID = 1L;

    private final double[] edges;

    /**
     * Creates the axis from its bin edges; the array is copied.
     *
     * @param edges at least two finite, strictly increasing values: the lower edge of each bin, then the
     *     upper edge of the last bin
     * @throws IllegalArgumentException if there are fewer than two edges, or an edge is not finite or
     *     not above the one before it
     */
    public VariableAxis(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("a variable axis needs at least 2 bin edges, found " + edges.length);
        }
        double[] copy = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i])) {
                throw new IllegalArgumentException("bin edge " + i + " must be finite, found " + edges[i]);
            }
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("bin edges must increase strictly, found edge " + (i - 1) + " = "
                        + edges[i - 1] + " and edge " + i + " = " + edges[i]);
            }
            // Adding +0.0 turns -0.0 into +0.0, which Arrays.binarySearch would otherwise order below 0.0.
            copy[i] = edges[i] + 0.0;
        }
        this.edges = copy;
    }

    /** Returns a copy of the bin edges: the lower edge of each bin, then the upper edge of the last. */
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public int bins() {
        return edges.length - 1;
    }

    @Override
    public int coordToIndex(double coordinate) {
        checkCoordinate(coordinate);
        int found = Arrays.binarySearch(edges, coordinate + 0.0);

        // An exact match is the lower edge of its bin; otherwise the insertion point is one past the bin.
        int index = found >= 0 ? found : -found - 2;
        if (index < 0) {
            return IHistogram.UNDERFLOW;
        }
        if (index >= bins()) {
            return IHistogram.OVERFLOW;
        }
        return index;
    }

    @Override
    double inRangeLowerEdge(int index) {
        return edges[index];
    }

    @Override
    double inRangeUpperEdge(int index) {
        return edges[index + 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VariableAxis && Arrays.equals(edges, ((VariableAxis) other).edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "VariableAxis" + Arrays.toString(edges);
    }
}
