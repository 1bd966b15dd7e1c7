package org.otusj.aida;

/**
 * The statistics block of a 2-D histogram in an AIDA file, over fills in range on both axes.
 *
 * @param entries number of fills in range on both axes
 * @param meanX weighted mean of x, in the unit of the x axis
 * @param rmsX weighted RMS of x about {@code meanX}
 * @param meanY weighted mean of y, in the unit of the y axis
 * @param rmsY weighted RMS of y about {@code meanY}
 * @param equivalentBinEntries sum(w)^2 / sum(w^2), the effective number of entries
 */
public record Statistics2D(int entries, double meanX, double rmsX, double meanY, double rmsY,
        double equivalentBinEntries) {
}
