package org.otusj.core.event;

/**
 * A generator-level particle as an LHE file or an event generator's record gives it.
 *
 * <p>Mother and colour fields follow the Les Houches convention: mothers are 1-based positions in the
 * event's particle list (0 means none), colour tags are integers above 500 by convention (0 means none).
 * The four-momentum and the generator mass are in GeV.
 *
 * @param pdgId PDG Monte Carlo particle number
 * @param status Les Houches status: -1 incoming, 1 outgoing final state, -2 space-like propagator,
 *     2 intermediate resonance, 3 documentation only, -9 incoming beam
 * @param mother1 first mother, 1-based (0 for none)
 * @param mother2 second mother, 1-based (0 for none)
 * @param color1 colour tag
 * @param color2 anti-colour tag
 * @param momentum four-momentum (px, py, pz, E) in GeV
 * @param mass generator mass in GeV, as written by the generator (it may differ slightly from the
 *     invariant mass of {@code momentum} through rounding)
 * @param lifetime proper lifetime c*tau in mm
 * @param spin cosine of the angle between the spin vector and the three-momentum in the lab frame,
 *     9 when unknown
 */
public record Particle(
        int pdgId,
        int status,
        int mother1,
        int mother2,
        int color1,
        int color2,
        FourVector momentum,
        double mass,
        double lifetime,
        double spin) {

    /** Les Houches status of an outgoing final-state particle. */
    public static final int STATUS_FINAL = 1;

    /** Les Houches status of an incoming particle. */
    public static final int STATUS_INCOMING = -1;

    /** Returns true for outgoing final-state particles (status 1). */
    public boolean isFinalState() {
        return status == STATUS_FINAL;
    }

    /** Electric charge in units of e, from the PDG id. */
    public double charge() {
        return Pdg.charge(pdgId);
    }
}
