package org.otusj.aida.processor;

import org.otusj.core.event.Pdg;

/** Particle names for histogram names and titles, from PDG ids. */
final class ParticleNames {

    private ParticleNames() {
    }

    /**
     * Returns the lower-case name of a charged lepton or photon ({@code positron} for -11), or {@code
     * pdg} followed by the id for any other particle ({@code pdg-211}).
     */
    static String of(int pdgId) {
        switch (pdgId) {
            case Pdg.ELECTRON:
                return "electron";
            case -Pdg.ELECTRON:
                return "positron";
            case Pdg.MUON:
                return "muon";
            case -Pdg.MUON:
                return "antimuon";
            case Pdg.TAU:
                return "tau";
            case -Pdg.TAU:
                return "antitau";
            case Pdg.PHOTON:
                return "photon";
            default:
                return "pdg" + pdgId;
        }
    }
}
