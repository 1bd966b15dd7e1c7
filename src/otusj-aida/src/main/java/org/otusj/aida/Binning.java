package org.otusj.aida;

import hep.aida.IAxis;
import java.util.Arrays;

/** Comparison and description of axes by their bin edges, whatever class implements them. */
final class Binning {

    private Binning() {
    }

    /** Returns the bin edges of {@code axis}: the lower edge of each bin, then the upper edge of the last. */
    static double[] edges(IAxis axis) {
        if (axis instanceof VariableAxis) {
            return ((VariableAxis) axis).edges();
        }
        double[] edges = new double[axis.bins() + 1];
        for (int index = 0; index < axis.bins(); index++) {
            edges[index] = axis.binLowerEdge(index);
        }
        edges[axis.bins()] = axis.upperEdge();
        return edges;
    }

    /** Returns true if both axes have the same number of bins and the same edges, exactly. */
    static boolean sameEdges(IAxis a, IAxis b) {
        return a.bins() == b.bins() && Arrays.equals(edges(a), edges(b));
    }

    /** Returns a hash code of the edges, consistent with {@link #sameEdges}. */
    static int hashEdges(IAxis axis) {
        return Arrays.hashCode(edges(axis));
    }

    /**
     * Throws {@link IllegalArgumentException} naming both binnings if the axes differ.
     *
     * @param axisName the axis, for the message ("x axis")
     */
    static void requireSameEdges(IAxis mine, IAxis other, String axisName) {
        if (!sameEdges(mine, other)) {
            throw new IllegalArgumentException("different binning on the " + axisName + ": " + describe(mine) + " and "
                    + describe(other));
        }
    }

    /** Returns a short description such as "4 bins from 0.0 to 4.0" or "3 bins with edges [0.0, 1.0, ...]". */
    static String describe(IAxis axis) {
        if (axis instanceof FixedAxis) {
            return axis.bins() + " bins from " + axis.lowerEdge() + " to " + axis.upperEdge();
        }
        double[] edges = edges(axis);
        String listed = edges.length <= 8 ? Arrays.toString(edges)
                : Arrays.toString(Arrays.copyOf(edges, 6)).replace("]", ", ... " + edges[edges.length - 1] + "]");
        return axis.bins() + " bins with edges " + listed;
    }

    /** Returns the slot of bin {@code index}: 0 for underflow, 1..bins for in-range bins, bins + 1 for overflow. */
    static int slot(IAxis axis, int index) {
        if (index == hep.aida.IHistogram.UNDERFLOW) {
            return 0;
        }
        if (index == hep.aida.IHistogram.OVERFLOW) {
            return axis.bins() + 1;
        }
        if (index < 0 || index >= axis.bins()) {
            throw new IndexOutOfBoundsException("bin index " + index + " is out of range: expected 0.."
                    + (axis.bins() - 1) + ", UNDERFLOW (" + hep.aida.IHistogram.UNDERFLOW + ") or OVERFLOW ("
                    + hep.aida.IHistogram.OVERFLOW + ")");
        }
        return index + 1;
    }

    /** Returns the bin index of {@code slot}, the inverse of {@link #slot}. */
    static int index(IAxis axis, int slot) {
        if (slot == 0) {
            return hep.aida.IHistogram.UNDERFLOW;
        }
        if (slot == axis.bins() + 1) {
            return hep.aida.IHistogram.OVERFLOW;
        }
        return slot - 1;
    }

    /** Returns the name AIDA files give bin {@code index}: UNDERFLOW, OVERFLOW or the index. */
    static String binName(int index) {
        if (index == hep.aida.IHistogram.UNDERFLOW) {
            return "UNDERFLOW";
        }
        if (index == hep.aida.IHistogram.OVERFLOW) {
            return "OVERFLOW";
        }
        return Integer.toString(index);
    }

    /**
     * Returns the origin of the moments of each slot: the bin centre for in-range bins and the axis edge
     * for the under- and overflow bins, so that the RMS of a narrow bin loses no digits to cancellation.
     */
    static double[] slotOrigins(IAxis axis) {
        int slots = axis.bins() + 2;
        double[] origins = new double[slots];
        origins[0] = axis.lowerEdge();
        for (int index = 0; index < axis.bins(); index++) {
            origins[index + 1] = axis.binCentre(index);
        }
        origins[slots - 1] = axis.upperEdge();
        return origins;
    }

    /** Returns the centre of the axis range, the origin of the global moments. */
    static double centre(IAxis axis) {
        return axis.lowerEdge() + 0.5 * (axis.upperEdge() - axis.lowerEdge());
    }
}
