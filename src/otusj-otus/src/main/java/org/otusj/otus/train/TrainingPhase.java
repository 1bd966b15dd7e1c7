package org.otusj.otus.train;

/**
 * One phase of the training schedule.
 *
 * @param name label for logs, e.g. "anchored"
 * @param kind what the phase minimises
 * @param epochs number of epochs
 * @param betaEncoder encoder-side anchor weight (JOINT only)
 * @param betaDecoder decoder-side anchor weight (JOINT only)
 * @param learningRate Adam learning rate of the phase
 */
public record TrainingPhase(String name, PhaseKind kind, int epochs, double betaEncoder, double betaDecoder,
        double learningRate) {

    public TrainingPhase {
        if (epochs < 0) {
            throw new IllegalArgumentException("phase " + name + ": epochs must not be negative, found " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("phase " + name + ": learning rate must be positive, found "
                    + learningRate);
        }
        if (betaEncoder < 0 || betaDecoder < 0) {
            throw new IllegalArgumentException("phase " + name + ": anchor weights must not be negative");
        }
    }

    /** Returns true if the encoder's parameters change in this phase. */
    public boolean trainsEncoder() {
        return kind != PhaseKind.DECODER_SW;
    }

    /** Returns true if the decoder's parameters change in this phase. */
    public boolean trainsDecoder() {
        return kind != PhaseKind.ENCODER_SW;
    }
}
