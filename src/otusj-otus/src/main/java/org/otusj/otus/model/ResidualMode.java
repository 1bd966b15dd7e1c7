package org.otusj.otus.model;

/** How a generator's output relates to its input. */
public enum ResidualMode {

    /** The core network gives the output three-momenta (times the output spread, plus the output mean). */
    NONE,

    /**
     * The core network gives a correction (times the output spread) added to the input three-momenta, a
     * bias towards the identity map (the paper's ttbar networks).
     */
    VECTOR,

    /**
     * The core network gives one number s per object and the output is the input three-momentum times
     * exp(s): directions are kept and only momentum scales are learned, as for a detector that measures
     * energies much less precisely than directions (electrons and photons in a calorimeter).
     */
    SCALE,

    /**
     * A per-object response: one small network, shared by all objects, maps each object's own log energy,
     * |eta| and one standard normal draw to a log scale s, and the output is the input three-momentum
     * times exp(s). Directions are kept, and an object's response depends only on that object, as in a
     * parametric detector such as Delphes. So the network cannot learn correlations between the objects
     * of an event, which on small samples are mostly sampling noise.
     */
    RESPONSE,

    /**
     * {@link #RESPONSE} with a tail: for a share of the objects the log scale is moved by a learned shift,
     * as for a detector whose response has a separate low tail (Delphes keeps an electron's track alone
     * when the calorimeter energy exceeds it significantly). The network gives the core value, the shift
     * and the share from the same inputs, and a second noise draw per object picks the tail objects (see
     * {@link ObjectResponse}).
     */
    RESPONSE_TAIL;

    /** Returns true for the kinds in which one network maps each object's own features to its scale. */
    public boolean perObject() {
        return this == RESPONSE || this == RESPONSE_TAIL;
    }

    /**
     * Checks that this kind can run with the given network and noise: the per-object kinds need an MLP
     * with standard noise, because their network takes the noise draw as an input.
     *
     * @throws IllegalArgumentException naming this kind, the architecture and the noise otherwise
     */
    public void checkCompatible(Architecture architecture, NoiseKind noise) {
        if (perObject() && (noise != NoiseKind.STANDARD || architecture != Architecture.MLP)) {
            throw new IllegalArgumentException("Residual " + this + " needs the MLP architecture with STANDARD noise "
                    + "(the response network takes the noise draw as an input), found " + architecture + " with "
                    + noise + " noise");
        }
    }
}
