package org.otusj.otus.metrics;

import java.util.List;

/**
 * Sliced-Wasserstein comparison of transfer functions on the same z: per redraw, K fast-sim samples D(z),
 * K detector responses Det(z) and K more Det'(z) per test event. R_same = d_SW({D(z)}, {Det(z)}) /
 * d_SW({Det'(z)}, {Det(z)}), and the same ratio for the identity map D(z) = z, where each distance is the
 * mean over the redraws (see {@link SameZSamples} for why).
 *
 * @param draws K
 * @param samples size of one redraw's Det sample (events times K)
 * @param redraws the distances of each redraw
 * @param ratioInterval bootstrap interval of R_same over the test events, or null if not computed
 * @param identityInterval the same for the identity map's R_same
 */
public record SameZComparison(int draws, int samples, List<RedrawDistances> redraws, BootstrapInterval ratioInterval,
        BootstrapInterval identityInterval) {

    public SameZComparison {
        if (redraws.isEmpty()) {
            throw new IllegalArgumentException("a same-z comparison needs at least one redraw");
        }
        redraws = List.copyOf(redraws);
    }

    /** Creates a comparison of one redraw without bootstrap intervals, from its three distances in GeV^2. */
    public SameZComparison(int draws, int samples, double fastSim, double floor, double identity) {
        this(draws, samples, List.of(new RedrawDistances(fastSim, floor, identity)), null, null);
    }

    /** d_SW({D(z)}, {Det(z)}) in GeV^2, the mean over the redraws. */
    public double fastSim() {
        return redraws.stream().mapToDouble(RedrawDistances::fastSim).average().orElseThrow();
    }

    /** d_SW({Det'(z)}, {Det(z)}) in GeV^2, the mean over the redraws. */
    public double floor() {
        return redraws.stream().mapToDouble(RedrawDistances::floor).average().orElseThrow();
    }

    /** d_SW({z}, {Det(z)}) in GeV^2, the mean over the redraws. */
    public double identity() {
        return redraws.stream().mapToDouble(RedrawDistances::identity).average().orElseThrow();
    }

    /** R_same of the fast simulation. */
    public double ratio() {
        return fastSim() / floor();
    }

    /** R_same of the identity map. */
    public double identityRatio() {
        return identity() / floor();
    }
}
