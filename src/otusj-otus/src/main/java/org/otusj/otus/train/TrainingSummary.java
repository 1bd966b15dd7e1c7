package org.otusj.otus.train;

import java.util.List;

/**
 * Outcome of a training run, stored with the model.
 *
 * @param zEvents size of the parton-level (Z) training sample
 * @param xEvents size of the detector-level (X) training sample
 * @param validationZEvents size of the held-out Z sample
 * @param validationXEvents size of the held-out X sample
 * @param pairs number of given (z, x) pairs
 * @param epochs epochs run
 * @param steps optimiser steps run
 * @param seconds wall time of the training loop, summed over resumed runs
 * @param firstEpoch loss terms averaged over the first epoch
 * @param lastEpoch loss terms averaged over the last epoch
 * @param bestEpoch the epoch whose parameters were kept (lowest validation score), or the last epoch
 *     without validation
 * @param validation validation metrics of every epoch; empty without validation
 */
public record TrainingSummary(int zEvents, int xEvents, int validationZEvents, int validationXEvents, int pairs,
        int epochs, long steps, double seconds, LossTerms firstEpoch, LossTerms lastEpoch, int bestEpoch,
        List<ValidationResult> validation) {

    public TrainingSummary {
        validation = List.copyOf(validation);
    }
}
