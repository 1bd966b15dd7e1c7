package org.otusj.aida;

/**
 * The contents of one bin of a {@link Profile1D} as an AIDA file stores them, for {@link Profile1D#restore}.
 *
 * @param entries number of fills, whatever their weights
 * @param height weighted mean of y, in the unit of y; NaN when the weights sum to zero
 * @param error error of that mean, the RMS of y over the square root of the effective entries
 * @param rms weighted RMS (spread) of y about {@code height}; NaN when the weights sum to zero
 * @param meanX weighted mean of x in the bin, in the unit of the axis; NaN when the weights sum to zero
 * @param rmsX weighted RMS of x about {@code meanX}; NaN when the weights sum to zero
 */
public record ProfileBin(int entries, double height, double error, double rms, double meanX, double rmsX) {

    /** The contents of a bin without fills. */
    public static final ProfileBin EMPTY = new ProfileBin(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
