package org.otusj.io.delphes;

import org.otusj.core.event.FourVector;
import org.otusj.core.event.RecoParticle;

/**
 * A reconstructed Delphes object with the values the file stores, beside the {@link RecoParticle} built
 * from them. The kinematic values are Delphes' float32 values widened exactly to double.
 *
 * @param particle the object as a {@link RecoParticle}, four-momentum as Delphes' {@code P4()} builds it
 * @param pt transverse momentum in GeV ({@code PT}, or {@code MET} for missing momentum)
 * @param eta pseudorapidity
 * @param phi azimuth in radians
 * @param mass mass in GeV: the stored {@code Mass} for jets, 0 for other objects, which store none
 * @param charge charge in units of e (0 for photons and missing momentum)
 * @param bTag b-tagging bit mask of a jet ({@code BTag}), 0 for other objects
 * @param tauTag tau-tagging bit mask of a jet ({@code TauTag}), 0 for other objects
 */
public record DelphesObject(RecoParticle particle, double pt, double eta, double phi, double mass, int charge,
        int bTag, int tauTag) {

    /**
     * Returns the four-momentum with the mass set to 0: px = pT cos(phi), py = pT sin(phi), pz = pT sinh(eta),
     * E = pT cosh(eta), in GeV. The OTUS layouts use this form for electrons, jets and missing momentum.
     */
    public FourVector masslessMomentum() {
        return FourVector.fromPtEtaPhiM(pt, eta, phi, 0.0);
    }

    /** Returns true if bit {@code bit} (0 for the default working point) of the b-tag mask is set. */
    public boolean isBTagged(int bit) {
        return (bTag & (1 << bit)) != 0;
    }
}
