package org.otusj.core.event;

/**
 * Particle properties derived from PDG Monte Carlo numbers (Review of Particle Physics, "Monte Carlo
 * particle numbering scheme").
 */
public final class Pdg {

    public static final int DOWN = 1;
    public static final int UP = 2;
    public static final int STRANGE = 3;
    public static final int CHARM = 4;
    public static final int BOTTOM = 5;
    public static final int TOP = 6;
    public static final int ELECTRON = 11;
    public static final int NU_E = 12;
    public static final int MUON = 13;
    public static final int NU_MU = 14;
    public static final int TAU = 15;
    public static final int NU_TAU = 16;
    public static final int GLUON = 21;
    public static final int PHOTON = 22;
    public static final int Z = 23;
    public static final int W = 24;
    public static final int HIGGS = 25;

    private Pdg() {
    }

    /**
     * Returns the electric charge in units of e for quarks, leptons, gauge bosons and hadrons built from
     * the standard quark-content digits; 0 for ids this scheme does not cover.
     */
    public static double charge(int pdgId) {
        int sign = pdgId < 0 ? -1 : 1;
        int id = Math.abs(pdgId);

        if (id >= 1 && id <= 8) {
            return sign * quarkCharge(id);
        }
        if (id >= 11 && id <= 18) {
            return (id % 2 == 1) ? -sign : 0.0;
        }
        if (id == W || id == 37) {
            return sign;
        }
        if (id < 100) {
            return 0.0;
        }
        return sign * hadronCharge(id);
    }

    /** Returns true for charged leptons e, mu and tau and their antiparticles. */
    public static boolean isChargedLepton(int pdgId) {
        int id = Math.abs(pdgId);
        return id == ELECTRON || id == MUON || id == TAU;
    }

    /** Returns true for the three neutrino flavours and their antiparticles. */
    public static boolean isNeutrino(int pdgId) {
        int id = Math.abs(pdgId);
        return id == NU_E || id == NU_MU || id == NU_TAU;
    }

    /** Returns true for quarks d to t and gluons. */
    public static boolean isParton(int pdgId) {
        int id = Math.abs(pdgId);
        return (id >= DOWN && id <= TOP) || id == GLUON;
    }

    private static double quarkCharge(int quark) {
        return (quark % 2 == 0) ? 2.0 / 3.0 : -1.0 / 3.0;
    }

    private static double hadronCharge(int id) {
        int q1 = (id / 1000) % 10;
        int q2 = (id / 100) % 10;
        int q3 = (id / 10) % 10;

        if (q1 == 0) {
            // Meson of digits q2 > q3. The positive id carries an up-type q2 as quark (D+ = c dbar) but a
            // down-type q2 as antiquark (K+ = u sbar), and quarkonia (q2 == q3) are neutral.
            double charge = quarkCharge(q2) - quarkCharge(q3);
            return (q2 % 2 == 0 || q2 == q3) ? charge : -charge;
        }
        return quarkCharge(q1) + quarkCharge(q2) + quarkCharge(q3);
    }
}
