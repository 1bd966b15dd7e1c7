package org.otusj.otus.train;

import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.ResidualMode;

/**
 * Shape choices for one generator.
 *
 * @param architecture MLP or residual core
 * @param noise conditional Gaussian or standard normal noise
 * @param hiddenUnits hidden width (H of the MLP, K of the residual core)
 * @param residual how the output relates to the input
 */
public record GeneratorSettings(Architecture architecture, NoiseKind noise, int hiddenUnits, ResidualMode residual) {

    public GeneratorSettings {
        if (hiddenUnits < 1) {
            throw new IllegalArgumentException("hidden units must be positive, found " + hiddenUnits);
        }
        residual.checkCompatible(architecture, noise);
    }
}
