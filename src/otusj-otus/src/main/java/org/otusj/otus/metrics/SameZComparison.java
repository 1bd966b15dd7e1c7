package org.otusj.otus.metrics;

/**
 * Sliced-Wasserstein comparison of transfer functions on the same z: K fast-sim samples D(z), K detector
 * responses Det(z) and K more Det'(z) per test event, with R_same = d_SW({D(z)}, {Det(z)}) /
 * d_SW({Det'(z)}, {Det(z)}) and the same ratio for the identity map D(z) = z.
 *
 * @param draws K
 * @param samples size of the Det sample (events times K)
 * @param fastSim d_SW({D(z)}, {Det(z)}) in GeV^2
 * @param floor d_SW({Det'(z)}, {Det(z)}) in GeV^2
 * @param identity d_SW({z}, {Det(z)}) in GeV^2
 * @param ratioInterval bootstrap interval of R_same over the test events, or null if not computed
 * @param identityInterval the same for the identity map's R_same
 */
public record SameZComparison(int draws, int samples, double fastSim, double floor, double identity,
        BootstrapInterval ratioInterval, BootstrapInterval identityInterval) {

    /** Creates a comparison without bootstrap intervals. */
    public SameZComparison(int draws, int samples, double fastSim, double floor, double identity) {
        this(draws, samples, fastSim, floor, identity, null, null);
    }

    /** R_same of the fast simulation. */
    public double ratio() {
        return fastSim / floor;
    }

    /** R_same of the identity map. */
    public double identityRatio() {
        return identity / floor;
    }
}
