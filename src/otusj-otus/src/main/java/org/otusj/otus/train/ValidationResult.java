package org.otusj.otus.train;

import java.util.Locale;

/**
 * Validation metrics of one epoch on the held-out samples, with fixed noise and directions.
 *
 * @param epoch 0-based epoch
 * @param data mean |x - D(E(x))|^2 in GeV^2 over valid outputs
 * @param latent SW(Z, E(X)) in GeV^2
 * @param decoder SW(X, valid D(Z)) in GeV^2
 * @param score data + lambda * latent + decoder, the number best-model selection minimises
 */
public record ValidationResult(int epoch, double data, double latent, double decoder, double score) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "validation score %.4g (data %.4g, latent SW %.4g, decoder SW %.4g GeV^2)",
                score, data, latent, decoder);
    }
}
