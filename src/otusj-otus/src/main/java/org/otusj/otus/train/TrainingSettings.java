package org.otusj.otus.train;

/**
 * Hyperparameters of OTUS training. Losses are in GeV^2; the anchor terms are dimensionless and
 * weighted by beta.
 *
 * @param epochsWithAnchor epochs of the first phase, with the anchor weights betaEncoder and betaDecoder
 * @param epochsWithoutAnchor epochs of the second phase, with both anchor weights 0
 * @param batchSize events per batch M (capped at the smaller sample)
 * @param slices random directions L of the sliced-Wasserstein latent loss
 * @param lambda weight of the latent loss
 * @param betaEncoder weight of the encoder-side anchor 1 - p^_x . p^_z~ in the first phase
 * @param betaDecoder weight of the decoder-side anchor 1 - p^_z . p^_x~' in the first phase
 * @param learningRate Adam learning rate
 * @param hiddenUnits width of the hidden layer of every network
 * @param anchorSlot slot whose three-momentum direction the anchor compares (0: the electron)
 * @param residual whether encoder and decoder add their input three-momenta to the core output
 * @param seed seed of parameter initialisation, batch order, noise and slice directions
 */
public record TrainingSettings(int epochsWithAnchor, int epochsWithoutAnchor, int batchSize, int slices,
        double lambda, double betaEncoder, double betaDecoder, double learningRate, int hiddenUnits,
        int anchorSlot, boolean residual, long seed) {

    public TrainingSettings {
        require(epochsWithAnchor >= 0, "EpochsWithAnchor must not be negative", epochsWithAnchor);
        require(epochsWithoutAnchor >= 0, "EpochsWithoutAnchor must not be negative", epochsWithoutAnchor);
        require(epochsWithAnchor + epochsWithoutAnchor > 0, "training needs at least one epoch",
                epochsWithAnchor + epochsWithoutAnchor);
        require(batchSize >= 2, "BatchSize must be at least 2", batchSize);
        require(slices >= 1, "Slices must be at least 1", slices);
        require(lambda >= 0, "Lambda must not be negative", lambda);
        require(betaEncoder >= 0, "BetaEncoder must not be negative", betaEncoder);
        require(betaDecoder >= 0, "BetaDecoder must not be negative", betaDecoder);
        require(learningRate > 0, "LearningRate must be positive", learningRate);
        require(hiddenUnits >= 1, "HiddenUnits must be positive", hiddenUnits);
        require(anchorSlot >= 0, "AnchorSlot must not be negative", anchorSlot);
    }

    /** Total number of epochs. */
    public int epochs() {
        return epochsWithAnchor + epochsWithoutAnchor;
    }

    private static void require(boolean condition, String message, Object found) {
        if (!condition) {
            throw new IllegalArgumentException(message + ", found " + found);
        }
    }
}
