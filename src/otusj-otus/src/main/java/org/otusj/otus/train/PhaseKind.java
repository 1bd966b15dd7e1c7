package org.otusj.otus.train;

/** What a training phase minimises. */
public enum PhaseKind {

    /** The full OTUS loss: data term, latent SW(Z, E(X)), anchors, paired terms; both networks train. */
    JOINT,

    /** SW(Z, E(X)) alone; only the encoder trains (helps escape local minima). */
    ENCODER_SW,

    /** SW(X, D(Z)) alone, over valid decoder outputs; only the decoder trains (pre-training or fine-tuning). */
    DECODER_SW
}
