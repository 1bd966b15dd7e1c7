package org.otusj.detector.jet;

/**
 * The sequential-recombination jet algorithms of the generalised kt family, with the codes of the
 * {@code JetAlgorithm} parameter of the Delphes {@code FastJetFinder} module (modules/FastJetFinder.cc:
 * 4 kt, 5 Cambridge/Aachen, 6 anti-kt). They differ only in the exponent p of the distance
 * d_ij = min(pt_i^2p, pt_j^2p) dR_ij^2 / R^2 and d_iB = pt_i^2p.
 */
public enum JetAlgorithm {

    /** kt algorithm, p = 1 (Delphes code 4). */
    KT(4, 1),

    /** Cambridge/Aachen algorithm, p = 0 (Delphes code 5). */
    CAMBRIDGE_AACHEN(5, 0),

    /** Anti-kt algorithm, p = -1 (Delphes code 6). */
    ANTI_KT(6, -1);

    private final int delphesCode;
    private final int exponent;

    JetAlgorithm(int delphesCode, int exponent) {
        this.delphesCode = delphesCode;
        this.exponent = exponent;
    }

    /** The code of this algorithm in the {@code JetAlgorithm} parameter of a Delphes card. */
    public int delphesCode() {
        return delphesCode;
    }

    /** The exponent p of the transverse momentum in the distance measure. */
    public int exponent() {
        return exponent;
    }

    /**
     * Returns the algorithm of a Delphes {@code JetAlgorithm} code.
     *
     * @throws IllegalArgumentException for the cone plugins (1 to 3), the winner-take-all and N-jettiness
     *     variants (7, 8) and unknown codes, which are not implemented
     */
    public static JetAlgorithm fromDelphesCode(long code) {
        for (JetAlgorithm algorithm : values()) {
            if (algorithm.delphesCode == code) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("JetAlgorithm " + code + " is not supported; use 4 (kt), 5 "
                + "(Cambridge/Aachen) or 6 (anti-kt)");
    }
}
