package org.otusj.otus.train;

import java.util.List;

/**
 * State of an interrupted training, stored in {@code checkpoint.json} beside the arrays.
 *
 * @param nextEpoch the first epoch still to run
 * @param dataFingerprint {@link TrainingData#fingerprint()} of the samples it was made from
 * @param seed the training seed
 * @param steps optimiser steps run so far
 * @param seconds training time so far
 * @param adamSteps Adam step count per parameter
 * @param bestEpoch best epoch so far, -1 if none
 * @param bestScore its validation score
 * @param firstEpoch loss terms of the first epoch
 * @param lastEpoch loss terms of the last epoch run
 * @param validation validation metrics so far
 */
public record CheckpointState(int nextEpoch, long dataFingerprint, long seed, long steps, double seconds,
        long[] adamSteps, int bestEpoch, double bestScore, LossTerms firstEpoch, LossTerms lastEpoch,
        List<ValidationResult> validation) {
}
