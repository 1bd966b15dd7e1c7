package org.otusj.otus.train;

import java.util.Locale;

/**
 * The terms of the OTUS loss for one batch or averaged over an epoch.
 *
 * @param data mean squared distance |x - D(E(x))|^2 in GeV^2
 * @param latent sliced-Wasserstein distance between the Z batch and E(x) in GeV^2
 * @param anchorEncoder mean of 1 - cos(angle) between the anchor particle in x and in E(x)
 * @param anchorDecoder mean of 1 - cos(angle) between the anchor particle in z and in D(z)
 * @param total weighted sum that was minimised
 */
public record LossTerms(double data, double latent, double anchorEncoder, double anchorDecoder, double total) {

    /** Returns true if every term is a finite number. */
    public boolean isFinite() {
        return Double.isFinite(data) && Double.isFinite(latent) && Double.isFinite(anchorEncoder)
                && Double.isFinite(anchorDecoder) && Double.isFinite(total);
    }

    /** Element-wise sum, for averaging over batches. */
    public LossTerms plus(LossTerms other) {
        return new LossTerms(data + other.data, latent + other.latent, anchorEncoder + other.anchorEncoder,
                anchorDecoder + other.anchorDecoder, total + other.total);
    }

    /** Every term divided by {@code n}. */
    public LossTerms divide(double n) {
        return new LossTerms(data / n, latent / n, anchorEncoder / n, anchorDecoder / n, total / n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "total %.4g (data %.4g GeV^2, latent SW %.4g GeV^2, anchor E %.4g, anchor D %.4g)",
                total, data, latent, anchorEncoder, anchorDecoder);
    }
}
