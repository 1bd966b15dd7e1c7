package org.otusj.otus.train;

import java.util.List;

/**
 * Hyperparameters of OTUS training. Losses are in GeV^2; the anchor terms are dimensionless and
 * weighted by beta.
 *
 * @param encoder shape of the encoder
 * @param decoder shape of the decoder
 * @param decoderMinimumPt per X slot, the pt threshold in GeV of the restricted decoder (0 for none); null
 *     for an unrestricted decoder
 * @param phases the schedule, run in order; phases with 0 epochs are skipped
 * @param batchSize events per batch M (capped at the smaller sample)
 * @param slices random directions L of the sliced-Wasserstein losses
 * @param lambda weight of the latent loss
 * @param anchorSlot slot whose three-momentum direction the anchors compare (0: the electron)
 * @param pairedWeight weight of the paired losses |x - D(z)|^2 + |z - E(x)|^2 over given pairs
 * @param augment apply a random rotation in phi and a random reflection pz to -pz to every training
 *     vector in every epoch (both leave the prior of unpolarised symmetric pp collisions unchanged)
 * @param validationFraction share of each sample held out for validation (0 for none)
 * @param checkpointInterval epochs between checkpoints (0 for none)
 * @param seed seed of initialisation, batch order, augmentation, noise and slice directions
 * @param sliceLoss the slices of every sliced-Wasserstein loss: the paper's linear ones, and optionally the
 *     invariant mass of all objects ({@link MassSlice})
 */
public record TrainingSettings(GeneratorSettings encoder, GeneratorSettings decoder, double[] decoderMinimumPt,
        List<TrainingPhase> phases, int batchSize, int slices, double lambda, int anchorSlot, double pairedWeight,
        boolean augment, double validationFraction, int checkpointInterval, long seed, SliceLoss sliceLoss) {

    public TrainingSettings {
        phases = List.copyOf(phases);
        decoderMinimumPt = decoderMinimumPt == null ? null : decoderMinimumPt.clone();
        int epochs = 0;
        for (TrainingPhase phase : phases) {
            epochs += phase.epochs();
        }
        require(epochs > 0, "training needs at least one epoch", epochs);
        require(batchSize >= 2, "BatchSize must be at least 2", batchSize);
        require(slices >= 1, "Slices must be at least 1", slices);
        require(lambda >= 0, "Lambda must not be negative", lambda);
        require(anchorSlot >= 0, "AnchorSlot must not be negative", anchorSlot);
        require(pairedWeight >= 0, "PairedWeight must not be negative", pairedWeight);
        require(validationFraction >= 0 && validationFraction < 0.5, "ValidationFraction must be in [0, 0.5)",
                validationFraction);
        require(checkpointInterval >= 0, "CheckpointInterval must not be negative", checkpointInterval);
        require(sliceLoss != null, "a slice loss is needed", sliceLoss);
        sliceLoss.checkBatch(batchSize);
    }

    /** Settings with the paper's linear slices only (no mass slice). */
    public TrainingSettings(GeneratorSettings encoder, GeneratorSettings decoder, double[] decoderMinimumPt,
            List<TrainingPhase> phases, int batchSize, int slices, double lambda, int anchorSlot, double pairedWeight,
            boolean augment, double validationFraction, int checkpointInterval, long seed) {
        this(encoder, decoder, decoderMinimumPt, phases, batchSize, slices, lambda, anchorSlot, pairedWeight, augment,
                validationFraction, checkpointInterval, seed, SliceLoss.LINEAR);
    }

    /**
     * The paper's two-phase joint schedule: {@code anchored} epochs with both anchor weights {@code beta},
     * then {@code free} epochs without anchors, all at {@code learningRate}.
     */
    public static List<TrainingPhase> twoPhase(int anchored, int free, double beta, double learningRate) {
        return List.of(new TrainingPhase("anchored", PhaseKind.JOINT, anchored, beta, beta, learningRate),
                new TrainingPhase("joint", PhaseKind.JOINT, free, 0, 0, learningRate));
    }

    @Override
    public double[] decoderMinimumPt() {
        return decoderMinimumPt == null ? null : decoderMinimumPt.clone();
    }

    /** Total number of epochs over all phases. */
    public int epochs() {
        int epochs = 0;
        for (TrainingPhase phase : phases) {
            epochs += phase.epochs();
        }
        return epochs;
    }

    private static void require(boolean condition, String message, Object found) {
        if (!condition) {
            throw new IllegalArgumentException(message + ", found " + found);
        }
    }
}
