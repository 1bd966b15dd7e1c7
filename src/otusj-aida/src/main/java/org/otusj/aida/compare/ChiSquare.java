package org.otusj.aida.compare;

/**
 * A chi-square between two histograms with its degrees of freedom.
 *
 * @param chi2 the sum of the squared, error-normalised bin differences
 * @param ndf the number of degrees of freedom; 0 when no bin has an error
 */
public record ChiSquare(double chi2, int ndf) {

    /** Returns chi2 / ndf, or NaN when ndf is 0. */
    public double reduced() {
        return ndf > 0 ? chi2 / ndf : Double.NaN;
    }
}
