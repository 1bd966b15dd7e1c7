package org.otusj.otus.train;

import java.util.Locale;

/**
 * The terms of the OTUS loss for one batch or averaged over an epoch; terms a phase does not use are 0.
 *
 * @param data mean squared distance |x - D(E(x))|^2 in GeV^2, over valid decoder outputs and divided by
 *     the valid fraction for a restricted decoder
 * @param latent sliced-Wasserstein distance between the Z batch and E(x) in GeV^2
 * @param decoder sliced-Wasserstein distance between the X batch and valid D(z) in GeV^2
 * @param anchorEncoder mean of 1 - cos(angle) between the anchor particle in x and in E(x)
 * @param anchorDecoder mean of 1 - cos(angle) between the anchor particle in z and in D(z)
 * @param paired mean of |x - D(z)|^2 + |z - E(x)|^2 over given pairs in GeV^2
 * @param validFraction estimate of P_D(S), the share of decoder outputs inside the valid set (1 when
 *     unrestricted)
 * @param total weighted sum that was minimised
 */
public record LossTerms(double data, double latent, double decoder, double anchorEncoder, double anchorDecoder,
        double paired, double validFraction, double total) {

    /** All terms 0 and the valid fraction 0, the start of a sum. */
    public static final LossTerms ZERO = new LossTerms(0, 0, 0, 0, 0, 0, 0, 0);

    /** Returns true if every term is a finite number. */
    public boolean isFinite() {
        return Double.isFinite(data) && Double.isFinite(latent) && Double.isFinite(decoder)
                && Double.isFinite(anchorEncoder) && Double.isFinite(anchorDecoder) && Double.isFinite(paired)
                && Double.isFinite(total);
    }

    /** Element-wise sum, for averaging over batches. */
    public LossTerms plus(LossTerms other) {
        return new LossTerms(data + other.data, latent + other.latent, decoder + other.decoder,
                anchorEncoder + other.anchorEncoder, anchorDecoder + other.anchorDecoder, paired + other.paired,
                validFraction + other.validFraction, total + other.total);
    }

    /** Every term divided by {@code n}. */
    public LossTerms divide(double n) {
        return new LossTerms(data / n, latent / n, decoder / n, anchorEncoder / n, anchorDecoder / n, paired / n,
                validFraction / n, total / n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "total %.4g (data %.4g GeV^2, latent SW %.4g GeV^2, decoder SW %.4g GeV^2, "
                + "anchor E %.4g, anchor D %.4g, paired %.4g GeV^2, P_D(S) %.3f)", total, data, latent, decoder,
                anchorEncoder, anchorDecoder, paired, validFraction);
    }
}
