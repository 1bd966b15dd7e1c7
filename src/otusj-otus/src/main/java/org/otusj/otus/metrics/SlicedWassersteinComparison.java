package org.otusj.otus.metrics;

/**
 * Sliced-Wasserstein distances of three samples to one detector reference sample: the fast simulation,
 * a second detector sample (the statistical floor) and the undetected z (the identity baseline).
 *
 * @param referenceEvents size of the detector reference sample
 * @param candidateEvents size of each compared sample (fast sim, floor, identity), or the smallest
 * @param fastSim SW(fast sim, reference) in GeV^2
 * @param floor SW(second detector sample, reference) in GeV^2, NaN without one
 * @param identity SW(z, reference) in GeV^2
 */
public record SlicedWassersteinComparison(int referenceEvents, int candidateEvents, double fastSim, double floor,
        double identity) {

    /** fast sim / floor; NaN without a floor. */
    public double fastSimOverFloor() {
        return fastSim / floor;
    }

    /** identity / floor; NaN without a floor. */
    public double identityOverFloor() {
        return identity / floor;
    }
}
