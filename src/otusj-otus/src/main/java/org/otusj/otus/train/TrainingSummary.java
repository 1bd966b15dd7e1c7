package org.otusj.otus.train;

/**
 * What a training run did, stored with the model.
 *
 * @param zEvents size of the parton-level (Z) sample
 * @param xEvents size of the detector-level (X) sample
 * @param epochs epochs run
 * @param steps optimiser steps run
 * @param seconds wall time of the training loop
 * @param firstEpoch loss terms averaged over the first epoch
 * @param lastEpoch loss terms averaged over the last epoch
 */
public record TrainingSummary(int zEvents, int xEvents, int epochs, long steps, double seconds, LossTerms firstEpoch,
        LossTerms lastEpoch) {
}
