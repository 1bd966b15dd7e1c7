package org.otusj.otus.model;

/** How a generator draws the noise its core network takes beside the input. */
public enum NoiseKind {

    /** eps = mean(u) + width(u) * n, with mean and width from a noise network conditioned on the input u. */
    CONDITIONAL,

    /** eps = n ~ N(0, I), independent of the input. */
    STANDARD
}
