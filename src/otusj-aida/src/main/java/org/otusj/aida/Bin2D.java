package org.otusj.aida;

/**
 * The contents of one bin of a 2-D histogram as an AIDA file stores them, for restoring a {@link
 * Histogram2D} with {@link Histogram2D#restore}.
 *
 * @param entries number of fills, whatever their weights
 * @param height sum of the weights
 * @param error square root of the sum of squared weights
 * @param meanX weighted mean of x in the bin, in the unit of the x axis; NaN when the weights sum to zero
 * @param rmsX weighted RMS of x about {@code meanX}; NaN when the weights sum to zero
 * @param meanY weighted mean of y in the bin, in the unit of the y axis; NaN when the weights sum to zero
 * @param rmsY weighted RMS of y about {@code meanY}; NaN when the weights sum to zero
 */
public record Bin2D(int entries, double height, double error, double meanX, double rmsX, double meanY, double rmsY) {

    /** The contents of a bin without fills. */
    public static final Bin2D EMPTY = new Bin2D(0, 0.0, 0.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
