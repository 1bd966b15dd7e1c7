package org.otusj.aida;

/**
 * The contents of one bin of a 1-D histogram as an AIDA file stores them, for restoring a {@link
 * Histogram1D} with {@link Histogram1D#restore}.
 *
 * @param entries number of fills, whatever their weights
 * @param height sum of the weights
 * @param error square root of the sum of squared weights
 * @param mean weighted mean of x in the bin, in the unit of the axis; NaN when the weights sum to zero
 * @param rms weighted RMS of x about {@code mean}, in the unit of the axis; NaN when the weights sum to zero
 */
public record Bin1D(int entries, double height, double error, double mean, double rms) {

    /** The contents of a bin without fills. */
    public static final Bin1D EMPTY = new Bin1D(0, 0.0, 0.0, Double.NaN, Double.NaN);
}
