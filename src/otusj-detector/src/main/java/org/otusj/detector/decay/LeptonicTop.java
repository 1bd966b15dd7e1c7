package org.otusj.detector.decay;

import org.otusj.core.event.Pdg;

/**
 * The top quark of the semileptonic final state that decays through W -> e nu_e. The other one decays
 * through W -> u d~ or its charge conjugate.
 */
public enum LeptonicTop {

    /** t~ -> W- b~ with W- -> e- nu_e~, and t -> W+ b with W+ -> u d~. */
    ANTITOP,

    /** t -> W+ b with W+ -> e+ nu_e, and t~ -> W- b~ with W- -> d u~. */
    TOP;

    /** Returns true if a top of this PDG id (6 or -6) decays leptonically. */
    boolean isLeptonic(int topPdgId) {
        return (this == TOP) == (topPdgId == Pdg.TOP);
    }
}
