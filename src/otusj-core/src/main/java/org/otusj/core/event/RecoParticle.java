package org.otusj.core.event;

/**
 * A reconstructed object as a detector simulation or a fast simulator outputs it: electron, muon,
 * photon, jet or missing transverse momentum.
 *
 * @param pdgId PDG id of the hypothesis (11 and -11 for electrons, 0 for jets and missing momentum)
 * @param charge electric charge in units of e
 * @param momentum four-momentum (px, py, pz, E) in GeV
 */
public record RecoParticle(int pdgId, int charge, FourVector momentum) {

    /** Creates an electron (charge -1) or a positron (charge +1) with PDG id -11 * charge. */
    public static RecoParticle electron(int charge, FourVector momentum) {
        if (charge != -1 && charge != 1) {
            throw new IllegalArgumentException("electron charge must be -1 or +1, found " + charge);
        }
        return new RecoParticle(-Pdg.ELECTRON * charge, charge, momentum);
    }
}
