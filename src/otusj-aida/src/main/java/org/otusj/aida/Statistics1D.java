package org.otusj.aida;

/**
 * The statistics block of a 1-D histogram or profile in an AIDA file, over in-range fills only.
 *
 * @param entries number of in-range fills
 * @param mean weighted mean of x, in the unit of the axis
 * @param rms weighted RMS of x about {@code mean}, in the unit of the axis
 * @param equivalentBinEntries sum(w)^2 / sum(w^2), the effective number of entries
 */
public record Statistics1D(int entries, double mean, double rms, double equivalentBinEntries) {
}
